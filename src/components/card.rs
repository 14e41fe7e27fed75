//! One indicator card: value, change, progress, share and rank, and its source on demand.

use crate::data::{Dataset, Lang};
use crate::format::{self, Trend};
use crate::ui;
use std::rc::Rc;
use yew::prelude::*;

/// What one card shows. Cards are a plain function of this, not components: which card is
/// open and which was just copied live in the card set (each component type is its own copy
/// of Yew's lifecycle code: docs/PERFORMANCE.md, "fewer component types").
pub struct CardProps<'a> {
    pub data: &'a Dataset,
    pub lang: Lang,
    /// The card's indicator: an index into `data.indicators`.
    pub index: usize,
    /// The tab panel the card is in; keeps element ids unique when a card is in two panels.
    pub panel: usize,
    pub open: bool,
    /// The reader just asked to copy the generated sentence: whether it was copied.
    pub copied: Option<bool>,
    /// Emits the indicator id when the reader opens or closes its source.
    pub on_toggle: &'a Callback<Rc<str>>,
    /// Emits the indicator id and its sentence when the reader asks to copy it.
    pub on_copy: &'a Callback<(Rc<str>, String)>,
}

pub fn card(props: CardProps) -> Html {
    let lang = props.lang;
    let ind = &props.data.indicators[props.index];
    let period = props.data.period(&ind.period);
    let src_id = format!("shuka-src-{}-{}", props.panel, ind.id);
    let onclick = {
        let (cb, id) = (props.on_toggle.clone(), ind.id.clone());
        Callback::from(move |_| cb.emit(id.clone()))
    };
    let change = ind.yoy.as_ref().map(|c| {
        let (class, arrow) = match format::trend(c) {
            Trend::Up => ("shuka-up", "▲"),
            Trend::Down => ("shuka-down", "▼"),
            Trend::Flat => ("shuka-flat", "■"),
        };
        html! { <p class={format!("shuka-change {class}")}><span aria-hidden="true">{ arrow }{ " " }</span>{ format::change(c, lang) }</p> }
    });
    let progress = ind.progress.as_ref().map(|p| {
        let pct = p.value.to_f64();
        let schedule = period.and_then(format::schedule_percent);
        let label = format::progress_label(p, lang);
        html! {
            <div class="shuka-progress">
                <svg class="shuka-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="shuka-bar-track" x="0" y="0" width="100" height="8" rx="1" />
                    <rect class="shuka-bar-fill" x="0" y="0" width={format::tenths(pct.clamp(0.0, 100.0))} height="8" rx="1" />
                    if let Some(s) = schedule {
                        <line class="shuka-bar-schedule" x1={format::tenths(s)} x2={format::tenths(s)} y1="0" y2="8" />
                    }
                </svg>
                <p class="shuka-progress-label">
                    { label }
                    if pct > 100.0 { { " · " }{ ui::EXCEEDED.get(lang) } }
                    if let Some(s) = schedule {
                        <span class="shuka-schedule">{ format!(" · {} {}%", ui::SCHEDULE.get(lang), s.round() as i64) }</span>
                    }
                </p>
            </div>
        }
    });
    let badges: Vec<String> = ind
        .shares
        .iter()
        .map(|s| format::share(s, lang))
        .chain(ind.rank_badge().map(|r| format::rank(r, lang)))
        .collect();

    let sentence = format::sentence(ind, period, &props.data.article.place, lang);
    let desc_id = format!("shuka-desc-{}-{}", props.panel, ind.id);
    let oncopy = {
        let (cb, id, text) = (props.on_copy.clone(), ind.id.clone(), sentence.clone());
        Callback::from(move |_| cb.emit((id.clone(), text.clone())))
    };
    let note = ind.note.as_deref().and_then(|n| props.data.note(n));
    html! {
        <article key={ind.id.to_string()} class={super::class_list(&[("shuka-card", true), ("is-open", props.open), ("is-derived", ind.derived.is_some())])} aria-describedby={desc_id.clone()}>
            <p class="shuka-visually-hidden" id={desc_id}>{ sentence }</p>
            <h3 class="shuka-card-label" lang={ind.label.falls_back(lang).then_some("zh-CN")}>{ ind.label.get(lang) }</h3>
            <p class="shuka-card-period">
                if let Some(p) = period {
                    <span lang={p.label.falls_back(lang).then_some("zh-CN")}>{ p.label.get(lang) }</span>
                }
                { super::source::derived_tag(ind.derived.is_some(), lang) }
            </p>
            <p class="shuka-value">{ format::value(ind, lang) }</p>
            { for change }
            { for progress }
            if !badges.is_empty() {
                <ul class="shuka-badges">
                    for b in badges { <li>{ b }</li> }
                </ul>
            }
            <div class="shuka-actions">
                <button type="button" class="shuka-source-toggle" aria-expanded={props.open.to_string()} aria-controls={src_id.clone()} {onclick}>
                    { if props.open { ui::HIDE_SOURCE.get(lang) } else { ui::SOURCE.get(lang) } }
                </button>
                <button type="button" class="shuka-copy" onclick={oncopy}>{ ui::COPY.get(lang) }</button>
                <span class="shuka-copied" role="status">{ match props.copied { Some(true) => ui::COPIED.get(lang), Some(false) => ui::COPY_FAILED.get(lang), None => "" } }</span>
            </div>
            <div class="shuka-source" id={src_id} hidden={!props.open}>
                if let Some(full) = format::full_amount(ind.value, &ind.unit, lang) {
                    <p class="shuka-full">{ full }</p>
                }
                { super::source::quote(&ind.quote, &ind.highlight) }
                { super::source::formula(ind.derived.as_ref(), lang) }
                if let Some(n) = note {
                    <p class="shuka-note"><strong>{ ui::NOTE.get(lang) }{ ": " }</strong>{ n.text.get(lang) }</p>
                }
            </div>
        </article>
    }
}
