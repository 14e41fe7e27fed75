//! The embed layer: reads a host element's options, gives it an open shadow root with the
//! widget's stylesheet, and mounts one Yew app into it. All page-facing browser APIs live here.

use crate::components::app::{App, AppProps, Source};
use crate::components::View;
use crate::data::Lang;
use crate::error::{DataError, Issue};
use crate::table::TableQuery;
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;
use yew::Callback;

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

/// The props a host element asks for. `prefetch` is a data request the loader already
/// started, with its URL; it is used when that is the URL the host asks for.
pub fn props_for(
    host: &Element,
    default_data: &str,
    prefetch: Option<(String, js_sys::Promise)>,
) -> AppProps {
    let url = |url: String| {
        let started = prefetch
            .clone()
            .filter(|(u, _)| *u == url)
            .map(|(_, p)| crate::fetch::Started(p.into()));
        Source::Url {
            url: url.into(),
            started,
        }
    };
    let wrong = |path: String, problem: &str| {
        Source::Error(DataError::Embed(vec![Issue {
            path,
            problem: problem.into(),
        }]))
    };
    // Where the host asks for data elsewhere, a mistake is an error in the widget's box: the
    // default would be this article's figures, wrong for any other story.
    let script = host.query_selector("script").ok().flatten();
    let source = match (host.get_attribute("data-src"), script) {
        (Some(src), _) if !src.trim().is_empty() => url(resolve(src.trim())),
        (Some(_), _) => wrong(
            "data-src".into(),
            "is empty: give the URL of a dataset, or leave data-src out for this article's data",
        ),
        (None, Some(s)) => match s.get_attribute("type") {
            Some(t) if t == "application/json" => {
                Source::Inline(s.text_content().unwrap_or_default().into())
            }
            t => wrong(
                format!("<script type=\"{}\">", t.unwrap_or_default()),
                "inline data needs type=\"application/json\", exactly",
            ),
        },
        (None, None) => url(default_data.to_string()),
    };
    if let Ok(names) = host.get_attribute_names().dyn_into::<js_sys::Array>() {
        for name in names.iter().filter_map(|n| n.as_string()) {
            if let Some(warning) = crate::options::unknown(&name) {
                gloo::console::warn!(warning);
            }
        }
    }
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
    let key = host.id();
    let key: std::rc::Rc<str> = if key.is_empty() {
        "shuka".into()
    } else {
        format!("shuka-{key}").into()
    };
    // Region names must differ between widgets on one page: the host's own aria-label, or a
    // number after the default when there are several.
    let hosts = gloo::utils::document()
        .query_selector_all("[data-shuka]")
        .ok();
    let count = hosts.as_ref().map_or(0, |h| h.length());
    let index = (0..count).find(|&i| {
        hosts
            .as_ref()
            .and_then(|h| h.get(i))
            .is_some_and(|n| n.is_same_node(Some(host)))
    });
    let label = match (host.get_attribute("aria-label"), index) {
        (Some(l), _) if !l.trim().is_empty() => Some(l.into()),
        (_, Some(i)) if count > 1 => {
            Some(format!("{} ({})", crate::ui::REGION.get(lang), i + 1).into())
        }
        _ => None,
    };
    AppProps {
        source,
        lang,
        view,
        label,
        table_query: read_fragment(&key),
        on_table_change: {
            let key = key.clone();
            Callback::from(move |q: TableQuery| write_fragment(&key, &q))
        },
        on_download: Callback::from(download_csv),
        widget: 0,
    }
}

/// The fragment's parameters (`#shuka.sort=name-asc&…`), percent-decoded.
fn fragment_params() -> Option<web_sys::UrlSearchParams> {
    let hash = gloo::utils::window().location().hash().ok()?;
    web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#')).ok()
}

/// A table's choices from the URL fragment, under `{key}.{name}`.
fn read_fragment(key: &str) -> TableQuery {
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
fn write_fragment(key: &str, q: &TableQuery) {
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

/// Offers `csv` as a file download, built in the browser (works offline).
fn download_csv(csv: String) {
    let parts = js_sys::Array::of1(&csv.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = gloo::utils::document().create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", "shuka-projects.csv");
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
///
/// The loader has already given the host its shadow root with the widget's stylesheet, loaded
/// (so the first cards are never unstyled); a previous widget's root there is replaced.
pub fn mount(
    host: &Element,
    default_data: &str,
    prefetch: Option<(String, js_sys::Promise)>,
) -> AppHandle<App> {
    let shadow = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .expect_throw("host element accepts a shadow root"),
    };
    if let Ok(Some(old)) = shadow.query_selector(".shuka-host") {
        old.remove();
    }
    let root = gloo::utils::document()
        .create_element("div")
        .expect_throw("document creates elements");
    root.set_class_name("shuka-host");
    shadow.append_child(&root).unwrap_throw();
    let props = AppProps {
        widget: crate::fault::register(host),
        ..props_for(host, default_data, prefetch)
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render()
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
