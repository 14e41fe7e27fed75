//! Dataset → JSON, the inverse of [`crate::parse`]: what `shuka draft` prints and the
//! editor downloads. One object per line for indicators and projects, so a newsroom's
//! diff of two versions reads figure by figure.

use crate::data::{
    Article, Category, Change, Dataset, Decimal, Derived, Indicator, Note, Period, Progress,
    Project, Qualifier, Rank, Share, Text,
};
use std::fmt::Write;

/// A JSON object being written: fields in order, optional ones left out.
struct Obj(String);

impl Obj {
    fn new() -> Self {
        Obj(String::from("{"))
    }

    fn key(&mut self, k: &str) -> &mut String {
        if self.0.len() > 1 {
            self.0.push_str(", ");
        }
        string(&mut self.0, k);
        self.0.push_str(": ");
        &mut self.0
    }

    fn str(mut self, k: &str, v: &str) -> Self {
        string(self.key(k), v);
        self
    }

    fn opt_str(self, k: &str, v: Option<&str>) -> Self {
        match v {
            Some(v) => self.str(k, v),
            None => self,
        }
    }

    fn raw(mut self, k: &str, v: &str) -> Self {
        self.key(k).push_str(v);
        self
    }

    fn opt_raw(self, k: &str, v: Option<String>) -> Self {
        match v {
            Some(v) => self.raw(k, &v),
            None => self,
        }
    }

    fn done(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// Writes `s` as a JSON string.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `s` as a JSON string literal.
pub fn quoted(s: &str) -> String {
    let mut out = String::new();
    string(&mut out, s);
    out
}

/// A decimal as a JSON number, or as a string where a number would lose a written
/// trailing zero (`"25.50"`), which the parser reads back exactly.
fn decimal(d: Decimal) -> String {
    let s = d.to_string();
    if d.scale > 0 && s.ends_with('0') {
        quoted(&s)
    } else {
        s
    }
}

fn text(t: &Text) -> String {
    let o = Obj::new().str("zh", &t.zh);
    if t.en.is_empty() {
        o.done()
    } else {
        o.str("en", &t.en).done()
    }
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String, indent: &str) -> String {
    if items.is_empty() {
        return "[]".into();
    }
    let inner: Vec<String> = items
        .iter()
        .map(|i| format!("{indent}  {}", f(i)))
        .collect();
    format!("[\n{}\n{indent}]", inner.join(",\n"))
}

fn strs(items: &[std::rc::Rc<str>]) -> String {
    let inner: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", inner.join(", "))
}

fn change(c: &Change) -> String {
    Obj::new()
        .raw("value", &decimal(c.value))
        .str("unit", c.unit.key())
        .opt_str("written", c.written.as_deref())
        .done()
}

fn share(s: &Share) -> String {
    Obj::new()
        .raw("scope", &text(&s.scope))
        .raw("value", &decimal(s.value))
        .done()
}

fn progress(p: &Progress) -> String {
    Obj::new()
        .raw("value", &decimal(p.value))
        .raw("target", &text(&p.target))
        .done()
}

fn rank(r: &Rank) -> String {
    Obj::new()
        .raw("scope", &text(&r.scope))
        .raw("position", &r.position.to_string())
        .str("written", &r.written)
        .opt_raw("tied_with", r.tied_with.as_ref().map(text))
        .done()
}

fn derived(d: &Derived) -> String {
    Obj::new()
        .raw("formula", &text(&d.formula))
        .raw("from", &strs(&d.from))
        .done()
}

fn indicator(i: &Indicator) -> String {
    let shares: Vec<String> = i.shares.iter().map(share).collect();
    Obj::new()
        .str("id", &i.id)
        .str("category", &i.category)
        .raw("label", &text(&i.label))
        .raw("value", &decimal(i.value))
        .str("unit", i.unit.key())
        .str("period", &i.period)
        .opt_str("qualifier", i.qualifier.map(Qualifier::key))
        .opt_raw("written", i.written.as_ref().map(text))
        .opt_str("noun_en", i.noun_en.as_deref())
        .opt_raw("yoy", i.yoy.as_ref().map(change))
        .opt_raw(
            "shares",
            (!shares.is_empty()).then(|| format!("[{}]", shares.join(", "))),
        )
        .opt_raw("progress", i.progress.as_ref().map(progress))
        .opt_raw("rank", i.rank.as_ref().map(rank))
        .opt_str("part_of", i.part_of.as_deref())
        .opt_raw("derived", i.derived.as_ref().map(derived))
        .opt_str("note", i.note.as_deref())
        .opt_str("review", i.review.as_deref())
        .str("quote", &i.quote)
        .str("highlight", &i.highlight)
        .done()
}

fn project(p: &Project) -> String {
    Obj::new()
        .str("id", &p.id)
        .raw("name", &text(&p.name))
        .str("status", p.status.key())
        .opt_str("category", p.category.as_deref())
        .opt_raw("amount", p.amount.map(decimal))
        .opt_raw("count", p.count.map(|c| c.to_string()))
        .opt_raw("derived", p.derived.as_ref().map(derived))
        .opt_str("review", p.review.as_deref())
        .str("quote", &p.quote)
        .str("highlight", &p.highlight)
        .done()
}

fn period(p: &Period) -> String {
    Obj::new()
        .str("id", &p.id)
        .raw("label", &text(&p.label))
        .opt_raw("elapsed", p.elapsed.map(|[m, of]| format!("[{m}, {of}]")))
        .done()
}

fn category(c: &Category) -> String {
    Obj::new()
        .str("id", &c.id)
        .raw("label", &text(&c.label))
        .done()
}

fn note(n: &Note) -> String {
    Obj::new()
        .str("id", &n.id)
        .raw("text", &text(&n.text))
        .raw("refs", &strs(&n.refs))
        .done()
}

fn article(a: &Article) -> String {
    Obj::new()
        .str("title", &a.title)
        .str("subtitle", &a.subtitle)
        .str("date", &a.date)
        .raw("place", &text(&a.place))
        .str("byline", &a.byline)
        .raw("sections", &list(&a.sections, text, "    "))
        .done()
}

/// The dataset as JSON that [`crate::parse::parse_dataset`] reads back to an equal dataset.
pub fn dataset_json(d: &Dataset) -> String {
    let fields = [
        ("schema", d.schema.to_string()),
        ("article", article(&d.article)),
        ("periods", list(&d.periods, period, "  ")),
        ("categories", list(&d.categories, category, "  ")),
        (
            "project_categories",
            list(&d.project_categories, category, "  "),
        ),
        ("headline", strs(&d.headline)),
        ("indicators", list(&d.indicators, indicator, "  ")),
        ("projects", list(&d.projects, project, "  ")),
        ("notes", list(&d.notes, note, "  ")),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("  {}: {v}", quoted(k)))
        .collect();
    format!("{{\n{}\n}}\n", body.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_dataset;

    fn same(a: &Dataset, b: &Dataset) {
        assert_eq!(a.schema, b.schema);
        assert_eq!(a.article, b.article);
        assert_eq!(a.periods, b.periods);
        assert_eq!(a.categories, b.categories);
        assert_eq!(a.project_categories, b.project_categories);
        assert_eq!(a.headline, b.headline);
        assert_eq!(a.indicators, b.indicators);
        assert_eq!(a.projects, b.projects);
        assert_eq!(a.notes, b.notes);
    }

    #[test]
    fn the_article_dataset_survives_a_round_trip() {
        let data = parse_dataset(crate::DEFAULT_DATASET).unwrap();
        let again = parse_dataset(&dataset_json(&data)).unwrap();
        same(&data, &again);
        // Written digits survive, a trailing zero included.
        assert_eq!(decimal(Decimal::new(2550, 2)), "\"25.50\"");
        assert_eq!(decimal(Decimal::new(3073, 1)), "307.3");
    }

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}\u{2028}");
        assert_eq!(out, r#""a\"b\\c\nd\u0001\u2028""#);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v, "a\"b\\c\nd\u{1}\u{2028}");
    }
}
