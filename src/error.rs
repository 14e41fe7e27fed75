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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataError {
    /// The data URL could not be fetched (network error or HTTP status).
    Fetch { url: String, reason: String },
    /// The body is not JSON.
    NotJson(String),
    /// The data is this many bytes, over [`crate::json_limits::MAX_BYTES`].
    TooLarge(usize),
    /// JSON, but not of the dataset's shape: every misplaced or mistyped field.
    Shape(Vec<Issue>),
    /// Of the right shape, but the figures do not hold together.
    Invalid(Vec<Issue>),
    /// The host element asks for data in a way that cannot be right (an empty `data-src`,
    /// inline data in a `<script>` whose type is not `application/json`).
    Embed(Vec<Issue>),
}

impl std::error::Error for DataError {}

/// The problems a log line names; the rest are counted (a generated file can have thousands).
const LOGGED: usize = 10;

/// One line for logs: `could not load …`, `not JSON: …`, or `N problem(s): path: problem; …`
/// with at most ten problems named.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Fetch { url, reason } => write!(f, "could not load {url}: {reason}"),
            DataError::NotJson(e) => write!(f, "not JSON: {e}"),
            DataError::TooLarge(n) => write!(
                f,
                "the data is {n} bytes, over the limit of {} bytes",
                crate::json_limits::MAX_BYTES
            ),
            DataError::Shape(issues) | DataError::Invalid(issues) | DataError::Embed(issues) => {
                write!(f, "{} problem(s)", issues.len())?;
                for (n, issue) in issues.iter().take(LOGGED).enumerate() {
                    f.write_str(if n == 0 { ": " } else { "; " })?;
                    issue.fmt(f)?;
                }
                if issues.len() > LOGGED {
                    write!(f, "; … and {} more", issues.len() - LOGGED)?;
                }
                Ok(())
            }
        }
    }
}

impl DataError {
    /// The problems with their paths, for display as a list (borrowed: a render must not
    /// copy thousands of them).
    pub fn issues(&self) -> &[Issue] {
        match self {
            DataError::Shape(v) | DataError::Invalid(v) | DataError::Embed(v) => v,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_line_names_ten_problems_and_counts_the_rest() {
        let issue = |i: usize| Issue {
            path: format!("projects[{i}].name.zh"),
            problem: "is empty".into(),
        };
        let line = DataError::Invalid((0..5000).map(issue).collect()).to_string();
        assert!(line.starts_with("5000 problem(s): projects[0].name.zh: is empty; "));
        assert!(
            line.ends_with("projects[9].name.zh: is empty; … and 4990 more"),
            "{line}"
        );
        assert!(line.len() < 400);
        let two = DataError::Shape((0..2).map(issue).collect()).to_string();
        assert_eq!(
            two,
            "2 problem(s): projects[0].name.zh: is empty; projects[1].name.zh: is empty"
        );
    }
}
