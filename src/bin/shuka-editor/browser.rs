//! The editor's browser jobs, one small function each: storage, files, download, clipboard,
//! the preview's shadow root, the prerendered snippet (it asks the build for its stylesheet). Called from effects and event handlers, never from render.

use crate::work::Work;
use wasm_bindgen::{JsCast, JsValue, UnwrapThrowExt};
use wasm_bindgen_futures::JsFuture;

const TEXT: &str = "shuka-editor.text";
const SOURCE: &str = "shuka-editor.source";
const EDITS: &str = "shuka-editor.edits";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn load(key: &str) -> String {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .unwrap_or_default()
}

/// The work saved by [`save`], or a fresh start (also when storage is blocked).
pub fn restore() -> Work {
    Work::restore(&load(TEXT), &load(SOURCE), &load(EDITS))
}

/// Keeps the work in localStorage; a full or blocked storage is shown as `false`.
pub fn save(work: &Work) -> bool {
    let Some(s) = storage() else {
        return false;
    };
    [
        (TEXT, work.text.to_string()),
        (SOURCE, work.source.to_string()),
        (EDITS, work.saved_edits()),
    ]
    .iter()
    .all(|(k, v)| s.set_item(k, v).is_ok())
}

/// The text of a file the person picked.
pub async fn read_file(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Offers `text` as a file download: the widget's own helper.
pub use shuka::browser::download;

/// Copies `text`; `false` where there is no clipboard (plain http, old browsers) or the
/// browser refuses, so the page can ask for a manual copy instead.
pub async fn copy(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let has = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// A preview host: a `div.ed-preview-host` with an open shadow root holding the widget's
/// stylesheet (as the loader gives an article's host), and the element inside that root to
/// render the widget into.
pub fn preview_host() -> (web_sys::Element, web_sys::Element) {
    let document = gloo::utils::document();
    let host = document
        .create_element("div")
        .expect_throw("document creates elements");
    host.set_class_name("ed-preview-host");
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect_throw("a div accepts a shadow root");
    let link = document
        .create_element("link")
        .expect_throw("document creates elements");
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "widget.css");
    let root = document
        .create_element("div")
        .expect_throw("document creates elements");
    root.set_class_name("shuka-host");
    shadow.append_child(&link).unwrap_throw();
    shadow.append_child(&root).unwrap_throw();
    (host, root)
}

/// Moves the keyboard focus to the element `id`, if it is there.
pub fn focus(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Whether this build of the editor carries the server renderer (feature `editor-ssr`, which
/// editor/index.html asks trunk for): the prerendered snippet needs it.
pub const CAN_PRERENDER: bool = cfg!(feature = "editor-ssr");

/// The snippet `shuka render --src report.json --base ''` prints for `data`: the figures
/// prerendered, the stylesheet named as the widget's build names it (`../assets.json`, beside
/// the editor), the page next to shuka.js as in the other snippets. A message in place of the
/// snippet when the build cannot be asked.
pub async fn prerendered_snippet(data: &shuka::data::Shared) -> String {
    #[cfg(feature = "editor-ssr")]
    {
        let assets = match shuka::fetch::fetch_text("../assets.json", None).await {
            Ok(text) => text,
            Err(e) => {
                return format!(
                    "<!-- 无法读取 ../assets.json：{e} / cannot read ../assets.json -->"
                )
            }
        };
        // {"css":"shuka-….css",…}: the one string this needs, without a JSON parser in the wasm.
        let Some(css) = assets
            .split("\"css\":\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
        else {
            return "<!-- ../assets.json 没有 css / names no stylesheet -->".into();
        };
        let options = shuka::render::Options {
            view: shuka::components::View::All,
            lang: shuka::data::Lang::Zh,
            src: Some(crate::work::DATA_FILE.into()),
            css: css.into(),
            script: Some("shuka.js".into()),
            label: None,
            class: None,
        };
        shuka::render::render_snippet(data, &options).await
    }
    #[cfg(not(feature = "editor-ssr"))]
    {
        let _ = data;
        String::new()
    }
}
