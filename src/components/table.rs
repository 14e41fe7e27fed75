//! The project table: sortable columns, status and category filters, search, CSV, a
//! reconciled total, and the first rows only until the reader asks for all.

use crate::collate;
use crate::data::{Dataset, Lang, Shared, Status};
use crate::format;
use crate::table::{category_label, sort_rows, Column, Order, Ranks, Summary, TableQuery};
use crate::ui;
use std::rc::Rc;
use yew::prelude::*;

/// Rows shown before "显示全部": enough for any one report, bounded for generated data.
pub const PAGE: usize = 50;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableState {
    pub query: TableQuery,
    /// Set once the reader has sorted or filtered, so the live region only speaks after an action.
    pub announced: bool,
    pub show_all: bool,
    /// The filter chips are shown (a phone would otherwise scroll past 20 chips first).
    pub filters_open: bool,
    /// Rows whose source sentence is open.
    pub open: Vec<Rc<str>>,
}

#[derive(Clone)]
pub enum TableAction {
    Sort(Column),
    ToggleStatus(Status),
    ToggleCategory(Rc<str>),
    Search(String),
    Clear,
    ShowAll,
    ToggleRow(Rc<str>),
    CloseRows,
    ToggleFilters,
}

/// A click handler that sends `action`: one closure type for every button of the table.
fn send(state: &UseReducerHandle<TableState>, action: TableAction) -> Callback<MouseEvent> {
    let d = state.dispatcher();
    Callback::from(move |_| d.dispatch(action.clone()))
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

impl Reducible for TableState {
    type Action = TableAction;
    fn reduce(self: Rc<Self>, action: TableAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let f = &mut s.query.filter;
        match action {
            TableAction::Sort(c) => s.query.sort = s.query.sort.toggled(c),
            TableAction::ToggleStatus(st) => toggle(&mut f.statuses, st),
            TableAction::ToggleCategory(c) => toggle(&mut f.categories, c),
            TableAction::Search(q) => f.query = q,
            TableAction::Clear => *f = Default::default(),
            TableAction::ShowAll => s.show_all = true,
            TableAction::ToggleRow(id) => {
                toggle(&mut s.open, id);
                return Rc::new(s);
            }
            TableAction::ToggleFilters => {
                s.filters_open = !s.filters_open;
                return Rc::new(s);
            }
            TableAction::CloseRows => {
                s.open.clear();
                return Rc::new(s);
            }
        }
        s.announced = true;
        Rc::new(s)
    }
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub data: Shared,
    pub lang: Lang,
    /// The widget's number for fault reports.
    #[prop_or_default]
    pub widget: u32,
    /// The reader's choices to start from (e.g. restored from the URL).
    #[prop_or_default]
    pub initial: TableQuery,
    /// Emits the reader's choices whenever they change (e.g. to keep them in the URL).
    #[prop_or_default]
    pub on_change: Callback<TableQuery>,
    /// Emits a CSV text to download.
    #[prop_or_default]
    pub on_download: Callback<String>,
    /// While data arrives, render only this many rows (the rest come a task later).
    #[prop_or_default]
    pub first_rows: Option<usize>,
}

#[component]
pub fn ProjectTable(props: &TableProps) -> Html {
    crate::fault::enter(props.widget);
    let lang = props.lang;
    let state = use_reducer({
        let initial = props.initial.clone();
        // Chips restored from the URL are shown, so the reader sees what filters the rows.
        let filters_open =
            !initial.filter.statuses.is_empty() || !initial.filter.categories.is_empty();
        move || TableState {
            query: initial,
            filters_open,
            ..Default::default()
        }
    });
    let data = &props.data;
    // Collation ranks: once per dataset and language, not per comparison, and only once a
    // text column sorts (the first zh-CN Intl.Collator costs ~10 ms on a phone's first paint).
    let ranks = use_memo((data.clone(), lang), |_| {
        std::cell::OnceCell::<Ranks>::new()
    });
    // The rows the reader's choices give, once per dataset, language and choices: a table
    // rendered in stages (first rows, then all) filters and sorts 9,000 projects once.
    let rows = use_memo((data.clone(), lang, state.query.clone()), {
        let ranks = ranks.clone();
        move |(data, lang, q): &(Shared, Lang, TableQuery)| {
            let lang = *lang;
            let by_text = matches!(q.sort.column, Column::Name | Column::Category);
            let ranks = by_text.then(|| {
                ranks.get_or_init(|| Ranks::new(data, lang, &|a, b| collate::compare(a, b, lang)))
            });
            let mut rows: Vec<usize> = (0..data.projects.len())
                .filter(|&i| q.filter.fits(&data.projects[i]))
                .collect();
            sort_rows(&mut rows, &data.projects, q.sort, ranks);
            rows
        }
    });
    let summary = use_memo(data.clone(), |data| Summary::of(data));
    {
        let on_change = props.on_change.clone();
        use_effect_with(state.query.clone(), move |q| on_change.emit(q.clone()));
    }
    let q = &state.query;
    let total_rows = rows.len();
    let limit = if state.show_all { total_rows } else { PAGE };
    let shown = &rows[..total_rows.min(limit).min(props.first_rows.unwrap_or(limit))];
    let max = summary.max_amount;
    let announcement = if state.announced {
        ui::sorted(
            ui::column(q.sort.column, lang),
            q.sort.order == Order::Asc,
            total_rows,
            lang,
        )
    } else {
        String::new()
    };
    let ondownload = {
        let (data, rows, cb) = (data.clone(), rows.clone(), props.on_download.clone());
        Callback::from(move |_| {
            cb.emit(crate::table::csv(&data, &rows, lang, &|s| {
                ui::status(s, lang)
            }))
        })
    };
    let on_escape = {
        let s = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !s.open.is_empty() {
                s.dispatch(TableAction::CloseRows);
            }
        })
    };
    let on_row_toggle = {
        let s = state.clone();
        Callback::from(move |id| s.dispatch(TableAction::ToggleRow(id)))
    };
    let body = shown.iter().flat_map(|&i| {
        rows_of(
            data,
            i,
            lang,
            max,
            state.open.contains(&data.projects[i].id),
            &on_row_toggle,
        )
    });
    html! {
        <div class="shuka-table-wrap" onkeydown={on_escape}>
            { render_filters(data, &summary, &state, lang, ondownload) }
            <p class="shuka-visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            <table class="shuka-table">
                <caption>{ ui::TABLE_CAPTION.get(lang) }</caption>
                { render_header(&state, lang) }
                // Every child of the body keyed (the empty state too): then Yew moves rows
                // on a sort or filter instead of rebuilding every row from the first change.
                <tbody>
                    { for body }
                    { for rows.is_empty().then(|| render_empty(&state, lang)) }
                </tbody>
                { render_total(&summary, lang) }
            </table>
            if shown.len() < total_rows && props.first_rows.is_none() {
                <button type="button" class="shuka-more" onclick={send(&state, TableAction::ShowAll)}>
                    { ui::show_all(total_rows, lang) }
                </button>
            }
        </div>
    }
}

/// The search box, the filter toggle with the count of chosen filters, the download button,
/// and the chips by status and by category (only the ones some project has).
fn render_filters(
    data: &Dataset,
    summary: &Summary,
    state: &UseReducerHandle<TableState>,
    lang: Lang,
    ondownload: Callback<MouseEvent>,
) -> Html {
    let q = &state.query;
    let oninput = {
        let s = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            s.dispatch(TableAction::Search(input.value()));
        })
    };
    let chip = |label: String, count: usize, pressed: bool, onclick: Callback<MouseEvent>| {
        html! {
            <button type="button" class="shuka-chip" aria-pressed={pressed.to_string()} {onclick}>
                <bdi>{ label }</bdi><span class="shuka-count">{ count }</span>
            </button>
        }
    };
    let status_chips = summary
        .statuses
        .iter()
        .filter(|&&(_, count)| count > 0)
        .map(|&(st, count)| {
            chip(
                ui::status(st, lang).into(),
                count,
                q.filter.statuses.contains(&st),
                send(state, TableAction::ToggleStatus(st)),
            )
        });
    let category_chips = data
        .project_categories
        .iter()
        .zip(&summary.categories)
        .filter(|&(_, &count)| count > 0)
        .map(|(c, &count)| {
            chip(
                c.label.get(lang).into(),
                count,
                q.filter.categories.contains(&c.id),
                send(state, TableAction::ToggleCategory(c.id.clone())),
            )
        });
    let chosen = q.filter.statuses.len() + q.filter.categories.len();
    html! {
        <div class="shuka-filters">
            <div class="shuka-filter-row">
                <label class="shuka-search">
                    <span class="shuka-visually-hidden">{ ui::SEARCH.get(lang) }</span>
                    <input type="search" placeholder={ui::SEARCH.get(lang)} value={q.filter.query.clone()} {oninput} />
                </label>
                <button type="button" class="shuka-filter-toggle" aria-expanded={state.filters_open.to_string()}
                    aria-controls="shuka-filter-panel" onclick={send(state, TableAction::ToggleFilters)}>
                    { ui::FILTERS.get(lang) }
                    if chosen > 0 { <span class="shuka-count">{ chosen }</span> }
                </button>
                <button type="button" class="shuka-download" onclick={ondownload}>{ ui::DOWNLOAD.get(lang) }</button>
            </div>
            <div class="shuka-filter-panel" id="shuka-filter-panel" hidden={!state.filters_open}>
                <div class="shuka-chips" role="group" aria-label={ui::COL_STATUS.get(lang)}>{ for status_chips }</div>
                <div class="shuka-chips" role="group" aria-label={ui::COL_CATEGORY.get(lang)}>{ for category_chips }</div>
            </div>
        </div>
    }
}

/// The column headings: each a sort button, the sorted one with `aria-sort` and its arrow.
fn render_header(state: &UseReducerHandle<TableState>, lang: Lang) -> Html {
    let q = &state.query;
    let header = |col: Column| {
        let active = q.sort.column == col;
        let aria = active.then_some(if q.sort.order == Order::Asc {
            "ascending"
        } else {
            "descending"
        });
        let icon = match (active, q.sort.order) {
            (false, _) => "↕",
            (true, Order::Asc) => "↑",
            (true, Order::Desc) => "↓",
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="shuka-sort" onclick={send(state, TableAction::Sort(col))}>
                    { ui::column(col, lang) }<span class="shuka-sort-icon" aria-hidden="true">{ icon }</span>
                </button>
            </th>
        }
    };
    html! {
        <thead>
            <tr>{ header(Column::Name) }{ header(Column::Category) }{ header(Column::Status) }{ header(Column::Amount) }</tr>
        </thead>
    }
}

/// The row that says no project matches, with a button that clears the filters.
fn render_empty(state: &UseReducerHandle<TableState>, lang: Lang) -> Html {
    html! {
        <tr key="empty"><td colspan="4" class="shuka-empty">
            { ui::EMPTY.get(lang) }{ " " }
            <button type="button" class="shuka-link" onclick={send(state, TableAction::Clear)}>{ ui::CLEAR.get(lang) }</button>
        </td></tr>
    }
}

/// The total of the signed projects the table lists, when there are any.
fn render_total(summary: &Summary, lang: Lang) -> Html {
    let (total_count, total_amount) = (summary.signed, summary.signed_amount);
    if total_count == 0 {
        return Html::default();
    }
    html! {
        <tfoot>
            <tr>
                <th scope="row">{ ui::TOTAL.get(lang) }{ ui::total_count(total_count, lang) }</th>
                <td></td>
                <td>{ ui::status(Status::Signed, lang) }</td>
                <td class="shuka-num">{ total_amount.map(format::number).unwrap_or_else(|| "–".into()) }</td>
            </tr>
        </tfoot>
    }
}

/// One project's two rows: the visible one, and its source sentence (hidden until the reader
/// opens it; always in the DOM so print can show it). A plain function: rows have no state.
fn rows_of(
    data: &Dataset,
    i: usize,
    lang: Lang,
    max: f64,
    open: bool,
    on_toggle: &Callback<Rc<str>>,
) -> [Html; 2] {
    let p = &data.projects[i];
    let col = |c: Column| ui::column(c, lang);
    let detail_id = format!("shuka-row-{}", p.id);
    let onclick = {
        let (cb, id) = (on_toggle.clone(), p.id.clone());
        Callback::from(move |_| cb.emit(id.clone()))
    };

    [
        html! {
            // Keys by kind then id ("r…", "s…"): ids are unique, so no two keys meet, whatever
            // an id holds (ids "x" and "x/source" gave the same key to two rows).
            <tr key={format!("r{}", p.id)} class={super::class_list(&[("is-derived", p.derived.is_some()), ("is-open", open)])}>
                <th scope="row" data-label={col(Column::Name)}>
                    <div class="shuka-row-head">
                        <span class="shuka-row-name">
                            <bdi lang={p.name.falls_back(lang).then_some("zh-CN")}>{ p.name.get(lang) }</bdi>
                            { super::source::derived_tag(p.derived.is_some(), lang) }
                        </span>
                        <button type="button" class="shuka-row-toggle" aria-expanded={open.to_string()} aria-controls={detail_id.clone()} {onclick}>
                            { if open { ui::HIDE_SOURCE.get(lang) } else { ui::SOURCE.get(lang) } }
                        </button>
                    </div>
                </th>
                <td class="shuka-cat" data-label={col(Column::Category)}><bdi>{ category_label(data, p, lang) }</bdi></td>
                <td data-label={col(Column::Status)}>{ ui::status(p.status, lang) }</td>
                <td data-label={col(Column::Amount)} class={if p.amount.is_none() { "shuka-num is-empty" } else { "shuka-num" }}>
                    if let Some(a) = p.amount {
                        <svg class="shuka-amount-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect x="0" y="0" height="6" width={format::tenths(if max > 0.0 { a.to_f64() * 100.0 / max } else { 0.0 })} />
                        </svg>
                        <span>{ format::number(a) }</span>
                    } else { <span class="shuka-none">{ "–" }</span> }
                </td>
            </tr>
        },
        html! {
            <tr key={format!("s{}", p.id)} class="shuka-detail" id={detail_id} hidden={!open}>
                <td colspan="4">
                    { super::source::quote(&p.quote, &p.highlight) }
                    { super::source::formula(p.derived.as_ref(), lang) }
                </td>
            </tr>
        },
    ]
}
