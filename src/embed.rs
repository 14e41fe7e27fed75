//! The embed layer: reads a host element's options, gives it an open shadow root with the
//! widget's stylesheet, and mounts one Yew app into it. All page-facing browser APIs live here.

use crate::components::app::{App, AppProps, Source};
use crate::components::View;
use crate::data::Lang;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// Reads an enumerated `data-*` option; an unknown value falls back to the default with
/// one console warning naming the attribute and the allowed values.
fn option<T: Copy>(host: &Element, name: &str, allowed: &[(&str, T)], default: T) -> T {
    match host.get_attribute(name) {
        None => default,
        Some(v) => match allowed.iter().find(|(k, _)| *k == v) {
            Some((_, t)) => *t,
            None => {
                let names: Vec<&str> = allowed.iter().map(|(k, _)| *k).collect();
                gloo::console::warn!(format!(
                    "shuka: {name}=\"{v}\" is not one of {}; using the default",
                    names.join(", ")
                ));
                default
            }
        },
    }
}

/// The page's language: `en…` reads English, anything else Chinese.
fn page_lang() -> Lang {
    let lang = gloo::utils::document_element()
        .get_attribute("lang")
        .unwrap_or_default();
    if lang.to_ascii_lowercase().starts_with("en") {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// The props a host element asks for.
pub fn props_for(host: &Element, default_data: &str) -> AppProps {
    let inline = host
        .query_selector(r#"script[type="application/json"]"#)
        .ok()
        .flatten()
        .and_then(|s| s.text_content());
    let source = match (host.get_attribute("data-src"), inline) {
        (Some(url), _) if !url.trim().is_empty() => Source::Url(resolve(&url).into()),
        (_, Some(text)) => Source::Inline(text.into()),
        _ => Source::Url(default_data.to_string().into()),
    };
    let lang = option(
        host,
        "data-lang",
        &[("zh", Some(Lang::Zh)), ("en", Some(Lang::En))],
        None,
    )
    .unwrap_or_else(page_lang);
    let view = option(
        host,
        "data-view",
        &[
            ("all", View::All),
            ("cards", View::Cards),
            ("table", View::Table),
        ],
        View::All,
    );
    // Theme and rise colour are pure CSS (`:host([data-theme=dark])`); check them here only to warn.
    option(
        host,
        "data-theme",
        &[("auto", ()), ("light", ()), ("dark", ())],
        (),
    );
    option(host, "data-rise", &[("red", ()), ("green", ())], ());
    AppProps { source, lang, view }
}

/// A `data-src` relative to the page, as the page author wrote it.
fn resolve(url: &str) -> String {
    let base = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    web_sys::Url::new_with_base(url, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_string())
}

/// Mounts a widget into `host`'s open shadow root (reusing it when the host comes back).
pub fn mount(host: &Element, css_url: &str, default_data: &str) -> AppHandle<App> {
    let shadow = match host.shadow_root() {
        Some(root) => {
            root.set_inner_html("");
            root
        }
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .expect_throw("host element accepts a shadow root"),
    };
    let doc = gloo::utils::document();
    let link = doc
        .create_element("link")
        .expect_throw("document creates elements");
    link.set_attribute("rel", "stylesheet").unwrap_throw();
    link.set_attribute("href", css_url).unwrap_throw();
    shadow.append_child(&link).unwrap_throw();
    let root = doc
        .create_element("div")
        .expect_throw("document creates elements");
    root.set_class_name("shuka-host");
    shadow.append_child(&root).unwrap_throw();
    yew::Renderer::<App>::with_root_and_props(root, props_for(host, default_data)).render()
}

/// Moves focus to tab `index` of the tablist the key event happened in (arrow-key tabs).
pub fn focus_tab(e: &web_sys::KeyboardEvent, index: usize) {
    let tab = e
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|list| {
            list.query_selector(&format!("#shuka-tab-{index}"))
                .ok()
                .flatten()
        })
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
}

/// Copies `text` to the clipboard; `false` when the page or browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
