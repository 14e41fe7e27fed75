//! `shuka render`: the prerendered embed snippet (issue 15). The browser checks (no-JS view,
//! text parity with the live widget, no layout shift, CSP) are in tests/e2e/prerender.test.mjs.

use shuka::components::View;
use shuka::data::{Lang, Shared};
use shuka::render::{every_figure, first_view, snippet, Options};
use std::process::Command;

mod common;

fn options(lang: Lang) -> Options {
    Options {
        view: View::All,
        lang,
        src: Some("/data/report.json".into()),
        css: "/dist/shuka-0123456789abcdef.css".into(),
        script: Some("/dist/shuka.js".into()),
        label: Some("数读".into()),
        class: Some("story-figures".into()),
    }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn the_snippet_is_a_host_with_a_declarative_shadow_root_then_the_loader() {
    let data: Shared = common::dataset().into();
    let s = snippet(&data, &options(Lang::Zh));
    assert!(s.starts_with(r#"<div data-shuka class="story-figures" data-src="/data/report.json" data-lang="zh" aria-label="数读"><template shadowrootmode="open"><link rel="stylesheet" href="/dist/shuka-0123456789abcdef.css"><div class="shuka-host shuka-static"><fieldset class="shuka-inert" disabled><section"#), "{}", &s[..300]);
    assert!(s.ends_with("</div>\n<script type=\"module\" async src=\"/dist/shuka.js\"></script>\n"));
    assert_eq!(count(&s, "<template"), 1);
    assert_eq!(
        count(&s, "<slot"),
        1,
        "print shows the light DOM's list through one slot"
    );
    // Strict CSP: no inline style or script of any kind.
    assert_eq!(count(&s, "<script"), 1, "the loader only");
    assert_eq!(count(&s, "<style"), 0);
    assert_eq!(count(&s, " style="), 0);
    assert!(!s.contains(" onclick=") && !s.contains(" onload="));
}

#[test]
fn the_first_view_is_the_first_tab_and_the_table_and_the_light_dom_holds_every_figure() {
    let data: Shared = common::dataset().into();
    let view = first_view(&data, &options(Lang::Zh));
    // The first tab's cards: the headline figures, with their values as the cards write them.
    assert_eq!(count(&view, "<article"), data.headline.len());
    for id in &data.headline {
        let ind = data.indicator(id).unwrap();
        let value = shuka::format::value(ind, Lang::Zh);
        assert!(view.contains(&value), "{id}: {value}");
    }
    // The table's rows (the article has fewer than a page of them: all).
    assert!(view.contains("shuka-table"));
    for p in &data.projects {
        assert!(view.contains(&*p.name.zh), "{}", p.name.zh);
    }
    let every = every_figure(&data, Lang::Zh);
    assert_eq!(count(&every, "<li>"), data.indicators.len());
    assert_eq!(count(&every, "<tr><td>"), data.projects.len());
    assert!(
        every.contains("同比增长3.1%"),
        "changes are in the sentences"
    );
}

#[test]
fn english_renders_in_english() {
    let data: Shared = common::dataset().into();
    let s = snippet(&data, &options(Lang::En));
    assert!(s.contains(r#"data-lang="en""#));
    assert!(s.contains(r#"<section lang="en""#));
    assert!(s.contains(r#"<div class="shuka-every-figure" lang="en">"#));
    assert!(
        s.contains(">CNY 30.73 bn<"),
        "amounts in English, as the live card writes them"
    );
}

#[test]
fn text_from_the_dataset_and_the_options_is_escaped() {
    let mut data = common::dataset();
    data.indicators[0].label.zh = r#"<img src=x onerror="alert(1)">&"#.into();
    data.projects[0].name.zh = "</table><script>alert(2)</script>".into();
    let data: Shared = data.into();
    let mut o = options(Lang::Zh);
    o.label = Some(r#""><script>alert(3)</script>"#.into());
    o.src = Some(r#"x" onmouseover="alert(4)"#.into());
    let s = snippet(&data, &o);
    assert!(
        !s.contains("<img") && !s.contains("alert(2)</script>") && !s.contains("<script>alert(3)")
    );
    assert!(!s.contains(r#"x" onmouseover"#));
    assert!(s.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;"));
    assert_eq!(count(&s, "<script"), 1);
}

#[test]
fn shuka_render_says_what_it_needs() {
    let shuka = env!("CARGO_BIN_EXE_shuka");
    let run = |args: &[&str]| Command::new(shuka).args(args).output().unwrap();
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/zhengzhou-gxq-2024h1.json"
    );

    let none = run(&["render", data, "--dist", "/nonexistent"]);
    assert!(!none.status.success());
    let why = String::from_utf8_lossy(&none.stderr);
    assert!(
        why.contains("assets.json") && why.contains("make build"),
        "{why}"
    );

    let bad = run(&["render", data, "--view", "grid", "--css", "a.css"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--view grid: use all, cards or table"));

    let ok = run(&[
        "render",
        data,
        "--css",
        "/a.css",
        "--src",
        "/d.json",
        "--no-script",
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let out = String::from_utf8(ok.stdout).unwrap();
    assert!(out.starts_with(r#"<div data-shuka data-src="/d.json" data-lang="zh"><template shadowrootmode="open"><link rel="stylesheet" href="/a.css">"#));
    assert!(!out.contains("<script"));

    // Another dataset without --src: the live widget would load the default data instead.
    let other = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/example.json");
    let unsourced = run(&["render", other, "--css", "a.css"]);
    assert!(!unsourced.status.success());
    assert!(String::from_utf8_lossy(&unsourced.stderr).contains("give --src URL"));
    assert!(
        run(&["render", other, "--css", "a.css", "--src", "example.json"])
            .status
            .success()
    );
    // The default dataset needs none (the widget's own data).
    assert!(run(&["render", data, "--css", "a.css"]).status.success());

    let broken = run(&[
        "render",
        concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"),
        "--css",
        "a.css",
    ]);
    assert!(!broken.status.success(), "not a dataset");
}
