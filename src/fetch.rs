//! Fetching a dataset's text: plain CORS, no credentials, no cookies.

use crate::error::DataError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn fail(url: &str, reason: impl Into<String>) -> DataError {
    DataError::Fetch {
        url: url.into(),
        reason: reason.into(),
    }
}

/// The body of `url` as text, or why it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, DataError> {
    let window = web_sys::window().ok_or_else(|| fail(url, "no window"))?;
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| fail(url, "network error"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| fail(url, "not a response"))?;
    if !resp.ok() {
        return Err(fail(url, format!("HTTP {}", resp.status())));
    }
    let text = JsFuture::from(resp.text().map_err(|_| fail(url, "unreadable body"))?)
        .await
        .map_err(|_| fail(url, "unreadable body"))?;
    Ok(text.as_string().unwrap_or_default())
}
