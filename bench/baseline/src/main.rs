//! The smallest useful Yew app: a counter. Only a size baseline.
use yew::prelude::*;

#[component]
fn App() -> Html {
    let n = use_state(|| 0u32);
    let onclick = {
        let n = n.clone();
        Callback::from(move |_| n.set(*n + 1))
    };
    html! { <button {onclick}>{ *n }</button> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
