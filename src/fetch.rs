//! Fetching a dataset's text (plain CORS, no credentials, no cookies), and yielding to the
//! browser between steps of work.

use crate::error::DataError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn fail(url: &str, reason: impl Into<String>) -> DataError {
    DataError::Fetch {
        url: url.into(),
        reason: reason.into(),
    }
}

/// A data request already under way; equal when it is the same request (the same handle).
#[derive(Debug, Clone)]
pub struct Started(pub std::rc::Rc<js_sys::Promise>);

impl PartialEq for Started {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// How long a data request may take, answer and body, before the widget gives up and says so.
pub const TIMEOUT_MS: i32 = 30_000;

/// `promise`, or a rejection once `ms` have passed without it settling.
fn within(promise: &js_sys::Promise, ms: i32) -> JsFuture {
    let timeout = js_sys::Promise::new(&mut |_, reject| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&reject, ms);
    });
    JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(
        promise, &timeout,
    )))
}

/// The body of `url` as text, or why it could not be had. `started` is the same request
/// already under way (the loader starts it while the wasm downloads).
pub async fn fetch_text(url: &str, started: Option<Started>) -> Result<String, DataError> {
    fetch_text_within(url, started, TIMEOUT_MS).await
}

/// [`fetch_text`], giving up after `ms` milliseconds without an answer or a whole body.
pub async fn fetch_text_within(
    url: &str,
    started: Option<Started>,
    ms: i32,
) -> Result<String, DataError> {
    let late = || fail(url, format!("no answer within {} s", ms / 1000));
    let request = match started {
        Some(Started(p)) => (*p).clone(),
        None => {
            let window = web_sys::window().ok_or_else(|| fail(url, "no window"))?;
            // fetch() of a URL is already a CORS request; no cookies go with it.
            let init = web_sys::RequestInit::new();
            init.set_credentials(web_sys::RequestCredentials::Omit);
            window.fetch_with_str_and_init(url, &init)
        }
    };
    let resp = within(&request, ms).await.map_err(|e| {
        if e.is_undefined() {
            late()
        } else {
            fail(url, "network error")
        }
    })?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| fail(url, "not a response"))?;
    if !resp.ok() {
        return Err(fail(url, format!("HTTP {}", resp.status())));
    }
    // The bytes, decoded here: `text()` would decode them into a JS string and the wasm
    // would encode that again, two long tasks on a phone for a 4 MB file.
    let body = resp
        .array_buffer()
        .map_err(|_| fail(url, "unreadable body"))?;
    let bytes = within(&body, ms).await.map_err(|e| {
        if e.is_undefined() {
            late()
        } else {
            fail(url, "unreadable body")
        }
    })?;
    Ok(utf8_text_in_tasks(js_sys::Uint8Array::new(&bytes).to_vec(), next_task).await)
}

/// [`utf8_text`] a piece at a time, a task each: checking 4 MB in one piece was a third of a
/// long task on a phone (docs/PERFORMANCE.md). The same text in the end; `pause().await`
/// between pieces.
pub async fn utf8_text_in_tasks<F: std::future::Future<Output = ()>>(
    bytes: Vec<u8>,
    mut pause: impl FnMut() -> F,
) -> String {
    const PIECE: usize = 512 * 1024;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut text = String::with_capacity(body.len());
    let mut at = 0;
    while at < body.len() {
        // The piece ends where a character starts (never on a continuation byte 10xxxxxx), so
        // each byte is checked once.
        let mut end = body.len().min(at + PIECE);
        while end < body.len() && end > at && body[end] & 0xC0 == 0x80 {
            end -= 1;
        }
        match std::str::from_utf8(&body[at..end]) {
            Ok(piece) if end > at => text.push_str(piece),
            // Malformed: replaced as `Response.text()` replaces it (rare; one piece).
            _ => return utf8_text(bytes),
        }
        at = end;
        if at < body.len() {
            pause().await;
        }
    }
    text
}

/// Bytes as `Response.text()` reads them: UTF-8, a leading byte order mark dropped, a
/// malformed sequence replaced by U+FFFD.
pub fn utf8_text(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Yielding between steps of work is a browser job: see [`crate::browser::next_task`].
pub use crate::browser::next_task;
