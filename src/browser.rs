//! Every browser side effect the widget's views and its embed layer use, one small
//! function per job (after gloo): the URL fragment, file downloads, URL resolution, the
//! clipboard, and yielding to the browser between tasks. Views call these from callbacks
//! and effects, never while rendering, so the same views render natively and to HTML.

use crate::table::TableQuery;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The fragment's parameters (`#shuka.sort=name-asc&…`), percent-decoded.
fn fragment_params() -> Option<web_sys::UrlSearchParams> {
    let hash = gloo::utils::window().location().hash().ok()?;
    web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#')).ok()
}

/// A table's choices from the URL fragment, under `{key}.{name}`.
pub fn read_fragment(key: &str) -> TableQuery {
    let Some(params) = fragment_params() else {
        return TableQuery::default();
    };
    let values: Vec<(&str, String)> = TableQuery::PARAMS
        .iter()
        .filter_map(|n| params.get(&format!("{key}.{n}")).map(|v| (*n, v)))
        .collect();
    TableQuery::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str())))
}

/// Keeps a table's choices in the URL fragment (replaceState: no history entries, no scroll)
/// when the fragment is empty or only shuka's; any other fragment is the page's (an anchor, a
/// hash route) and stays byte for byte as it is, while the table keeps its state in memory.
pub fn write_fragment(key: &str, q: &TableQuery) {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if !crate::table::fragment_is_ours(&hash) {
        return;
    }
    let Some(params) = fragment_params() else {
        return;
    };
    let before = params.to_string().as_string().unwrap_or_default();
    for n in TableQuery::PARAMS {
        params.delete(&format!("{key}.{n}"));
    }
    for (n, v) in q.to_pairs() {
        params.append(&format!("{key}.{n}"), &v);
    }
    let after = params.to_string().as_string().unwrap_or_default();
    if after == before {
        return;
    }
    let location = gloo::utils::window().location();
    let base = location.href().unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    let url = if after.is_empty() {
        base.to_string()
    } else {
        format!("{base}#{after}")
    };
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Offers `text` as a file named `name` of type `mime`, built in the browser (works offline).
pub fn download(text: &str, name: &str, mime: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = gloo::utils::document().create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    // Revoked later: the download reads the blob after this call returns.
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Offers the table's CSV as `shuka-projects.csv`.
pub fn download_csv(csv: String) {
    download(&csv, "shuka-projects.csv", "text/csv;charset=utf-8");
}

/// A `data-src` relative to the page, as the page author wrote it.
pub fn resolve(url: &str) -> String {
    let base = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    web_sys::Url::new_with_base(url, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_string())
}

/// Copies `text` to the clipboard; `false` when the page or browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    // Undefined on a page served over plain http (not a secure context): calling into it
    // would throw out of the wasm.
    if js_sys::Reflect::get(&navigator, &"clipboard".into()).map_or(true, |c| c.is_undefined()) {
        return false;
    }
    let clipboard = navigator.clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Resolves in a later task (`setTimeout 0`), so the browser can paint and answer input
/// between two pieces of work: on a phone no piece becomes a long task.
pub async fn next_task() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(p).await;
}
