//! The dataset: the types of one article's figures, projects and provenance.
//!
//! Values are [`Decimal`]s so a figure keeps exactly the digits the article wrote
//! (25.56 stays 25.56, 12713 stays an integer) however the JSON was parsed.

use std::rc::Rc;

pub use crate::decimal::Decimal;
pub use crate::units::{Measure, Unit};

/// A text in both of the widget's languages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    pub zh: Rc<str>,
    pub en: Rc<str>,
}

/// The reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Text {
    /// The text in `lang`; English that was left out falls back to the Chinese (see
    /// [`Text::falls_back`]), so a label is never empty.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.trim().is_empty() => &self.en,
            _ => &self.zh,
        }
    }

    /// True when `get(lang)` gives the Chinese text in place of missing English: the view
    /// marks it `lang="zh-CN"` so screen readers and fonts treat it as Chinese.
    pub fn falls_back(&self, lang: Lang) -> bool {
        lang == Lang::En && self.en.trim().is_empty()
    }

    /// A text with only its Chinese written.
    pub fn zh(zh: &str) -> Self {
        Text {
            zh: zh.into(),
            en: "".into(),
        }
    }
}

/// How a written value is qualified: 超1000P, 约29.81亿元, 近万人.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// 超, 超过, 逾, 余, 以上, 多.
    Over,
    /// 约, 左右.
    About,
    /// 近, 将近.
    Nearly,
}

/// Enums the data file or the URL names by a key share one convention: a `KEYS` table of
/// `(key, value)` pairs, read both ways by [`key_of`] and [`from_key`].
pub fn key_of<T: Copy + PartialEq>(keys: &[(&'static str, T)], value: T) -> &'static str {
    keys.iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(k, _)| k)
}

/// The value named `key` in a `KEYS` table.
pub fn from_key<T: Copy>(keys: &[(&'static str, T)], key: &str) -> Option<T> {
    keys.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

impl Qualifier {
    /// Each qualifier with its name in the data file.
    pub const KEYS: [(&'static str, Qualifier); 3] = [
        ("over", Qualifier::Over),
        ("about", Qualifier::About),
        ("nearly", Qualifier::Nearly),
    ];

    /// The qualifier's name in the data file.
    pub fn key(self) -> &'static str {
        key_of(&Self::KEYS, self)
    }
}

/// Year-on-year change as the article states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub value: Decimal,
    pub unit: Unit,
    /// The article's wording, e.g. 同比增长 or 增速.
    pub written: Option<Rc<str>>,
}

/// A share of a larger whole (占全市25.56%).
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub scope: Text,
    pub value: Decimal,
}

/// Progress toward a target (完成全年计划的64.3%).
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub value: Decimal,
    pub target: Text,
}

/// A ranking (全市首位, 并列全省第二).
#[derive(Debug, Clone, PartialEq)]
pub struct Rank {
    pub scope: Text,
    pub position: i64,
    /// The article's Chinese wording.
    pub written: Rc<str>,
    pub tied_with: Option<Text>,
}

/// How a figure the article does not state was computed from ones it does.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub formula: Text,
    pub from: Vec<Rc<str>>,
}

/// One figure of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: Rc<str>,
    pub category: Rc<str>,
    pub label: Text,
    pub value: Decimal,
    pub unit: Unit,
    pub period: Rc<str>,
    pub qualifier: Option<Qualifier>,
    /// Wording that replaces the number (四星, “双零”).
    pub written: Option<Text>,
    /// English count noun when the unit's default does not fit (家 → "centres").
    pub noun_en: Option<Rc<str>>,
    pub yoy: Option<Change>,
    pub shares: Vec<Share>,
    pub progress: Option<Progress>,
    pub rank: Option<Rank>,
    pub part_of: Option<Rc<str>>,
    pub derived: Option<Derived>,
    pub note: Option<Rc<str>>,
    /// Why a drafted figure needs a person's look before it is published (`shuka draft`
    /// writes it; the editor lists these first; `shuka check` warns while any is left).
    pub review: Option<Rc<str>>,
    /// The sentence of the article the figure comes from.
    pub quote: Rc<str>,
    /// The part of the quote that states the figure.
    pub highlight: Rc<str>,
}

/// Where a project stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Signed,
    Settled,
    Started,
    Building,
    ToppedOut,
    FitOut,
    Completed,
    Operating,
    Delivered,
}

impl Status {
    /// Each status with its name in the data file and in the URL fragment.
    pub const KEYS: [(&'static str, Status); 9] = [
        ("signed", Status::Signed),
        ("settled", Status::Settled),
        ("started", Status::Started),
        ("building", Status::Building),
        ("topped-out", Status::ToppedOut),
        ("fit-out", Status::FitOut),
        ("completed", Status::Completed),
        ("operating", Status::Operating),
        ("delivered", Status::Delivered),
    ];

    /// The status's name in the data file and in the URL fragment.
    pub fn key(self) -> &'static str {
        key_of(&Self::KEYS, self)
    }
}

/// A named project or facility.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub id: Rc<str>,
    pub name: Text,
    pub status: Status,
    pub category: Option<Rc<str>>,
    /// Investment in 亿元.
    pub amount: Option<Decimal>,
    /// How many projects the row stands for, when more than one.
    pub count: Option<i64>,
    pub derived: Option<Derived>,
    /// As [`Indicator::review`].
    pub review: Option<Rc<str>>,
    pub quote: Rc<str>,
    pub highlight: Rc<str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub id: Rc<str>,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub id: Rc<str>,
    pub label: Text,
    /// Months elapsed of the year at the end of the period: `[6, 12]` for H1.
    pub elapsed: Option<[i64; 2]>,
}

/// A note on the data the widget shows next to the figures it names.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub id: Rc<str>,
    pub text: Text,
    pub refs: Vec<Rc<str>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    pub title: Rc<str>,
    pub subtitle: Rc<str>,
    pub date: Rc<str>,
    pub place: Text,
    pub byline: Rc<str>,
    pub sections: Vec<Text>,
}

/// One article's data: what a newsroom swaps for the next report. Equal by content; views
/// share it as a [`Shared`], which is equal by identity.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub schema: i64,
    pub article: Article,
    pub periods: Vec<Period>,
    pub categories: Vec<Category>,
    pub project_categories: Vec<Category>,
    /// Ids of the indicators shown in the headline strip.
    pub headline: Vec<Rc<str>>,
    pub indicators: Vec<Indicator>,
    pub projects: Vec<Project>,
    pub notes: Vec<Note>,
}

impl Indicator {
    /// The rank to show as a badge: none when the rank is the value itself (unit `rank`).
    pub fn rank_badge(&self) -> Option<&Rank> {
        self.rank
            .as_ref()
            .filter(|_| self.unit.measure() != Measure::Rank)
    }
}

/// A loaded dataset as the views share it: cheap to clone, never changed once loaded, and
/// equal when it is the same load (`Rc::ptr_eq`). Props compare it on every render, so this
/// keeps a deep walk of every figure out of the render path and out of the wasm; a
/// [`Dataset`] itself compares by content.
#[derive(Debug, Clone)]
pub struct Shared(Rc<Dataset>);

impl Shared {
    pub fn new(data: Dataset) -> Self {
        Shared(Rc::new(data))
    }

    /// A weak handle: the parse cache holds datasets only while a widget does.
    pub fn downgrade(&self) -> std::rc::Weak<Dataset> {
        Rc::downgrade(&self.0)
    }
}

impl From<Rc<Dataset>> for Shared {
    fn from(data: Rc<Dataset>) -> Self {
        Shared(data)
    }
}

impl From<Dataset> for Shared {
    fn from(data: Dataset) -> Self {
        Shared::new(data)
    }
}

impl std::ops::Deref for Shared {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.0
    }
}

/// The same load: one pointer comparison.
impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Dataset {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| &*i.id == id)
    }

    pub fn period(&self, id: &str) -> Option<&Period> {
        self.periods.iter().find(|p| &*p.id == id)
    }

    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|n| &*n.id == id)
    }

    /// Every number the dataset states: each value plus each change, share, progress and rank.
    pub fn figure_count(&self) -> usize {
        self.indicators
            .iter()
            .map(|i| {
                1 + i.yoy.is_some() as usize
                    + i.shares.len()
                    + i.progress.is_some() as usize
                    + i.rank_badge().is_some() as usize
            })
            .sum::<usize>()
            + self.projects.iter().filter(|p| p.amount.is_some()).count()
    }
}
