//! The card set: a headline strip and tabs by category (WAI-ARIA tabs pattern).

use super::card::{card, CardProps};
use crate::data::{Dataset, Lang, Shared};
use crate::ui;
use std::rc::Rc;
use yew::prelude::*;

/// Which tab is shown and which card's source is open.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CardsState {
    /// 0 is the headline tab; `n` is category `n - 1`.
    pub tab: usize,
    pub open: Option<Rc<str>>,
    /// The card whose sentence was just copied, and whether that worked (the message fades
    /// after a while).
    pub copied: Option<(Rc<str>, bool)>,
    /// The page is about to print (or printing): render every panel.
    pub printing: bool,
}

pub enum CardsAction {
    Select(usize),
    Toggle(Rc<str>),
    Close,
    Printing(bool),
    Copied(Option<(Rc<str>, bool)>),
}

impl Reducible for CardsState {
    type Action = CardsAction;
    fn reduce(self: Rc<Self>, action: CardsAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            CardsAction::Select(t) => s.tab = t,
            CardsAction::Toggle(id) => {
                s.open = if s.open.as_deref() == Some(&*id) {
                    None
                } else {
                    Some(id)
                }
            }
            CardsAction::Close => s.open = None,
            CardsAction::Printing(p) => s.printing = p,
            CardsAction::Copied(id) => s.copied = id,
        }
        Rc::new(s)
    }
}

#[derive(Properties, PartialEq)]
pub struct CardsProps {
    pub data: Shared,
    pub lang: Lang,
    /// The widget's number for fault reports.
    #[prop_or_default]
    pub widget: u32,
}

/// One tab of the card set: its label and its cards, as indices into `data.indicators`.
#[derive(Debug, PartialEq)]
pub struct Tab {
    pub label: String,
    pub cards: Vec<usize>,
    /// The headline tab (the dataset's chosen figures), drawn larger.
    pub headline: bool,
}

/// The headline tab, then one per category, in the dataset's order; a tab with no cards is
/// left out (a report with no headline chosen, a category nothing was filed under).
pub fn tabs(data: &Dataset, lang: Lang) -> Vec<Tab> {
    let headline: Vec<usize> = data
        .headline
        .iter()
        .filter_map(|id| data.indicators.iter().position(|i| i.id == *id))
        .collect();
    std::iter::once(Tab {
        label: ui::HEADLINE.get(lang).to_string(),
        cards: headline,
        headline: true,
    })
    .chain(data.categories.iter().map(|c| {
        Tab {
            label: c.label.get(lang).to_string(),
            cards: (0..data.indicators.len())
                .filter(|&i| data.indicators[i].category == c.id)
                .collect(),
            headline: false,
        }
    }))
    .filter(|t| !t.cards.is_empty())
    .collect()
}

#[component]
pub fn Cards(props: &CardsProps) -> Html {
    crate::fault::enter(props.widget);
    let lang = props.lang;
    let state = use_reducer(CardsState::default);
    let data = &props.data;
    let all = tabs(data, lang);
    let n = all.len().max(1);
    let headline_tab = all.first().is_some_and(|t| t.headline);
    // Only the shown panel's cards are rendered (a phone's first paint is 6 cards, not 80);
    // before printing, every panel is, so print shows every card.
    let (tabs, panels): (Vec<(String, usize)>, Vec<Vec<usize>>) = all
        .into_iter()
        .map(|t| ((t.label, t.cards.len()), t.cards))
        .unzip();
    {
        // beforeprint/afterprint: browser events, so they live in an effect.
        let state = state.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let (a, b) = (state.clone(), state);
            let before = gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                a.dispatch(CardsAction::Printing(true))
            });
            let after = gloo::events::EventListener::new(&window, "afterprint", move |_| {
                b.dispatch(CardsAction::Printing(false))
            });
            move || drop((before, after))
        });
    }
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(CardsAction::Toggle(id)))
    };
    let on_copy = {
        let d = state.dispatcher();
        Callback::from(move |(id, text): (Rc<str>, String)| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = crate::browser::copy_text(&text).await;
                d.dispatch(CardsAction::Copied(Some((id, copied))));
            });
        })
    };
    {
        // The copy confirmation fades after a while; the timer lives in an effect.
        let d = state.dispatcher();
        use_effect_with(state.copied.clone(), move |copied| {
            let timer = copied.is_some().then(|| {
                gloo::timers::callback::Timeout::new(2500, move || {
                    d.dispatch(CardsAction::Copied(None))
                })
            });
            move || drop(timer)
        });
    }
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => (state.tab + 1) % n,
                "ArrowLeft" => (state.tab + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            state.dispatch(CardsAction::Select(next));
            focus_tab(&e, next);
        })
    };
    let on_escape = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && state.open.is_some() {
                state.dispatch(CardsAction::Close);
            }
        })
    };
    html! {
        <div class="shuka-cards" onkeydown={on_escape}>
            <div class="shuka-tabs" role="tablist" aria-label={ui::region(Some(data), lang)} onkeydown={onkeydown}>
                for (i, (label, count)) in tabs.into_iter().enumerate() {
                    <button type="button" role="tab" id={format!("shuka-tab-{i}")} class="shuka-tab"
                        aria-selected={(i == state.tab).to_string()} aria-controls={format!("shuka-panel-{i}")}
                        tabindex={if i == state.tab { "0" } else { "-1" }}
                        onclick={let d = state.dispatcher(); Callback::from(move |_| d.dispatch(CardsAction::Select(i)))}>
                        <bdi>{ label }</bdi><span class="shuka-count">{ count }</span>
                    </button>
                }
            </div>
            for (p, cards) in panels.into_iter().enumerate() {
                <div class={super::class_list(&[("shuka-grid", true), ("is-headline", p == 0 && headline_tab)])} role="tabpanel" id={format!("shuka-panel-{p}")}
                    aria-labelledby={format!("shuka-tab-{p}")} hidden={p != state.tab} tabindex="-1">
                    for i in cards.into_iter().filter(|_| p == state.tab || state.printing) {
                        { card(CardProps {
                            data,
                            lang,
                            index: i,
                            panel: p,
                            open: state.open.as_deref() == Some(&*data.indicators[i].id),
                            copied: state.copied.as_ref().filter(|(id, _)| *id == data.indicators[i].id).map(|(_, ok)| *ok),
                            on_toggle: &on_toggle,
                            on_copy: &on_copy,
                        }) }
                    }
                </div>
            }
        </div>
    }
}

/// Moves focus to tab `index` of the tablist the key event happened in (arrow-key tabs): the ids
/// `shuka-tab-{i}` are this component's own.
fn focus_tab(e: &web_sys::KeyboardEvent, index: usize) {
    use wasm_bindgen::JsCast;
    let tab = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_follow_the_data_and_leave_out_empty_ones() {
        let mut data = crate::parse::parse_dataset(crate::DEFAULT_DATASET).unwrap();
        let all = tabs(&data, Lang::Zh);
        assert_eq!(all[0].label, "要点");
        assert_eq!(all[0].cards.len(), data.headline.len());
        assert_eq!(all.len(), 1 + data.categories.len());
        // No headline chosen and a category with no figure: neither gets a tab.
        data.headline.clear();
        let unused = crate::data::Category {
            id: "unused".into(),
            label: crate::data::Text::zh("空类别"),
        };
        data.categories.push(unused);
        let labels: Vec<String> = tabs(&data, Lang::Zh).into_iter().map(|t| t.label).collect();
        assert!(!labels.contains(&"要点".to_string()) && !labels.contains(&"空类别".to_string()));
        assert_eq!(labels.len(), data.categories.len() - 1);
    }
}
