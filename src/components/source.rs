//! The pieces a card and a table row share: the article's sentence with the figure's words
//! marked, the formula of a derived figure, and the tag that says it is derived. Plain
//! functions (no component types).

use crate::data::{Derived, Lang};
use crate::ui;
use yew::prelude::*;

/// The article's sentence, in Chinese as written, with `highlight` marked.
pub fn quote(quote: &str, highlight: &str) -> Html {
    let (before, after) = quote.split_once(highlight).unwrap_or((quote, ""));
    let marked = if after.is_empty() && before == quote {
        ""
    } else {
        highlight
    };
    html! {
        <blockquote lang="zh-CN"><p>{ "“" }{ before.to_string() }<mark>{ marked.to_string() }</mark>{ after.to_string() }{ "”" }</p></blockquote>
    }
}

/// How a derived figure was computed: `算法：24.8 ÷ 83.2% ≈ 29.81亿元`.
pub fn formula(derived: Option<&Derived>, lang: Lang) -> Html {
    match derived {
        Some(d) => {
            html! { <p class="shuka-formula">{ ui::FORMULA.get(lang) }{ d.formula.get(lang) }</p> }
        }
        None => Html::default(),
    }
}

/// The tag of a figure the article does not state: 推算值 / Derived.
pub fn derived_tag(derived: bool, lang: Lang) -> Html {
    if derived {
        html! { <span class="shuka-tag">{ ui::DERIVED.get(lang) }</span> }
    } else {
        Html::default()
    }
}
