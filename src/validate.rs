//! Checks that a parsed dataset holds together; every problem is reported with its path.

use crate::data::{Dataset, Decimal, Derived, Indicator, Measure};
use crate::error::Issue;
use std::collections::{HashMap, HashSet};

struct Report(Vec<Issue>);

/// The magnitude of `d`: a fall is written with words (下降3.2%), not a minus sign.
fn abs(d: Decimal) -> Decimal {
    Decimal::new(d.digits.abs(), d.scale)
}

impl Report {
    fn add(&mut self, path: impl Into<String>, problem: impl Into<String>) {
        self.0.push(Issue {
            path: path.into(),
            problem: problem.into(),
        });
    }

    fn range(&mut self, path: String, v: Decimal, lo: i64, hi: i64) {
        if v.cmp_value(Decimal::new(lo, 0)).is_lt() || v.cmp_value(Decimal::new(hi, 0)).is_gt() {
            self.add(path, format!("{v} is outside {lo}–{hi}"));
        }
    }

    /// A text a reader must see: not empty, and not only spaces and invisible characters
    /// (zero-width, bidi controls, fillers), which `trim` keeps.
    fn non_empty(&mut self, path: String, s: &str) {
        if s.trim().is_empty() {
            self.add(path, "is empty");
        } else if !s.chars().any(Self::visible) {
            self.add(
                path,
                "has no visible character (only spaces, zero-width or bidi control characters)",
            );
        }
    }

    /// Whether `c` shows something: not a space, a control, or a format character such as
    /// U+200B ZERO WIDTH SPACE, U+202E RIGHT-TO-LEFT OVERRIDE or U+3164 HANGUL FILLER.
    fn visible(c: char) -> bool {
        !c.is_whitespace()
            && !c.is_control()
            && !matches!(c,
                '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
                | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
                | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
    }

    /// A derived figure has its formula in both languages and is computed from known ids.
    fn derived(&mut self, path: &str, d: &Derived, ids: &HashSet<&str>) {
        self.non_empty(format!("{path}.formula.zh"), &d.formula.zh);
        self.non_empty(format!("{path}.formula.en"), &d.formula.en);
        for (j, id) in d.from.iter().enumerate() {
            if !ids.contains(&**id) {
                self.add(format!("{path}.from[{j}]"), format!("“{id}” is not an id"));
            }
        }
    }

    /// The quote states `needle` (a figure as written) somewhere.
    fn states(&mut self, path: String, quote: &str, needle: &str) {
        if !states(quote, needle) {
            self.add(path, format!("the quote does not contain “{needle}”"));
        }
    }
}

/// True when `text` states `figure` (`12713件`, `3.1%`), allowing the ways articles write
/// the same figure: thousands separators (`12,713件`), 余/多 between the number and its unit
/// (`20余家` states `20家`), and small whole numbers in Chinese numerals (`三个` states `3个`).
pub fn states(text: &str, figure: &str) -> bool {
    if text.contains(figure) {
        return true;
    }
    let split = figure
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(figure.len());
    let (number, unit) = figure.split_at(split);
    let plain: String = {
        // Drops a comma or full-width comma between two digits (1,234 states 1234).
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        for (i, &c) in chars.iter().enumerate() {
            let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
            let between =
                i > 0 && i + 1 < chars.len() && digit(chars[i - 1]) && digit(chars[i + 1]);
            // Full-width digits and ％ read as their ASCII forms (１２．５％ states 12.5%).
            match c {
                ',' | '，' if between => {}
                '０'..='９' => out.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
                '％' => out.push('%'),
                '．' if between => out.push('.'),
                c => out.push(c),
            }
        }
        out
    };
    let numerals = number
        .parse::<u32>()
        .ok()
        .and_then(crate::numerals::chinese);
    let mut forms = vec![number.to_string()];
    forms.extend(numerals);
    if number == "2" {
        forms.push("两".into());
    }
    // 个百分点 is also written 百分点.
    let units = [unit, unit.strip_prefix('个').unwrap_or(unit)];
    forms.iter().any(|n| {
        units.iter().any(|unit| {
            [
                format!("{n}{unit}"),
                format!("{n}余{unit}"),
                format!("{n}多{unit}"),
            ]
            .iter()
            .any(|f| plain.contains(f.as_str()))
                || listed(&plain, n, unit)
        })
    })
}

/// `1.2、2.3个百分点` states 1.2个百分点: numbers in a list share the unit at its end, the
/// list joined by 、, 和, 及 or 与, an item perhaps keeping the unit's 个 (`1.2个和2.3个百分点`).
fn listed(text: &str, number: &str, unit: &str) -> bool {
    text.match_indices(number).any(|(i, _)| {
        let before_ok = !text[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.');
        let rest =
            text[i + number.len()..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        let mut r = rest;
        let mut items = 0;
        while let Some(next) = r
            .strip_prefix('个')
            .unwrap_or(r)
            .strip_prefix(['、', '和', '及', '与'])
        {
            let n = next.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            if n.len() == next.len() {
                break;
            }
            r = n;
            items += 1;
        }
        before_ok && rest.len() == text.len() - i - number.len() && items > 0 && r.starts_with(unit)
    })
}

/// The ids a dataset declares, each kind looked up through a set or map built once (a
/// scan per reference would be O(n²) on a generated file).
struct Ids<'a> {
    categories: HashSet<&'a str>,
    project_categories: HashSet<&'a str>,
    periods: HashSet<&'a str>,
    notes: HashSet<&'a str>,
    /// Indicator and project ids: what `derived.from` and note refs may name.
    all: HashSet<&'a str>,
    indicators: HashMap<&'a str, &'a Indicator>,
}

impl Report {
    /// The file as a whole: its version and title, category labels.
    fn header(&mut self, data: &Dataset) {
        if !(1..=crate::SCHEMA).contains(&data.schema) {
            self.add(
                "schema",
                format!(
                    "{} is not a version this widget reads (1–{}): a newer file needs a newer shuka",
                    data.schema,
                    crate::SCHEMA
                ),
            );
        }
        self.non_empty("article.title".into(), &data.article.title);
        for (list, name) in [
            (&data.categories, "categories"),
            (&data.project_categories, "project_categories"),
        ] {
            for (i, c) in list.iter().enumerate() {
                self.non_empty(format!("{name}[{i}].label.zh"), &c.label.zh);
            }
        }
    }

    /// The ids, each used once across indicators and projects.
    fn ids<'a>(&mut self, data: &'a Dataset) -> Ids<'a> {
        let mut all = HashSet::new();
        for (i, ind) in data.indicators.iter().enumerate() {
            if !all.insert(&*ind.id) {
                self.add(
                    format!("indicators[{i}].id"),
                    format!("“{}” is used twice", ind.id),
                );
            }
        }
        for (i, p) in data.projects.iter().enumerate() {
            if !all.insert(&*p.id) {
                self.add(
                    format!("projects[{i}].id"),
                    format!("“{}” is used twice", p.id),
                );
            }
        }
        Ids {
            categories: data.categories.iter().map(|c| &*c.id).collect(),
            project_categories: data.project_categories.iter().map(|c| &*c.id).collect(),
            periods: data.periods.iter().map(|p| &*p.id).collect(),
            notes: data.notes.iter().map(|n| &*n.id).collect(),
            all,
            indicators: data.indicators.iter().map(|i| (&*i.id, i)).rev().collect(),
        }
    }

    /// Periods are fractions of a year; the headline names indicators.
    fn periods_and_headline(&mut self, data: &Dataset, ids: &Ids) {
        for (i, p) in data.periods.iter().enumerate() {
            if let Some([m, of]) = p.elapsed {
                if of < 1 || m < 0 || m > of {
                    self.add(
                        format!("periods[{i}].elapsed"),
                        format!("{m} of {of} is not a fraction of a year"),
                    );
                }
            }
        }
        for (i, id) in data.headline.iter().enumerate() {
            if !ids.indicators.contains_key(&**id) {
                self.add(
                    format!("headline[{i}]"),
                    format!("“{id}” is not an indicator id"),
                );
            }
        }
    }

    /// One figure: its references, its value for its unit, and every number it states
    /// found in its sentence as written.
    fn indicator(&mut self, i: usize, ind: &Indicator, ids: &Ids) {
        let at = |f: &str| format!("indicators[{i}].{f}");
        if ind.id.is_empty() {
            self.add(at("id"), "is empty");
        }
        if !ids.categories.contains(&*ind.category) {
            self.add(
                at("category"),
                format!("“{}” is not a category id", ind.category),
            );
        }
        if !ids.periods.contains(&*ind.period) {
            self.add(at("period"), format!("“{}” is not a period id", ind.period));
        }
        self.non_empty(at("label.zh"), &ind.label.zh);
        self.non_empty(at("quote"), &ind.quote);
        self.non_empty(at("highlight"), &ind.highlight);
        if !ind.highlight.is_empty() && !ind.quote.contains(&*ind.highlight) {
            self.add(at("highlight"), "is not part of the quote");
        }
        match ind.unit.measure() {
            Measure::Percent => self.range(at("value"), ind.value, -100, 100_000),
            Measure::Rank => match &ind.rank {
                // The value as a number: a rank written 1.0 is position 1.
                Some(rank) if Decimal::new(rank.position, 0).same_value(ind.value) => {}
                _ => self.add(
                    at("rank"),
                    "a value in unit “rank” needs a rank with the same position",
                ),
            },
            // A change in points or a multiple can be a figure of its own (回落0.3个百分点).
            // An index's change (unit-less) may fall below zero too.
            _ if ind.value.is_negative()
                && ind.yoy.is_none()
                && !ind.unit.is_ratio()
                && !ind.unit.key().is_empty() =>
            {
                self.add(at("value"), format!("{} is negative", ind.value))
            }
            _ => {}
        }
        // The figure must be in the sentence it is quoted from, as written.
        if ind.derived.is_none() {
            let written = match (&ind.written, &ind.rank) {
                (Some(w), _) => w.zh.to_string(),
                (None, Some(rank)) if ind.unit.measure() == Measure::Rank => {
                    rank.written.to_string()
                }
                _ => format!("{}{}", abs(ind.value), ind.unit.zh()),
            };
            self.states(at("highlight"), &ind.highlight, &written);
        }
        if let Some(y) = &ind.yoy {
            // A change is relative (%, 百分点, 倍) or in the figure's own unit (减少0.74万人).
            if !y.unit.is_ratio() && y.unit != ind.unit {
                self.add(
                    at("yoy.unit"),
                    format!(
                        "a change is in %, 百分点, 倍 or the figure's unit ({})",
                        ind.unit.key()
                    ),
                );
            }
            if y.unit.is_ratio() {
                self.range(at("yoy.value"), y.value, -100, 100_000);
            }
            self.states(
                at("yoy.value"),
                &ind.quote,
                &format!("{}{}", abs(y.value), y.unit.zh()),
            );
        }
        for (j, s) in ind.shares.iter().enumerate() {
            self.range(at(&format!("shares[{j}].value")), s.value, 0, 100);
            self.states(
                at(&format!("shares[{j}].value")),
                &ind.quote,
                &format!("{}%", s.value),
            );
        }
        if let Some(p) = &ind.progress {
            self.range(at("progress.value"), p.value, 0, 1000);
            self.states(at("progress.value"), &ind.quote, &format!("{}%", p.value));
        }
        if let Some(rank) = &ind.rank {
            if rank.position < 1 {
                self.add(at("rank.position"), format!("{} is below 1", rank.position));
            }
            self.states(at("rank.written"), &ind.quote, &rank.written);
        }
        if let Some(whole_id) = &ind.part_of {
            match ids.indicators.get(&**whole_id).copied() {
                None => self.add(
                    at("part_of"),
                    format!("“{whole_id}” is not an indicator id"),
                ),
                Some(whole) if whole.unit != ind.unit => {
                    self.add(at("part_of"), format!("“{whole_id}” is in another unit"))
                }
                Some(whole) if ind.value.cmp_value(whole.value).is_gt() => self.add(
                    at("value"),
                    format!(
                        "{} is more than the whole “{whole_id}” ({})",
                        ind.value, whole.value
                    ),
                ),
                _ => {}
            }
        }
        if let Some(d) = &ind.derived {
            self.derived(&at("derived"), d, &ids.all);
        }
        if let Some(n) = &ind.note {
            if !ids.notes.contains(&**n) {
                self.add(at("note"), format!("“{n}” is not a note id"));
            }
        }
    }

    /// One project: name, sentence, category, and an amount its words state.
    fn project(&mut self, i: usize, p: &crate::data::Project, ids: &Ids) {
        let at = |f: &str| format!("projects[{i}].{f}");
        self.non_empty(at("name.zh"), &p.name.zh);
        self.non_empty(at("quote"), &p.quote);
        if !p.quote.contains(&*p.highlight) {
            self.add(at("highlight"), "is not part of the quote");
        }
        if let Some(c) = &p.category {
            if !ids.project_categories.contains(&**c) {
                self.add(
                    at("category"),
                    format!("“{c}” is not a project category id"),
                );
            }
        }
        if let Some(a) = p.amount {
            if a.is_negative() {
                self.add(at("amount"), format!("{a} is negative"));
            } else if p.derived.is_none() {
                // Amounts are in 亿元; an article may write them in 万元 (8000万元 = 0.8亿元).
                let wan = a.shift(4).map(|w| format!("{w}万元")).unwrap_or_default();
                if !states(&p.highlight, &format!("{a}亿元")) && !states(&p.highlight, &wan) {
                    self.add(
                        at("amount"),
                        format!("the highlight does not contain “{a}亿元” (or “{wan}”)"),
                    );
                }
            }
        }
        if let Some(c) = p.count {
            if c < 1 {
                self.add(at("count"), format!("{c} is below 1"));
            }
        }
        if let Some(d) = &p.derived {
            self.derived(&at("derived"), d, &ids.all);
        }
    }

    /// Notes have text and refer to ids that exist.
    fn notes(&mut self, data: &Dataset, ids: &Ids) {
        for (i, n) in data.notes.iter().enumerate() {
            self.non_empty(format!("notes[{i}].text.zh"), &n.text.zh);
            for (j, id) in n.refs.iter().enumerate() {
                if !ids.all.contains(&**id) {
                    self.add(
                        format!("notes[{i}].refs[{j}]"),
                        format!("“{id}” is not an id"),
                    );
                }
            }
        }
    }
}

/// Every problem of `data`, in document order; empty when the dataset is sound.
pub fn validate(data: &Dataset) -> Vec<Issue> {
    let mut v = Validation::new(data);
    v.projects(0..data.projects.len());
    v.finish()
}

/// [`validate`] in parts, so a big dataset can be checked a few thousand projects at a time
/// with pauses between (`parse::parse_shared_in_tasks`): [`Validation::new`] checks all but
/// the projects and notes, [`Validation::projects`] a run of projects (runs in order),
/// [`Validation::finish`] the notes. The problems come in the same order as [`validate`]'s.
pub struct Validation<'a> {
    data: &'a Dataset,
    r: Report,
    ids: Ids<'a>,
}

impl<'a> Validation<'a> {
    /// The checks of everything before the projects' own.
    pub fn new(data: &'a Dataset) -> Self {
        let mut r = Report(Vec::new());
        r.header(data);
        let ids = r.ids(data);
        r.periods_and_headline(data, &ids);
        for (i, ind) in data.indicators.iter().enumerate() {
            r.indicator(i, ind, &ids);
        }
        Validation { data, r, ids }
    }

    /// The checks of projects `range` (call with consecutive runs, in order).
    pub fn projects(&mut self, range: std::ops::Range<usize>) {
        for i in range {
            self.r.project(i, &self.data.projects[i], &self.ids);
        }
    }

    /// The notes' checks; every problem found, in document order.
    pub fn finish(mut self) -> Vec<Issue> {
        self.r.notes(self.data, &self.ids);
        self.r.0
    }
}
