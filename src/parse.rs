//! JSON text → [`Dataset`], with the path of the first shape error.
//!
//! In the browser the text goes through the platform's `JSON.parse` and
//! serde-wasm-bindgen (a few KB of wasm); natively through serde_json. Both feed the same
//! serde types, and both are followed by the same [`validate`](crate::validate) pass.

use crate::data::Dataset;
use crate::error::{DataError, Issue};
use crate::validate::validate;

/// Parses and validates a dataset.
pub fn parse_dataset(text: &str) -> Result<Dataset, DataError> {
    let data = parse_shape(text)?;
    let issues = validate(&data);
    if issues.is_empty() {
        Ok(data)
    } else {
        Err(DataError::Invalid(issues))
    }
}

fn shape_error<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> DataError {
    let path = e.path().to_string();
    DataError::Shape(Issue {
        path: if path == "." {
            "(top level)".into()
        } else {
            path
        },
        problem: e.into_inner().to_string(),
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_shape(text: &str) -> Result<Dataset, DataError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let data = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        if e.inner().is_syntax() || e.inner().is_eof() {
            DataError::NotJson(e.into_inner().to_string())
        } else {
            shape_error(e)
        }
    })?;
    de.end().map_err(|e| DataError::NotJson(e.to_string()))?;
    Ok(data)
}

#[cfg(target_arch = "wasm32")]
fn parse_shape(text: &str) -> Result<Dataset, DataError> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        DataError::NotJson(
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_default(),
        )
    })?;
    serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value))
        .map_err(shape_error)
}
