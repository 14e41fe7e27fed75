//! shuka (数卡): indicator cards and a project table for a news article, in Rust + Yew.
//!
//! Layers, each depending only on the ones above it:
//! data (serde types) → parse/validate → format/logic → state → components → embed.

pub mod article;
pub mod data;
pub mod error;
pub mod parse;
pub mod validate;

/// The default dataset, the one the article page shows.
pub const DEFAULT_DATASET: &str = include_str!("../data/zhengzhou-gxq-2024h1.json");
