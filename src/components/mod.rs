//! Yew components. They render from props and state only; loading data and
//! every other browser API live in effects (`load`) and in the embed layer.

pub mod app;
pub mod card;
pub mod cards;
pub mod load;
pub mod source;
pub mod table;

/// Which parts of the widget to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    Cards,
    Table,
    #[default]
    All,
}

/// A `class` value from the classes whose flag is set, in order. A plain string instead of
/// yew's `classes!`, whose set type (indexmap and hashing) the wasm would carry
/// (docs/PERFORMANCE.md, "`class_list` instead of `classes!`").
pub fn class_list(parts: &[(&'static str, bool)]) -> String {
    let mut s = String::new();
    for (class, on) in parts {
        if *on {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(class);
        }
    }
    s
}
