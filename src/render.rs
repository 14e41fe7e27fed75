//! `shuka render`: the embed snippet with the widget's first view already in the HTML, so the
//! figures show before any script runs, to readers without JavaScript, feed readers, reader
//! modes and search engines. Native only: Yew's server renderer (`ssr`) never enters a wasm.
//!
//! The snippet is the host element holding
//! - a declarative shadow root (`<template shadowrootmode="open">`) with the widget's
//!   stylesheet and the very markup the live widget renders once it has loaded: the same `App`
//!   component, rendered here from the same data. Its controls sit in a disabled `<fieldset>`
//!   (no dead buttons: they cannot be focused or pressed; the ones that mean nothing without
//!   script are hidden by the stylesheet, keeping their room so nothing moves at the switch);
//! - in the host's light DOM, every figure of the dataset as plain HTML: what a parser that
//!   skips templates sees, what old browsers without declarative shadow DOM show when script
//!   is off, and what print shows (through the shadow root's `<slot>`).
//!
//! The live widget takes over by replacement (`embed::mount`): it renders hidden beside the
//! prerendered view and swaps in once its table is complete, so the two are the same size
//! and nothing moves (docs/PERFORMANCE.md, "Prerendering").

use crate::components::app::{App, AppProps};
use crate::components::load::Source;
use crate::components::View;
use crate::data::{Lang, Shared};
use crate::format;
use crate::ui;
use std::fmt::Write;

/// What `shuka render` is asked for.
#[derive(Debug, Clone)]
pub struct Options {
    pub view: View,
    pub lang: Lang,
    /// The dataset's URL for the live widget (`data-src`); `None`: the widget's default data.
    pub src: Option<String>,
    /// The widget stylesheet's URL (hashed: the loader's asset).
    pub css: String,
    /// The loader's URL (`shuka.js`); `None` leaves the script tag out (a page that has it).
    pub script: Option<String>,
    /// The host's accessible name (`aria-label`).
    pub label: Option<String>,
    /// Extra `class` for the host (the page's own layout class).
    pub class: Option<String>,
}

/// The widget's first view, as the live widget renders it once loaded (no hydration markers).
/// Async, as Yew's server renderer is: natively [`first_view`] waits for it; the editor's
/// wasm (feature `editor-ssr`) awaits it.
pub async fn render_first_view(data: &Shared, o: &Options) -> String {
    let props = AppProps {
        source: Source::Data(data.clone()),
        lang: o.lang,
        view: o.view,
        label: o.label.clone().map(Into::into),
        table_query: Default::default(),
        on_table_change: Default::default(),
        on_download: Default::default(),
        on_ready: Default::default(),
        widget: 0,
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// [`render_first_view`], waited for on this thread.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_view(data: &Shared, o: &Options) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime builds");
    tokio::task::LocalSet::new().block_on(&runtime, render_first_view(data, o))
}

/// The whole embed snippet (see the module's notes).
#[cfg(not(target_arch = "wasm32"))]
pub fn snippet(data: &Shared, o: &Options) -> String {
    snippet_around(data, o, &first_view(data, o))
}

/// [`snippet`], awaiting the server renderer (the editor's wasm).
pub async fn render_snippet(data: &Shared, o: &Options) -> String {
    snippet_around(data, o, &render_first_view(data, o).await)
}

/// The snippet around a rendered first view.
fn snippet_around(data: &Shared, o: &Options, first_view: &str) -> String {
    let mut s = String::from("<div data-shuka");
    if let Some(class) = &o.class {
        attr(&mut s, "class", class);
    }
    if let Some(src) = &o.src {
        attr(&mut s, "data-src", src);
    }
    match o.view {
        View::All => {}
        View::Cards => attr(&mut s, "data-view", "cards"),
        View::Table => attr(&mut s, "data-view", "table"),
    }
    attr(
        &mut s,
        "data-lang",
        if o.lang == Lang::En { "en" } else { "zh" },
    );
    if let Some(label) = &o.label {
        attr(&mut s, "aria-label", label);
    }
    s.push('>');
    s.push_str("<template shadowrootmode=\"open\"><link rel=\"stylesheet\"");
    attr(&mut s, "href", &o.css);
    s.push_str("><div class=\"shuka-host shuka-static\"><fieldset class=\"shuka-inert\" disabled>");
    s.push_str(first_view);
    s.push_str("</fieldset></div><slot class=\"shuka-every\"></slot></template>");
    s.push_str(&every_figure(data, o.lang));
    s.push_str("</div>");
    if let Some(script) = &o.script {
        s.push_str("\n<script type=\"module\" async");
        attr(&mut s, "src", script);
        s.push_str("></script>");
    }
    s.push('\n');
    s
}

/// Every figure of the dataset, as plain, unstyled HTML: each indicator's sentence (value,
/// change, share, rank, progress, in the reader's words) with its period, then every project.
pub fn every_figure(data: &Shared, lang: Lang) -> String {
    let tag = if lang == Lang::En { "en" } else { "zh-CN" };
    let mut s = format!("<div class=\"shuka-every-figure\" lang=\"{tag}\">");
    let _ = write!(
        s,
        "<p><strong>{}</strong></p><ul>",
        esc(ui::region(Some(data), lang))
    );
    for ind in &data.indicators {
        let period = data.period(&ind.period);
        s.push_str("<li>");
        if let Some(p) = period {
            let _ = write!(
                s,
                "{}{}",
                esc(p.label.get(lang)),
                if lang == Lang::En { ": " } else { "，" }
            );
        }
        s.push_str(&esc(&format::sentence(
            ind,
            period,
            &data.article.place,
            lang,
        )));
        if ind.derived.is_some() {
            let _ = write!(s, " ({})", esc(ui::DERIVED.get(lang)));
        }
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    if !data.projects.is_empty() {
        let header = ui::csv_header(lang);
        s.push_str("<table><thead><tr>");
        for h in header {
            let _ = write!(s, "<th scope=\"col\">{}</th>", esc(h));
        }
        s.push_str("</tr></thead><tbody>");
        for p in &data.projects {
            let amount = p.amount.map(format::number).unwrap_or_else(|| "–".into());
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td lang=\"zh-CN\">{}</td></tr>",
                esc(p.name.get(lang)),
                esc(&crate::table::category_label(data, p, lang)),
                esc(ui::status(p.status, lang)),
                esc(&amount),
                esc(&p.quote),
            );
        }
        s.push_str("</tbody></table>");
    }
    s.push_str("</div>");
    s
}

/// ` name="value"`, escaped for an attribute.
fn attr(s: &mut String, name: &str, value: &str) {
    let _ = write!(s, " {name}=\"{}\"", esc(value));
}

/// Text or an attribute value, escaped for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
