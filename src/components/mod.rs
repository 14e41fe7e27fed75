//! Yew components. They render from props, state and context only; loading data and
//! every other browser API live in effects (`app`) and in the embed layer.

pub mod app;
pub mod card;
pub mod cards;
pub mod table;

use crate::data::Lang;

/// Which parts of the widget to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    Cards,
    Table,
    #[default]
    All,
}

/// What crosses the whole tree: the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    pub lang: Lang,
}
