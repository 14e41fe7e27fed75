//! Where a widget's dataset comes from and its life while it loads: the `use_dataset` hook.
//! The live widget, the editor's preview and the tests all load through it; the prerenderer
//! starts from [`Source::Data`], which is ready at the first render (effects never run there).

use crate::data::Shared;
use crate::error::DataError;
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
    /// Already parsed (the editor's preview, tests, prerendering).
    Data(Shared),
    /// No data: the embed code is wrong, and the widget says so instead of showing defaults.
    Error(DataError),
}

/// Loading, ready or failed: the whole life of a widget's data.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Loading,
    Ready(Shared),
    Failed(DataError),
}

/// How much of the table is rendered while data arrives: nothing yet, its first rows, all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stage {
    Later,
    FirstRows,
    Full,
}

/// A widget's data and how much of its table to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub load: Load,
    pub table: Stage,
}

/// What the load effect reports.
pub enum Step {
    Load(Load, Stage),
    Table(Stage),
}

impl Reducible for Loaded {
    type Action = Step;
    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        Rc::new(match step {
            Step::Load(load, table) => Loaded { load, table },
            Step::Table(table) => Loaded {
                load: self.load.clone(),
                table,
            },
        })
    }
}

/// Loads `source` (again whenever it changes) and returns its state. Data already parsed is
/// ready at once; a URL or inline text is parsed in pieces, a task each, then shown in
/// stages when `staged` (the cards, the table's first rows, the rest: no render blocks a
/// phone; docs/PERFORMANCE.md).
#[hook]
pub fn use_dataset(source: &Source, staged: bool) -> Loaded {
    let state = use_reducer(|| Loaded {
        load: match source {
            Source::Data(d) => Load::Ready(d.clone()),
            _ => Load::Loading,
        },
        table: Stage::Full,
    });
    let d = state.dispatcher();
    use_effect_with(source.clone(), move |source| match source.clone() {
        Source::Data(data) => d.dispatch(Step::Load(Load::Ready(data), Stage::Full)),
        Source::Error(e) => d.dispatch(Step::Load(into_load(Err(e)), Stage::Full)),
        source => {
            d.dispatch(Step::Load(Load::Loading, Stage::Full));
            wasm_bindgen_futures::spawn_local(async move {
                let result = match source {
                    Source::Url { url, started } => {
                        match crate::fetch::fetch_text(&url, started).await {
                            Ok(t) => parse_in_tasks(&t).await,
                            Err(e) => Err(e),
                        }
                    }
                    Source::Inline(text) => parse_in_tasks(&text).await,
                    Source::Data(_) | Source::Error(_) => return,
                };
                crate::fetch::next_task().await;
                let staged = result.is_ok() && staged;
                let table = if staged { Stage::Later } else { Stage::Full };
                d.dispatch(Step::Load(into_load(result), table));
                if staged {
                    for stage in [Stage::FirstRows, Stage::Full] {
                        crate::fetch::next_task().await;
                        d.dispatch(Step::Table(stage));
                    }
                }
            });
        }
    });
    (*state).clone()
}

/// Parses in pieces, a task each (docs/PERFORMANCE.md: a 4 MB file loading beside another widget).
async fn parse_in_tasks(text: &str) -> Result<Shared, DataError> {
    crate::parse::parse_shared_in_tasks(text, crate::fetch::next_task).await
}

/// The load state for a parse result; a failure is logged once, with all its details
/// (called from effects only, never from render).
fn into_load(r: Result<Shared, DataError>) -> Load {
    match r {
        Ok(d) => Load::Ready(d),
        Err(e) => {
            gloo::console::error!(format!("shuka: {e}"));
            Load::Failed(e)
        }
    }
}
