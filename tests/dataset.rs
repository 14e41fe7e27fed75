//! The default dataset against the article it comes from.

use shuka::article::paragraphs;
use shuka::data::{Decimal, Status};
use shuka::DEFAULT_DATASET;

const ARTICLE: &str = include_str!("../data/article.txt");

mod common;
use common::dataset;

fn d(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

#[test]
fn article_has_six_print_breaks_rejoined() {
    let raw_lines = ARTICLE.lines().filter(|l| !l.trim().is_empty()).count();
    let paras = paragraphs(ARTICLE);
    assert_eq!(raw_lines - paras.len(), 6);
    let body = paras.join("\n");
    for joined in [
        "省级服务型制造企业",
        "进一步完善",
        "装修冲刺阶段",
        "并列全省第二",
        "万人有效发明专利",
        "在全市率先实现",
    ] {
        assert!(body.contains(joined), "{joined}");
    }
}

#[test]
fn every_quote_is_a_sentence_of_the_article() {
    let data = dataset();
    let body = paragraphs(ARTICLE).join("\n");
    for i in data.indicators.iter() {
        assert!(
            body.contains(&*i.quote),
            "{}: quote not in the article",
            i.id
        );
    }
    for p in data.projects.iter() {
        assert!(
            body.contains(&*p.quote),
            "{}: quote not in the article",
            p.id
        );
    }
}

#[test]
fn holds_every_figure() {
    let data = dataset();
    // Counted again from the JSON itself: each indicator's value, change, shares, progress and
    // a rank that is not the value; each project's amount.
    let json: serde_json::Value = serde_json::from_str(DEFAULT_DATASET).unwrap();
    let given = |v: &serde_json::Value, k: &str| usize::from(!v[k].is_null());
    let from_json: usize = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            1 + given(i, "yoy")
                + i["shares"].as_array().map_or(0, Vec::len)
                + given(i, "progress")
                + usize::from(!i["rank"].is_null() && i["unit"] != "rank")
        })
        .sum::<usize>()
        + json["projects"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| given(p, "amount"))
            .sum::<usize>();
    assert_eq!(data.figure_count(), from_json);
    assert_eq!(from_json, 105, "the figure the README states");
    assert_eq!(
        data.indicator("invention-patents").unwrap().value,
        Decimal::new(12713, 0)
    );
    assert_eq!(
        data.indicator("chain-leaders-total").unwrap().shares[0]
            .value
            .to_string(),
        "25.56"
    );
    assert_eq!(
        data.indicator("rd-coverage").unwrap().value.to_string(),
        "88.05"
    );
    for awkward in [
        "compute-capacity",
        "land-area",
        "land-cost-saving",
        "patents-per-10k-vs-city",
        "crime-rate",
        "for-profit-services-revenue",
    ] {
        assert!(data.indicator(awkward).is_some(), "{awkward}");
    }
    assert_eq!(
        &*data
            .indicator("for-profit-services-revenue")
            .unwrap()
            .period,
        "2024m1-5"
    );
}

#[test]
fn signed_projects_reconcile_with_the_totals() {
    let data = dataset();
    let signed: Vec<_> = data
        .projects
        .iter()
        .filter(|p| p.status == Status::Signed)
        .collect();
    let count: i64 = signed.iter().map(|p| p.count.unwrap_or(1)).sum();
    let amount = signed.iter().fold(Decimal::default(), |acc, p| {
        acc.checked_add(p.amount.unwrap()).unwrap()
    });
    assert_eq!(
        Decimal::new(count, 0),
        data.indicator("signed-projects").unwrap().value
    );
    assert!(
        amount
            .cmp_value(data.indicator("signed-amount").unwrap().value)
            .is_eq(),
        "{amount}"
    );
    let named = signed
        .iter()
        .filter(|p| p.derived.is_none())
        .fold(Decimal::default(), |a, p| {
            a.checked_add(p.amount.unwrap()).unwrap()
        });
    assert_eq!(
        d("396.43").checked_sub(named).unwrap().to_string(),
        "296.43"
    );
}

#[test]
fn derived_investment_plan_follows_its_formula() {
    let data = dataset();
    let plan = data.indicator("annual-investment-plan").unwrap();
    let done = data.indicator("annual-investment-completed").unwrap();
    let pct = done.progress.as_ref().unwrap().value;
    let exact = done.value.to_f64() / (pct.to_f64() / 100.0);
    assert_eq!((exact * 100.0).round() / 100.0, plan.value.to_f64());
    assert!(plan.derived.is_some());
}

#[test]
fn the_contradiction_is_kept_and_noted() {
    let data = dataset();
    let part = data.indicator("leading-industry-signed-amount").unwrap();
    let whole = data.indicator("signed-amount").unwrap();
    assert_eq!(
        (part.value.to_string(), whole.value.to_string()),
        ("402.43".into(), "396.43".into())
    );
    let note = data.note(part.note.as_deref().unwrap()).unwrap();
    assert!(note.refs.iter().any(|r| &**r == "signed-amount"));
}

#[test]
fn parts_are_within_their_wholes() {
    let data = dataset();
    let removed = data.indicator("hoardings-removed").unwrap().value;
    let managed = data.indicator("hoardings-managed").unwrap().value;
    assert_eq!(
        removed.checked_add(managed).unwrap(),
        data.indicator("hoardings-total").unwrap().value
    );
}
