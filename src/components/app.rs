//! The widget root: loads the dataset (in an effect), then shows cards and table.

use super::cards::Cards;
use super::table::ProjectTable;
use super::View;
use crate::data::{Dataset, Lang};
use crate::error::DataError;
use crate::table::TableQuery;
use crate::ui;
use std::rc::Rc;
use yew::prelude::*;

/// Where the dataset comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Fetch JSON from `url`; `started` is that request already under way.
    Url {
        url: AttrValue,
        started: Option<crate::fetch::Started>,
    },
    /// JSON text given inline by the page.
    Inline(AttrValue),
    /// Already parsed (tests, prerendering).
    Data(Rc<Dataset>),
    /// No data: the embed code is wrong, and the widget says so instead of showing defaults.
    Error(DataError),
}

/// Loading, ready or failed: the whole life of a widget's data.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Loading,
    Ready(Rc<Dataset>),
    Failed(DataError),
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub source: Source,
    #[prop_or_default]
    pub lang: Lang,
    #[prop_or_default]
    pub view: View,
    /// The widget region's accessible name (unique per page); `None` uses the default.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The table's starting choices (the embed restores them from the URL).
    #[prop_or_default]
    pub table_query: TableQuery,
    /// Called with the table's choices when they change.
    #[prop_or_default]
    pub on_table_change: Callback<TableQuery>,
    /// Called with a CSV text the reader asked to download.
    #[prop_or_default]
    pub on_download: Callback<String>,
    /// The widget's number for fault reports (`crate::fault`); 0: none.
    #[prop_or_default]
    pub widget: u32,
}

/// How much of the table is rendered while data arrives: nothing yet, its first rows, all.
#[derive(Clone, Copy, PartialEq)]
pub enum Stage {
    Later,
    FirstRows,
    Full,
}

/// Rows the table renders in its first task while data arrives.
const FIRST_ROWS: usize = 10;

/// The widget's own state: its data, how much of the table is rendered, the reader's language.
#[derive(Clone, PartialEq)]
pub struct AppState {
    load: Load,
    table: Stage,
    lang: Lang,
}

pub enum AppAction {
    /// Data loaded or failed, and how much of the table to render with it.
    Load(Load, Stage),
    Table(Stage),
    SwitchLang,
}

impl Reducible for AppState {
    type Action = AppAction;
    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            AppAction::Load(load, table) => (s.load, s.table) = (load, table),
            AppAction::Table(table) => s.table = table,
            AppAction::SwitchLang => {
                s.lang = match s.lang {
                    Lang::Zh => Lang::En,
                    Lang::En => Lang::Zh,
                }
            }
        }
        Rc::new(s)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    crate::fault::enter(props.widget);
    let state = use_reducer(|| AppState {
        load: match &props.source {
            Source::Data(d) => Load::Ready(d.clone()),
            _ => Load::Loading,
        },
        table: Stage::Full,
        // The reader can switch language in the widget; it starts from the embed's choice.
        lang: props.lang,
    });
    {
        let d = state.dispatcher();
        let view = props.view;
        use_effect_with(props.source.clone(), move |source| match source.clone() {
            Source::Data(data) => d.dispatch(AppAction::Load(Load::Ready(data), Stage::Full)),
            Source::Error(e) => d.dispatch(AppAction::Load(into_load(Err(e)), Stage::Full)),
            source => {
                d.dispatch(AppAction::Load(Load::Loading, Stage::Full));
                wasm_bindgen_futures::spawn_local(async move {
                    let result = match source {
                        // Parsed in pieces, each a task: a big file never stalls the page.
                        Source::Url { url, started } => {
                            match crate::fetch::fetch_text(&url, started).await {
                                Ok(t) => parse_in_tasks(&t).await,
                                Err(e) => Err(e),
                            }
                        }
                        Source::Inline(text) => parse_in_tasks(&text).await,
                        Source::Data(_) | Source::Error(_) => return,
                    };
                    // Parsing, the cards, the table's first rows, the rest: four tasks, so no
                    // render blocks a phone (docs/PERFORMANCE.md).
                    crate::fetch::next_task().await;
                    let staged = result.is_ok() && view == View::All;
                    let table = if staged { Stage::Later } else { Stage::Full };
                    d.dispatch(AppAction::Load(into_load(result), table));
                    if staged {
                        // The table's first rows, then the rest: each a task of its own.
                        for stage in [Stage::FirstRows, Stage::Full] {
                            crate::fetch::next_task().await;
                            d.dispatch(AppAction::Table(stage));
                        }
                    }
                });
            }
        });
    }
    let lang = state.lang;
    let switch = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(AppAction::SwitchLang))
    };
    let (other, other_tag) = ui::other_language(lang);
    let body = match &state.load {
        Load::Loading => {
            html! { <p class="shuka-status" role="status">{ ui::LOADING.get(lang) }</p> }
        }
        Load::Failed(e) => error_box(e, lang),
        Load::Ready(data) => html! {
            <>
                if props.view != View::Table { <Cards data={data.clone()} {lang} widget={props.widget} /> }
                if props.view != View::Cards && state.table != Stage::Later && !data.projects.is_empty() {
                    <ProjectTable data={data.clone()} {lang} widget={props.widget} initial={props.table_query.clone()}
                        first_rows={(state.table == Stage::FirstRows).then_some(FIRST_ROWS)}
                        on_change={props.on_table_change.clone()} on_download={props.on_download.clone()} />
                }
            </>
        },
    };
    let region = ui::region(
        match &state.load {
            Load::Ready(d) => Some(d),
            _ => None,
        },
        lang,
    );
    html! {
            <section class="shuka" lang={if lang == Lang::Zh { "zh-CN" } else { "en" }} aria-label={props.label.clone().unwrap_or_else(|| region.into())}>
                <div class="shuka-bar-top">
                    <h2 class="shuka-kicker">{ region }</h2>
                    <button type="button" class="shuka-lang" lang={other_tag} onclick={switch}>{ other }</button>
                </div>
                { body }
            </section>
    }
}

/// Parses in pieces, a task each (docs/PERFORMANCE.md: a 4 MB file loading beside another widget).
async fn parse_in_tasks(text: &str) -> Result<Rc<Dataset>, DataError> {
    crate::parse::parse_shared_in_tasks(text, crate::fetch::next_task).await
}

/// The load state for a parse result; a failure is logged once, with all its details
/// (called from effects only, never from render).
fn into_load(r: Result<Rc<Dataset>, DataError>) -> Load {
    match r {
        Ok(d) => Load::Ready(d),
        Err(e) => {
            gloo::console::error!(format!("shuka: {e}"));
            Load::Failed(e)
        }
    }
}

/// A short message in the reader's language, with the field paths for data errors. A plain
/// function: it has no state of its own.
fn error_box(error: &DataError, lang: Lang) -> Html {
    let issues = error.issues();
    let summary = ui::error_summary(error, lang);
    html! {
        <div class="shuka-error" role="alert">
            <p class="shuka-error-title">{ ui::FAILED.get(lang) }</p>
            <p>{ summary }</p>
            if !issues.is_empty() {
                <ul>
                    for issue in issues.iter().take(5) {
                        <li><code>{ issue.path.clone() }</code>{ ": " }{ issue.problem.clone() }</li>
                    }
                    if issues.len() > 5 { <li>{ format!("… +{}", issues.len() - 5) }</li> }
                </ul>
            }
        </div>
    }
}
