//! shuka (数卡): indicator cards and a project table for a news article, in Rust + Yew.
//!
//! Layers, each depending only on the ones above it:
//! data (types) → parse/validate → format/table logic → components (with their
//! reducers) → embed (host elements, shadow roots, mounting).

pub mod article;
pub mod browser;
pub mod cli;
pub mod collate;
pub mod components;
pub mod data;
pub mod decimal;
pub mod draft;
pub mod embed;
pub mod error;
pub mod fetch;
pub mod format;
pub mod numerals;
pub mod parse;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor-ssr"))]
pub mod render;
pub mod table;
pub mod ui;
pub mod units;
pub mod validate;
pub mod write;

/// The newest dataset format this widget reads. 1: the first article's; 2: any unit as
/// written, optional English, `review` notes (what `shuka draft` writes). Both are read.
pub const SCHEMA: i64 = 2;

/// The default dataset, the one the article page shows.
pub const DEFAULT_DATASET: &str = include_str!("../data/zhengzhou-gxq-2024h1.json");

// What a page, a dataset or a bug can get wrong (issue 12): faults, JSON limits, options.
pub mod fault;
pub mod json_limits;
pub mod options;
