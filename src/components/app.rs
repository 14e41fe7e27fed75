//! The widget root: loads the dataset (`load::use_dataset`), then shows cards and table.

use super::cards::Cards;
use super::load::{use_dataset, Load, Source, Stage};
use super::table::ProjectTable;
use super::View;
use crate::data::Lang;
use crate::error::DataError;
use crate::table::TableQuery;
use crate::ui;
use std::rc::Rc;
use yew::prelude::*;

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
    /// Called once the data has loaded and every part has rendered (`true`), or has failed
    /// (`false`): the embed then takes over from a prerendered view (`crate::render`).
    #[prop_or_default]
    pub on_ready: Callback<bool>,
    /// The widget's number for fault reports (`crate::fault`); 0: none.
    #[prop_or_default]
    pub widget: u32,
}

/// Rows the table renders in its first task while data arrives.
const FIRST_ROWS: usize = 10;

/// The reader's language: the one piece of state of the widget root.
#[derive(Clone, Copy, PartialEq)]
struct Language(Lang);

impl Reducible for Language {
    type Action = ();
    /// The other language.
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Language(match self.0 {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }))
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    crate::fault::enter(props.widget);
    let loaded = use_dataset(&props.source, props.view == View::All);
    // The reader can switch language in the widget; it starts from the embed's choice.
    let lang = use_reducer(|| Language(props.lang));
    let switch = {
        let d = lang.dispatcher();
        Callback::from(move |_| d.dispatch(()))
    };
    let lang = lang.0;
    {
        let settled = match &loaded.load {
            Load::Loading => None,
            Load::Ready(_) => (loaded.table == Stage::Full).then_some(true),
            Load::Failed(_) => Some(false),
        };
        let on_ready = props.on_ready.clone();
        use_effect_with(settled, move |s| {
            if let Some(ok) = *s {
                on_ready.emit(ok)
            }
        });
    }
    let (other, other_tag) = ui::other_language(lang);
    let body = match &loaded.load {
        Load::Loading => {
            html! { <p class="shuka-status" role="status">{ ui::LOADING.get(lang) }</p> }
        }
        Load::Failed(e) => error_box(e, lang),
        Load::Ready(data) => html! {
            <>
                if props.view != View::Table { <Cards data={data.clone()} {lang} widget={props.widget} /> }
                if props.view != View::Cards && loaded.table != Stage::Later && !data.projects.is_empty() {
                    <ProjectTable data={data.clone()} {lang} widget={props.widget} initial={props.table_query.clone()}
                        first_rows={(loaded.table == Stage::FirstRows).then_some(FIRST_ROWS)}
                        on_change={props.on_table_change.clone()} on_download={props.on_download.clone()} />
                }
            </>
        },
    };
    let region = ui::region(
        match &loaded.load {
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
