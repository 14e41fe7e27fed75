//! Where `JSON.parse` (the browser) and serde_json (`shuka-check`) disagree, one rule for both:
//! a string with a lone surrogate escape, a number beyond a double's range and nesting deeper
//! than serde_json's limit are rejected by serde_json, and `JSON.parse` would take them
//! (anywhere, also in fields the decoder never reads). Checked once, the same way on both
//! targets, before either parses: both accept and reject the same files, with one message.

use crate::error::DataError;

/// The largest dataset a widget reads: 10 MB, about twenty thousand projects. Parsing and
/// validating that takes a phone long enough; a bigger file is almost surely a mistake.
pub const MAX_BYTES: usize = 10_000_000;

/// The deepest nesting of lists and objects serde_json accepts (it stops at 128).
pub const MAX_DEPTH: usize = 127;

fn fail(problem: String, at: usize) -> Result<(), DataError> {
    Err(DataError::NotJson(format!("{problem} (at byte {at})")))
}

/// Whether a number token is within a double's range; a token that is not a number is left
/// for the parser to report.
fn in_range(token: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    let x = js_sys::Number::parse_float(token);
    #[cfg(not(target_arch = "wasm32"))]
    let x = token.parse::<f64>().unwrap_or(0.0);
    !x.is_infinite()
}

/// The `\uXXXX` escape at `i` (just after the backslash's `u`), if it is four hex digits.
fn hex4(b: &[u8], i: usize) -> Option<u32> {
    b.get(i..i + 4)?
        .iter()
        .try_fold(0, |n, c| Some(n * 16 + (*c as char).to_digit(16)?))
}

/// Checks `text`'s size, then the three disagreements; syntax errors are left to the parser.
pub fn check(text: &str) -> Result<(), DataError> {
    if text.len() > MAX_BYTES {
        return Err(DataError::TooLarge(text.len()));
    }
    check_within(text, 0)
}

/// The three disagreements in `text`, a piece of a document that sits `depth` lists or
/// objects deep (a run of list elements is checked on its own, a few at a time).
pub fn check_within(text: &str, depth: usize) -> Result<(), DataError> {
    let b = text.as_bytes();
    let (mut i, mut depth) = (0, depth);
    let mut in_string = false;
    while i < b.len() {
        let c = b[i];
        if in_string {
            match c {
                b'"' => in_string = false,
                b'\\' if b.get(i + 1) == Some(&b'u') => {
                    let unit = hex4(b, i + 2).unwrap_or(0);
                    let low = (b.get(i + 6..i + 8) == Some(b"\\u"))
                        .then(|| hex4(b, i + 8))
                        .flatten();
                    match unit {
                        0xD800..=0xDBFF if matches!(low, Some(0xDC00..=0xDFFF)) => i += 6,
                        0xD800..=0xDFFF => {
                            let written = &text[i + 2..i + 6];
                            return fail(
                                format!("a string holds a lone surrogate \\u{written}"),
                                i,
                            );
                        }
                        _ => {}
                    }
                    i += 5;
                }
                b'\\' => i += 1,
                _ => {}
            }
        } else {
            match c {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return fail(format!("lists and objects nest deeper than {MAX_DEPTH}"), i);
                    }
                }
                b']' | b'}' => depth -= usize::from(depth > 0),
                b'-' | b'0'..=b'9' => {
                    let len = b[i..]
                        .iter()
                        .take_while(|c| matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                        .count();
                    let token = &text[i..i + len];
                    if !in_range(token) {
                        return fail(format!("the number {token} is out of range"), i);
                    }
                    i += len;
                    continue;
                }
                _ => {}
            }
        }
        i += 1;
    }
    Ok(())
}
