//! Components in headless Chromium: mount into our own container, flush, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use shuka::components::app::{App, AppProps};
use shuka::components::load::Source;
use shuka::components::View;
use shuka::data::Lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn mount(props: AppProps) -> Element {
    let root = container();
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// Lets the widget's staged loading run: yields whole tasks (never a timer with a duration)
/// until `sel` is in `root`, at most forty times (parsing pauses too, more often on a slow
/// machine: `parse::SLICE_MS`).
async fn until(root: &Element, sel: &str) {
    for _ in 0..40 {
        if root.query_selector(sel).unwrap().is_some() {
            return;
        }
        shuka::fetch::next_task().await;
        yew::scheduler::flush().await;
    }
    panic!("{sel} never appeared");
}

/// The props not under test: no URL state, callbacks that do nothing.
fn defaults() -> AppProps {
    AppProps {
        source: Source::Inline("".into()),
        lang: Lang::Zh,
        view: View::All,
        label: None,
        table_query: Default::default(),
        on_table_change: Default::default(),
        on_download: Default::default(),
        on_ready: Default::default(),
        widget: 0,
    }
}

/// Mounts the article's dataset in `lang`, showing `view`.
async fn mount_data(lang: Lang, view: View) -> Element {
    mount(AppProps {
        source: Source::Data(dataset()),
        lang,
        view,
        ..defaults()
    })
    .await
}

mod common;

fn dataset() -> shuka::data::Shared {
    common::dataset().into()
}

fn text(root: &Element, sel: &str) -> String {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("{sel}"))
        .text_content()
        .unwrap()
}

fn click(root: &Element, sel: &str) {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("{sel}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn headline_cards_render_value_change_progress_and_badges() {
    let root = mount_data(Lang::Zh, View::Cards).await;
    let cards = root
        .query_selector_all(".shuka-grid:not([hidden]) .shuka-card")
        .unwrap();
    assert_eq!(cards.length(), 6, "six headline cards");
    assert_eq!(
        root.query_selector_all(".shuka-card").unwrap().length(),
        6,
        "hidden tabs are not rendered"
    );
    gloo::utils::window()
        .dispatch_event(&web_sys::Event::new("beforeprint").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let data = dataset();
    assert_eq!(
        root.query_selector_all(".shuka-card").unwrap().length() as usize,
        data.headline.len() + data.indicators.len(),
        "before printing, every card is: the headline's and every category's"
    );
    gloo::utils::window()
        .dispatch_event(&web_sys::Event::new("afterprint").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".shuka-card").unwrap().length(), 6);
    assert_eq!(text(&root, ".shuka-card .shuka-value"), "307.3亿元");
    assert_eq!(text(&root, ".shuka-card .shuka-change"), "▲ 同比增长3.1%");
    assert!(
        text(&root, ".shuka-card .shuka-change").contains('▲'),
        "colour is not the only cue"
    );
    let all = root.text_content().unwrap();
    assert!(all.contains("12,713件"));
    assert!(all.contains("占郑州市30%") && all.contains("全市首位"));
    assert!(all.contains("完成年度投资计划83.2%") && all.contains("序时进度 50%"));
}

#[wasm_bindgen_test]
async fn activating_a_card_reveals_its_source_sentence() {
    let root = mount_data(Lang::Zh, View::Cards).await;
    let source = root.query_selector(".shuka-source").unwrap().unwrap();
    assert!(source.has_attribute("hidden"));
    click(&root, ".shuka-source-toggle");
    yew::scheduler::flush().await;
    assert!(!source.has_attribute("hidden"));
    assert_eq!(text(&root, ".shuka-source mark"), "实现GDP307.3亿元");
    assert_eq!(text(&root, ".shuka-full"), "307.3亿元 = 30,730,000,000元");
    assert_eq!(
        root.query_selector(".shuka-source-toggle")
            .unwrap()
            .unwrap()
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    click(&root, ".shuka-source-toggle");
    yew::scheduler::flush().await;
    assert!(source.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn tabs_show_each_category() {
    let root = mount_data(Lang::Zh, View::Cards).await;
    click(&root, "#shuka-tab-5");
    yew::scheduler::flush().await;
    assert!(!root
        .query_selector("#shuka-panel-5")
        .unwrap()
        .unwrap()
        .has_attribute("hidden"));
    assert_eq!(
        root.query_selector_all(".shuka-grid:not([hidden]) .shuka-card")
            .unwrap()
            .length(),
        24,
        "民生保障 has 24 indicators"
    );
    assert_eq!(
        root.query_selector("#shuka-tab-5")
            .unwrap()
            .unwrap()
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn table_sorts_by_click_and_announces() {
    let root = mount_data(Lang::Zh, View::Table).await;
    let first = |root: &Element| text(root, "tbody tr th .shuka-row-name");
    assert!(
        first(&root).starts_with("其余16个新签约项目"),
        "largest amount first"
    );
    click(&root, "thead th:nth-child(4) button");
    yew::scheduler::flush().await;
    assert_eq!(
        first(&root),
        "郑裕院土合成生物项目",
        "smallest amount first"
    );
    let th = root
        .query_selector("thead th:nth-child(4)")
        .unwrap()
        .unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));
    assert!(text(&root, "[role=status]").starts_with("已按投资额(亿元)升序排列"));
    assert_eq!(text(&root, "tfoot td.shuka-num"), "396.43");
}

#[wasm_bindgen_test]
async fn sorting_and_filtering_move_rows_instead_of_rebuilding_them() {
    let root = mount_data(Lang::Zh, View::Table).await;
    let rows: Vec<Element> = {
        let list = root.query_selector_all("tbody tr").unwrap();
        (0..list.length())
            .map(|i| list.get(i).unwrap().unchecked_into())
            .collect()
    };
    click(&root, "thead th:nth-child(4) button");
    yew::scheduler::flush().await;
    assert!(
        rows.iter().all(|r| r.is_connected()),
        "a sort keeps every row element"
    );
    click(&root, ".shuka-filter-toggle");
    yew::scheduler::flush().await;
    click(&root, ".shuka-chip");
    yew::scheduler::flush().await;
    let shown = root.query_selector_all("tbody tr").unwrap().length();
    let kept = rows.iter().filter(|r| r.is_connected()).count();
    assert!(
        shown < 64 && kept as u32 == shown,
        "a filter keeps the rows it shows ({kept} of {shown})"
    );
}

#[wasm_bindgen_test]
async fn bad_inline_data_shows_a_message_with_the_path() {
    let root = mount(AppProps {
        source: Source::Inline(r#"{"schema": 1}"#.into()),
        lang: Lang::En,
        view: View::All,
        ..defaults()
    })
    .await;
    until(&root, "[role=alert]").await;
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("The data file has errors"), "{alert}");
    assert!(alert.contains("article"), "{alert}");
}

#[wasm_bindgen_test]
async fn loaded_data_renders_in_steps_cards_before_table() {
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    // What each render shows, recorded as it happens (a MutationObserver's callback runs
    // after every DOM change): the test's own yields race the widget's timers on a busy
    // machine, the record does not.
    let root = container();
    let seen: Rc<RefCell<Vec<(bool, bool, u32)>>> = Rc::default();
    let observer = {
        let (root, seen) = (root.clone(), seen.clone());
        Closure::<dyn FnMut()>::new(move || {
            let q = |sel: &str| root.query_selector_all(sel).unwrap().length();
            seen.borrow_mut()
                .push((q(".shuka-card") > 0, q("table") > 0, q(".shuka-row-name")));
        })
    };
    let mo = web_sys::MutationObserver::new(observer.as_ref().unchecked_ref()).unwrap();
    let init = web_sys::MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    mo.observe_with_options(&root, &init).unwrap();
    // When it says it is ready (a prerendered view is swapped out then): once, all rows in.
    let ready: Rc<RefCell<Vec<(bool, u32)>>> = Rc::default();
    let on_ready = {
        let (root, ready) = (root.clone(), ready.clone());
        yew::Callback::from(move |ok| {
            let rows = root.query_selector_all(".shuka-row-name").unwrap().length();
            ready.borrow_mut().push((ok, rows));
        })
    };
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            source: Source::Inline(shuka::DEFAULT_DATASET.into()),
            on_ready,
            ..defaults()
        },
    )
    .render();
    yew::scheduler::flush().await;
    // The mount's own task: only the loading line.
    assert!(root.query_selector("[role=status]").unwrap().is_some());
    assert!(root.query_selector(".shuka-card").unwrap().is_none());
    until(&root, ".shuka-card").await;
    let first = || root.query_selector(".shuka-row-name").unwrap();
    until(&root, ".shuka-row-name").await;
    let first_row = first().unwrap();
    until(&root, "tbody tr:nth-child(21)").await;
    mo.disconnect();
    let seen = seen.borrow();
    // Cards were shown while there was no table yet; the table arrived with its first 10
    // rows, and the rest came in a later render.
    assert!(
        seen.iter().any(|&(cards, table, _)| cards && !table),
        "{seen:?}"
    );
    let first_table = seen.iter().find(|s| s.1).expect("a table");
    assert_eq!(first_table.2, 10, "{seen:?}");
    assert_eq!(seen.last().map(|s| s.2), Some(32));
    assert!(
        first_row.is_connected(),
        "the first rows are kept, not rebuilt"
    );
    assert!(root.query_selector(".shuka-more").unwrap().is_none());
    yew::scheduler::flush().await;
    assert_eq!(*ready.borrow(), [(true, 32)]);
}

#[wasm_bindgen_test]
async fn a_failed_load_reports_it_is_not_ready() {
    let ready: Rc<std::cell::RefCell<Vec<bool>>> = Rc::default();
    let on_ready = {
        let ready = ready.clone();
        yew::Callback::from(move |ok| ready.borrow_mut().push(ok))
    };
    let root = mount(AppProps {
        source: Source::Inline("{".into()),
        on_ready,
        ..defaults()
    })
    .await;
    until(&root, "[role=alert]").await;
    yew::scheduler::flush().await;
    assert_eq!(*ready.borrow(), [false]);
}

#[wasm_bindgen_test]
async fn english_mode_reads_english_units() {
    let root = mount_data(Lang::En, View::Cards).await;
    assert_eq!(text(&root, ".shuka-card .shuka-value"), "CNY 30.73 bn");
    assert_eq!(
        text(&root, ".shuka-card .shuka-change"),
        "▲ up 3.1% year on year"
    );
}

#[wasm_bindgen_test]
async fn each_card_is_described_by_its_generated_sentence() {
    let root = mount_data(Lang::Zh, View::Cards).await;
    let card = root.query_selector(".shuka-card").unwrap().unwrap();
    let desc = card.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        text(&root, &format!("#{desc}")),
        "2024年上半年，郑州高新区地区生产总值307.3亿元，同比增长3.1%。"
    );
}

#[wasm_bindgen_test]
async fn escape_closes_an_open_source() {
    let root = mount_data(Lang::Zh, View::Cards).await;
    click(&root, ".shuka-source-toggle");
    yew::scheduler::flush().await;
    let source = root.query_selector(".shuka-source").unwrap().unwrap();
    assert!(!source.has_attribute("hidden"));
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    root.query_selector(".shuka-source-toggle")
        .unwrap()
        .unwrap()
        .dispatch_event(&esc)
        .unwrap();
    yew::scheduler::flush().await;
    assert!(source.has_attribute("hidden"));
}

fn input(root: &Element, sel: &str, value: &str) {
    let el: web_sys::HtmlInputElement = root.query_selector(sel).unwrap().unwrap().unchecked_into();
    el.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn rows(root: &Element) -> u32 {
    root.query_selector_all("tbody tr th").unwrap().length()
}

#[wasm_bindgen_test]
async fn filters_search_empty_state_and_clear() {
    let root = mount_data(Lang::Zh, View::Table).await;
    assert_eq!(rows(&root), 32);
    click(&root, ".shuka-chips:first-child .shuka-chip:first-child"); // 签约
    yew::scheduler::flush().await;
    assert_eq!(rows(&root), 5);
    assert_eq!(
        root.query_selector(".shuka-chip")
            .unwrap()
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    input(&root, "input[type=search]", "金刚石");
    yew::scheduler::flush().await;
    assert_eq!(rows(&root), 1);
    input(&root, "input[type=search]", "医院");
    yew::scheduler::flush().await;
    assert_eq!(rows(&root), 0);
    assert!(text(&root, ".shuka-empty").contains("没有符合条件的项目"));
    click(&root, ".shuka-empty button");
    yew::scheduler::flush().await;
    assert_eq!(rows(&root), 32);
}

#[wasm_bindgen_test]
async fn the_table_starts_from_and_reports_its_query() {
    use shuka::table::{Column, Order, SortBy, TableQuery};
    use std::cell::RefCell;
    let seen: Rc<RefCell<Vec<TableQuery>>> = Rc::default();
    let initial = TableQuery {
        sort: SortBy {
            column: Column::Amount,
            order: Order::Asc,
        },
        ..Default::default()
    };
    let root = mount(AppProps {
        source: Source::Data(dataset()),
        view: View::Table,
        table_query: initial.clone(),
        on_table_change: {
            let seen = seen.clone();
            yew::Callback::from(move |q| seen.borrow_mut().push(q))
        },
        ..defaults()
    })
    .await;
    assert_eq!(
        text(&root, "tbody tr th .shuka-row-name"),
        "郑裕院土合成生物项目",
        "restored ascending order"
    );
    click(&root, "thead th:nth-child(4) button");
    yew::scheduler::flush().await;
    assert_eq!(seen.borrow().last().unwrap().sort, SortBy::default());
}

#[wasm_bindgen_test]
async fn the_reader_switches_language_without_reloading() {
    let root = mount_data(Lang::Zh, View::All).await;
    assert_eq!(text(&root, ".shuka-card .shuka-value"), "307.3亿元");
    click(&root, ".shuka-lang");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".shuka-card .shuka-value"), "CNY 30.73 bn");
    assert_eq!(text(&root, "caption"), "Projects named in the report");
    assert_eq!(text(&root, ".shuka-lang"), "中文");
}

/// A report with no projects, drafted from another city's text: the widget names only
/// figures, shows no table and no empty tab, and English without a translation falls back
/// to the Chinese, marked as Chinese.
#[wasm_bindgen_test]
async fn a_drafted_report_without_projects_shows_only_its_figures() {
    let report = "前三季度，全县实现地区生产总值286.42亿元，同比增长7.3%。\n城西港完成滚装汽车运量36.5万标箱，增长12.4%。";
    let mut draft = shuka::draft::draft(report);
    assert!(draft.dataset.projects.is_empty());
    // A period an editor has not translated.
    draft.dataset.periods[0].label.en = "".into();
    let root = mount(AppProps {
        source: Source::Data(draft.dataset.into()),
        lang: Lang::En,
        ..defaults()
    })
    .await;
    until(&root, ".shuka-card").await;
    assert_eq!(text(&root, ".shuka-kicker"), "Key figures");
    assert!(root.query_selector("table").unwrap().is_none());
    let tabs = root.query_selector_all("[role=tab]").unwrap();
    for i in 0..tabs.length() {
        let count = tabs.item(i).unwrap().text_content().unwrap();
        assert!(!count.ends_with('0'), "an empty tab: {count}");
    }
    let labels: Vec<(String, Option<String>)> = {
        let all = root.query_selector_all(".shuka-card-label").unwrap();
        (0..all.length())
            .map(|i| {
                let el: Element = all.item(i).unwrap().dyn_into().unwrap();
                (el.text_content().unwrap(), el.get_attribute("lang"))
            })
            .collect()
    };
    assert!(labels.contains(&("GDP".to_string(), None)), "{labels:?}");
    assert!(
        labels.contains(&("滚装汽车运量".to_string(), Some("zh-CN".to_string()))),
        "{labels:?}"
    );
    // A period drafted without English is shown in Chinese, marked as such.
    let period = root
        .query_selector(".shuka-card-period [lang]")
        .unwrap()
        .expect("the period's label");
    assert_eq!(period.get_attribute("lang").as_deref(), Some("zh-CN"));
    let values = root.query_selector_all(".shuka-value").unwrap();
    let values: Vec<String> = (0..values.length())
        .map(|i| values.item(i).unwrap().text_content().unwrap())
        .collect();
    assert!(values.contains(&"365,000 TEU".to_string()), "{values:?}");
}

/// A `[data-shuka]` host in the page with `attrs`, and a `<script>` child of `script_type`.
fn host(attrs: &[(&str, &str)], script_type: Option<&str>) -> Element {
    let doc = gloo::utils::document();
    let host = doc.create_element("div").unwrap();
    host.set_attribute("data-shuka", "").unwrap();
    for (k, v) in attrs {
        host.set_attribute(k, v).unwrap();
    }
    if let Some(t) = script_type {
        let script = doc.create_element("script").unwrap();
        script.set_attribute("type", t).unwrap();
        script.set_text_content(Some(shuka::DEFAULT_DATASET));
        host.append_child(&script).unwrap();
    }
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

/// The element a mounted widget renders into, inside `host`'s shadow root.
fn shadow_child(host: &Element) -> Element {
    host.shadow_root()
        .unwrap()
        .query_selector(".shuka-host")
        .unwrap()
        .unwrap()
}

#[wasm_bindgen_test]
async fn an_empty_data_src_or_a_mistyped_inline_script_is_an_error_not_the_default() {
    let cases: [(&[(&str, &str)], Option<&str>, &str); 4] = [
        (&[("data-src", " ")], None, "data-src: is empty"),
        (
            &[],
            Some("text/json"),
            "<script type=\"text/json\">: inline data needs",
        ),
        (
            &[],
            Some("application/JSON"),
            "<script type=\"application/JSON\">",
        ),
        (&[], Some(""), "<script type=\"\">"),
    ];
    for (attrs, script, expected) in cases {
        let host = host(attrs, script);
        // The default would load (a dataset with no article): it must not be used.
        let _app = shuka::embed::mount(&host, "data:application/json,{}", None, None);
        let root = shadow_child(&host);
        until(&root, "[role=alert]").await;
        let alert = text(&root, "[role=alert]");
        assert!(alert.contains("嵌入代码有误"), "{alert}");
        assert!(alert.contains(expected), "{expected} in {alert}");
        host.remove();
    }
    // Exactly application/json is still read.
    let host = host(&[], Some("application/json"));
    let _app = shuka::embed::mount(&host, "data:application/json,{}", None, None);
    let root = shadow_child(&host);
    until(&root, ".shuka-card").await;
    host.remove();
}

#[wasm_bindgen_test]
async fn rows_with_ids_x_and_x_source_keep_distinct_keys() {
    let mut data = (*dataset()).clone();
    let mut projects = data.projects.to_vec();
    projects[0].id = "x".into();
    projects[1].id = "x/source".into();
    data.projects = projects;
    let root = mount(AppProps {
        source: Source::Data(data.into()),
        view: View::Table,
        ..defaults()
    })
    .await;
    for _ in 0..2 {
        click(&root, "thead th:nth-child(1) button");
        yew::scheduler::flush().await;
    }
    let rows = root.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length(), 64, "every project's row and source row");
    // Each source row follows its own project's row.
    for i in (0..rows.length()).step_by(2) {
        let row: Element = rows.get(i).unwrap().unchecked_into();
        let detail: Element = rows.get(i + 1).unwrap().unchecked_into();
        let controls = row
            .query_selector(".shuka-row-toggle")
            .unwrap()
            .unwrap()
            .get_attribute("aria-controls");
        assert_eq!(controls, Some(detail.id()), "row {i}");
    }
}

/// The browser's decoder (JSON.parse) rejects what shuka-check (serde_json) rejects, with
/// the same message (tests/robustness.rs has the native side).
#[wasm_bindgen_test]
fn the_browser_rejects_what_the_checker_rejects() {
    let example = include_str!("../docs/example.json");
    let with_extra = |v: &str| example.replacen('{', &format!("{{\"extra\": {v},"), 1);
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    for (value, message) in [
        (
            r#""\uD800""#.to_string(),
            "a string holds a lone surrogate \\uD800 (at byte 11)",
        ),
        (
            r#""x\uDC00""#.into(),
            "a string holds a lone surrogate \\uDC00 (at byte 12)",
        ),
        (
            "1e400".into(),
            "the number 1e400 is out of range (at byte 10)",
        ),
        (
            "-1e999".into(),
            "the number -1e999 is out of range (at byte 10)",
        ),
        (
            nest(127),
            "lists and objects nest deeper than 127 (at byte 136)",
        ),
    ] {
        assert_eq!(
            shuka::parse::parse_dataset(&with_extra(&value)).err(),
            Some(shuka::error::DataError::NotJson(message.into())),
            "{value}"
        );
    }
    assert!(shuka::parse::parse_dataset(&with_extra(&nest(126))).is_ok());
    assert!(shuka::parse::parse_dataset(&with_extra("1e308")).is_ok());
}

/// A right-to-left override in a name or label cannot reorder the text around it: every
/// name and label from the data is in its own `<bdi>`.
#[wasm_bindgen_test]
async fn names_and_labels_are_bidi_isolated() {
    let mut data = (*dataset()).clone();
    data.projects[0].name.zh = "\u{202E}园区".into();
    data.project_categories[0].label.zh = "\u{202E}类别".into();
    data.categories[0].label.zh = "\u{202E}经济".into();
    let root = mount(AppProps {
        source: Source::Data(data.into()),
        ..defaults()
    })
    .await;
    click(&root, ".shuka-filter-toggle");
    yew::scheduler::flush().await;
    let isolated = root.query_selector_all("bdi").unwrap();
    let texts: Vec<String> = (0..isolated.length())
        .map(|i| isolated.get(i).unwrap().text_content().unwrap())
        .collect();
    // (A card label is a heading of its own: nothing else is in its paragraph to reorder.)
    for text in ["\u{202E}园区", "\u{202E}类别", "\u{202E}经济"] {
        assert!(texts.iter().any(|t| t == text), "{text:?} not isolated");
    }
    // Nothing with an override sits outside a <bdi>.
    let all = root
        .query_selector_all(".shuka-tab, .shuka-chip, .shuka-row-name, .shuka-cat")
        .unwrap();
    for i in 0..all.length() {
        let el: Element = all.get(i).unwrap().unchecked_into();
        let outside: String = el.text_content().unwrap().replace(
            &el.query_selector("bdi")
                .unwrap()
                .and_then(|b| b.text_content())
                .unwrap_or_default(),
            "",
        );
        assert!(!outside.contains('\u{202E}'), "{outside:?}");
    }
}

/// On a page without `navigator.clipboard` (plain http), 复制 says it cannot copy instead of
/// throwing out of the wasm.
#[wasm_bindgen_test]
async fn copy_without_a_clipboard_says_so_quietly() {
    let navigator = gloo::utils::window().navigator();
    let undefined = js_sys::Object::new();
    js_sys::Reflect::set(
        &undefined,
        &"value".into(),
        &wasm_bindgen::JsValue::UNDEFINED,
    )
    .unwrap();
    js_sys::Reflect::set(&undefined, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &undefined);
    let root = mount_data(Lang::Zh, View::Cards).await;
    click(&root, ".shuka-copy");
    shuka::fetch::next_task().await;
    yew::scheduler::flush().await;
    js_sys::Reflect::delete_property(&navigator, &"clipboard".into()).unwrap();
    assert_eq!(text(&root, ".shuka-copied"), "无法复制，请选中文字复制");
}

/// A data request that never answers ends in a message, not an endless 正在载入.
#[wasm_bindgen_test]
async fn a_data_request_without_an_answer_times_out_with_a_message() {
    let never = js_sys::Promise::new(&mut |_, _| {});
    let started = shuka::fetch::Started(Rc::new(never));
    let result =
        shuka::fetch::fetch_text_within("https://example.test/d.json", Some(started), 0).await;
    assert_eq!(
        result,
        Err(shuka::error::DataError::Fetch {
            url: "https://example.test/d.json".into(),
            reason: "no answer within 0 s".into()
        })
    );
}

#[path = "common/fuzz.rs"]
mod fuzz;

/// The wasm decoder (JSON.parse) on the native fuzz's inputs: no trap, and the same outcome
/// for every input as serde_json's (tests/robustness.rs holds the same digest).
#[wasm_bindgen_test]
fn the_browser_decoder_agrees_with_the_checker_on_a_mutation_fuzz() {
    let example = include_str!("../docs/example.json");
    assert_eq!(fuzz::digest(example, 600), (12598419567094282028, 80));
}
