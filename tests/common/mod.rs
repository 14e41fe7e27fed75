//! Helpers the test targets share (each target includes this with `mod common;`).
#![allow(dead_code)] // each target uses a part

use shuka::data::Dataset;

/// The article's dataset, the one the page shows; it must parse.
pub fn dataset() -> Dataset {
    shuka::parse::parse_dataset(shuka::DEFAULT_DATASET)
        .unwrap_or_else(|e| panic!("the default dataset: {e}"))
}
