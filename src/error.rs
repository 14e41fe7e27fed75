//! Every way loading a dataset can fail, as one typed, comparable error.

use std::fmt;

/// One problem found in a dataset, at a path such as `indicators[3].shares[0].value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub path: String,
    pub problem: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Why a widget has no data to show.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DataError {
    /// The data URL could not be fetched (network error or HTTP status).
    #[error("could not load {url}: {reason}")]
    Fetch { url: String, reason: String },
    /// The body is not JSON.
    #[error("not JSON: {0}")]
    NotJson(String),
    /// JSON, but not of the dataset's shape: every misplaced or mistyped field.
    #[error("{} problem(s): {}", .0.len(), .0.iter().map(|i| i.to_string()).collect::<Vec<_>>().join("; "))]
    Shape(Vec<Issue>),
    /// Of the right shape, but the figures do not hold together.
    #[error("{} problem(s): {}", .0.len(), .0.iter().map(|i| i.to_string()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Issue>),
}

impl DataError {
    /// The problems with their paths, for display as a list.
    pub fn issues(&self) -> Vec<Issue> {
        match self {
            DataError::Shape(v) | DataError::Invalid(v) => v.clone(),
            _ => Vec::new(),
        }
    }
}
