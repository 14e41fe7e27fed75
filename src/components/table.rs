//! The project table: sortable columns, status filters, search, and a reconciled total.

use super::Settings;
use crate::collate;
use crate::data::{Dataset, Decimal, Lang, Project, Status};
use crate::format;
use crate::table::{sort_rows, Column, Filter, Order, SortBy};
use crate::ui;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableState {
    pub sort: SortBy,
    pub filter: Filter,
    /// Set once the reader has sorted, so the live region only speaks after an action.
    pub announced: bool,
}

pub enum TableAction {
    Sort(Column),
    ToggleStatus(Status),
    Search(String),
    Clear,
}

impl Reducible for TableState {
    type Action = TableAction;
    fn reduce(self: Rc<Self>, action: TableAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            TableAction::Sort(c) => {
                s.sort = s.sort.toggled(c);
                s.announced = true;
            }
            TableAction::ToggleStatus(st) => {
                match s.filter.statuses.iter().position(|x| *x == st) {
                    Some(i) => {
                        s.filter.statuses.remove(i);
                    }
                    None => s.filter.statuses.push(st),
                }
            }
            TableAction::Search(q) => s.filter.query = q,
            TableAction::Clear => s.filter = Filter::default(),
        }
        Rc::new(s)
    }
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub data: Rc<Dataset>,
}

fn category_label(data: &Dataset, p: &Project, lang: Lang) -> String {
    p.category
        .as_deref()
        .and_then(|c| data.project_categories.iter().find(|pc| &*pc.id == c))
        .map(|c| c.label.get(lang).to_string())
        .unwrap_or_else(|| "–".into())
}

#[component]
pub fn ProjectTable(props: &TableProps) -> Html {
    let lang = use_context::<Settings>().unwrap_or_default().lang;
    let state = use_reducer(TableState::default);
    let data = &props.data;
    let mut rows: Vec<&Project> = data
        .projects
        .iter()
        .filter(|p| state.filter.fits(p))
        .collect();
    let cat = |p: &Project| category_label(data, p, lang);
    sort_rows(&mut rows, state.sort, lang, &cat, &|a, b| {
        collate::compare(a, b, lang)
    });
    let max = data
        .projects
        .iter()
        .filter_map(|p| p.amount)
        .map(Decimal::to_f64)
        .fold(0.0, f64::max);
    let signed: Vec<&Project> = data
        .projects
        .iter()
        .filter(|p| p.status == Status::Signed)
        .collect();
    let total_count: i64 = signed.iter().map(|p| p.count.unwrap_or(1)).sum();
    let total_amount = signed
        .iter()
        .filter_map(|p| p.amount)
        .try_fold(Decimal::default(), Decimal::checked_add);

    let header = |col: Column, label: &'static str| {
        let active = state.sort.column == col;
        let aria = active.then(|| {
            if state.sort.order == Order::Asc {
                "ascending"
            } else {
                "descending"
            }
        });
        let onclick = {
            let s = state.clone();
            Callback::from(move |_| s.dispatch(TableAction::Sort(col)))
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="shuka-sort" {onclick}>
                    { label }
                    <span class="shuka-sort-icon" aria-hidden="true">
                        { match (active, state.sort.order) { (false, _) => "↕", (true, Order::Asc) => "↑", (true, Order::Desc) => "↓" } }
                    </span>
                </button>
            </th>
        }
    };
    let col_name = |c: Column| match c {
        Column::Name => ui::COL_NAME.get(lang),
        Column::Category => ui::COL_CATEGORY.get(lang),
        Column::Status => ui::COL_STATUS.get(lang),
        Column::Amount => ui::COL_AMOUNT.get(lang),
    };
    let announcement = if state.announced {
        let order = if state.sort.order == Order::Asc {
            ui::SORTED_ASC
        } else {
            ui::SORTED_DESC
        };
        match lang {
            Lang::Zh => format!(
                "已按{}{}排列，共{}项",
                col_name(state.sort.column),
                order.get(lang),
                rows.len()
            ),
            Lang::En => format!(
                "Sorted by {} {}, {} projects",
                col_name(state.sort.column),
                order.get(lang),
                rows.len()
            ),
        }
    } else {
        String::new()
    };
    let oninput = {
        let s = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            s.dispatch(TableAction::Search(input.value()));
        })
    };
    let empty = rows.is_empty();
    html! {
        <div class="shuka-table-wrap">
            <div class="shuka-filters">
                <div class="shuka-chips" role="group" aria-label={ui::COL_STATUS.get(lang)}>
                    for st in Status::ALL.iter().copied().filter(|st| data.projects.iter().any(|p| p.status == *st)) {
                        <button type="button" class="shuka-chip" aria-pressed={state.filter.statuses.contains(&st).to_string()}
                            onclick={let s = state.clone(); Callback::from(move |_| s.dispatch(TableAction::ToggleStatus(st)))}>
                            { ui::status(st, lang) }<span class="shuka-count">{ data.projects.iter().filter(|p| p.status == st).count() }</span>
                        </button>
                    }
                </div>
                <label class="shuka-search">
                    <span class="shuka-visually-hidden">{ ui::SEARCH.get(lang) }</span>
                    <input type="search" placeholder={ui::SEARCH.get(lang)} value={state.filter.query.clone()} {oninput} />
                </label>
            </div>
            <p class="shuka-visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            <table class="shuka-table">
                <caption>{ ui::TABLE_CAPTION.get(lang) }</caption>
                <thead>
                    <tr>
                        { header(Column::Name, col_name(Column::Name)) }
                        { header(Column::Category, col_name(Column::Category)) }
                        { header(Column::Status, col_name(Column::Status)) }
                        { header(Column::Amount, col_name(Column::Amount)) }
                    </tr>
                </thead>
                <tbody>
                    for p in rows.iter() {
                        <tr key={&*p.id} class={classes!(p.derived.is_some().then_some("is-derived"))}>
                            <th scope="row" data-label={col_name(Column::Name)}>
                                { p.name.get(lang) }
                                if p.derived.is_some() { <span class="shuka-tag">{ ui::DERIVED.get(lang) }</span> }
                            </th>
                            <td data-label={col_name(Column::Category)}>{ category_label(data, p, lang) }</td>
                            <td data-label={col_name(Column::Status)}>{ ui::status(p.status, lang) }</td>
                            <td data-label={col_name(Column::Amount)} class={classes!("shuka-num", p.amount.is_none().then_some("is-empty"))}>
                                if let Some(a) = p.amount {
                                    <svg class="shuka-amount-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                        <rect x="0" y="0" height="6" width={format!("{:.1}", if max > 0.0 { a.to_f64() * 100.0 / max } else { 0.0 })} />
                                    </svg>
                                    <span>{ format::number(a) }</span>
                                } else { <span class="shuka-none">{ "–" }</span> }
                            </td>
                        </tr>
                    }
                    if empty {
                        <tr><td colspan="4" class="shuka-empty">
                            { ui::EMPTY.get(lang) }{ " " }
                            <button type="button" class="shuka-link" onclick={let s = state.clone(); Callback::from(move |_| s.dispatch(TableAction::Clear))}>{ ui::CLEAR.get(lang) }</button>
                        </td></tr>
                    }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ ui::TOTAL.get(lang) }{ format!(" ({total_count}{})", if lang == Lang::Zh { "个" } else { "" }) }</th>
                        <td></td>
                        <td>{ ui::status(Status::Signed, lang) }</td>
                        <td class="shuka-num">{ total_amount.map(format::number).unwrap_or_else(|| "–".into()) }</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
