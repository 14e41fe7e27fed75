//! The editor page (`/editor/`): paste or open a report, draft it, fix the draft with the
//! live widget beside it, and take the dataset out. Its own wasm: nothing here enters the
//! reader's widget (`shuka-widget`), which only links what `src/main.rs` reaches.

mod browser;
mod view;
mod work;

use wasm_bindgen::UnwrapThrowExt;

fn main() {
    let root = gloo::utils::document()
        .get_element_by_id("editor")
        .expect_throw("editor/index.html has #editor");
    yew::Renderer::<view::Editor>::with_root(root).render();
}
