//! The embed layer: reads a host element's options, gives it an open shadow root with the
//! widget's stylesheet, and mounts one Yew app into it. The browser jobs it wires into the
//! app (URL fragment, downloads, URL resolution) are in [`crate::browser`].

use crate::browser;
use crate::components::app::{App, AppProps};
use crate::components::load::Source;
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
        (Some(src), _) if !src.trim().is_empty() => url(browser::resolve(src.trim())),
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
        table_query: browser::read_fragment(&key),
        on_table_change: {
            let key = key.clone();
            Callback::from(move |q: TableQuery| browser::write_fragment(&key, &q))
        },
        on_download: Callback::from(browser::download_csv),
        on_ready: Callback::noop(),
        widget: 0,
    }
}

/// Mounts a widget into `host`'s open shadow root (reusing it when the host comes back).
///
/// The loader has already given the host its shadow root with the widget's stylesheet, loaded
/// (so the first cards are never unstyled); a previous widget's root there is replaced.
pub fn mount(
    host: &Element,
    default_data: &str,
    prefetch: Option<(String, js_sys::Promise)>,
    ready: Option<js_sys::Function>,
) -> AppHandle<App> {
    let shadow = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .expect_throw("host element accepts a shadow root"),
    };
    if let Ok(Some(old)) = shadow.query_selector(".shuka-host:not(.shuka-static)") {
        old.remove();
    }
    let root = gloo::utils::document()
        .create_element("div")
        .expect_throw("document creates elements");
    root.set_class_name("shuka-host");
    // A prerendered view (`shuka render`) stays until the live widget has rendered all of it,
    // hidden beside it; then the loader swaps one for the other (`takeOver` in
    // src/loader/shuka.js), the same size, so nothing moves.
    let on_ready = match (shadow.query_selector(".shuka-static"), ready) {
        (Ok(Some(_)), Some(ready)) => {
            // Laid out already, under the view, unseen and out of reach (`inert`): each stage of
            // its rendering is laid out in its own task, not all at once at the switch.
            root.set_class_name("shuka-host shuka-pending");
            let _ = root.set_attribute("inert", "");
            let _ = root.set_attribute("aria-hidden", "true");
            Callback::from(move |ok: bool| {
                let _ = ready.call1(&wasm_bindgen::JsValue::NULL, &ok.into());
            })
        }
        _ => Callback::noop(),
    };
    shadow.append_child(&root).unwrap_throw();
    let props = AppProps {
        widget: crate::fault::register(host),
        on_ready,
        ..props_for(host, default_data, prefetch)
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}
