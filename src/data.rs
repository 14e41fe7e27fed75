//! The dataset: the types of one article's figures, projects and provenance.
//!
//! Values are [`Decimal`]s so a figure keeps exactly the digits the article wrote
//! (25.56 stays 25.56, 12713 stays an integer) however the JSON was parsed.

use std::fmt;
use std::rc::Rc;

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
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// An exact decimal number: `digits × 10^-scale`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    pub digits: i64,
    pub scale: u8,
}

impl Decimal {
    /// Largest number of decimal places a figure may have.
    pub const MAX_SCALE: u8 = 6;

    pub const fn new(digits: i64, scale: u8) -> Self {
        Decimal { digits, scale }
    }

    /// The shortest exact decimal that the double `x` was parsed from, if it has at most
    /// [`Decimal::MAX_SCALE`] places. Exact because `digits / 10^scale` is correctly rounded,
    /// just like parsing the written text was, so equality means the same written number.
    pub fn from_f64(x: f64) -> Option<Self> {
        if !x.is_finite() || x.abs() >= 9.0e15 {
            return None;
        }
        let mut pow = 1.0_f64;
        for scale in 0..=Self::MAX_SCALE {
            let digits = (x * pow).round();
            if digits.abs() < 9.0e15 && digits / pow == x {
                return Some(Decimal::new(digits as i64, scale));
            }
            pow *= 10.0;
        }
        None
    }

    /// Parses a plain decimal like `-12.50` (no exponent, no grouping).
    pub fn parse(s: &str) -> Option<Self> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty()
            || (body.contains('.') && frac.is_empty())
            || frac.len() > Self::MAX_SCALE as usize
        {
            return None;
        }
        let mut digits: i64 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            digits = digits.checked_mul(10)?.checked_add((b - b'0') as i64)?;
        }
        Some(Decimal::new(
            if neg { -digits } else { digits },
            frac.len() as u8,
        ))
    }

    /// The value as a double, for proportions and sorting (never for display).
    pub fn to_f64(self) -> f64 {
        self.digits as f64 / 10f64.powi(self.scale as i32)
    }

    pub fn is_negative(self) -> bool {
        self.digits < 0
    }

    /// `self × 10^shift` exactly, or `None` on overflow.
    pub fn shift(self, shift: i32) -> Option<Self> {
        let mut d = self;
        let mut s = shift;
        while s > 0 && d.scale > 0 {
            d.scale -= 1;
            s -= 1;
        }
        while s > 0 {
            d.digits = d.digits.checked_mul(10)?;
            s -= 1;
        }
        while s < 0 {
            d.scale = d.scale.checked_add(1)?;
            s += 1;
        }
        Some(d)
    }

    /// Exact sum, or `None` on overflow.
    pub fn checked_add(self, other: Self) -> Option<Self> {
        let scale = self.scale.max(other.scale);
        let a = self
            .digits
            .checked_mul(10i64.checked_pow((scale - self.scale) as u32)?)?;
        let b = other
            .digits
            .checked_mul(10i64.checked_pow((scale - other.scale) as u32)?)?;
        Some(Decimal::new(a.checked_add(b)?, scale))
    }

    /// Exact difference, or `None` on overflow.
    pub fn checked_sub(self, other: Self) -> Option<Self> {
        self.checked_add(Decimal::new(other.digits.checked_neg()?, other.scale))
    }

    /// Compares numerically (1.50 == 1.5).
    pub fn cmp_value(self, other: Self) -> std::cmp::Ordering {
        let scale = self.scale.max(other.scale);
        let a = self.digits as i128 * 10i128.pow((scale - self.scale) as u32);
        let b = other.digits as i128 * 10i128.pow((scale - other.scale) as u32);
        a.cmp(&b)
    }
}

/// Writes the digits exactly as stored: `307.3`, `12713`, `-0.50`.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.digits < 0 {
            f.write_str("-")?;
        }
        let abs = self.digits.unsigned_abs();
        let scale = self.scale as u32;
        if scale == 0 {
            return write!(f, "{abs}");
        }
        let pow = 10u64.pow(scale);
        write!(f, "{}.", abs / pow)?;
        let frac = abs % pow;
        // Leading zeros of the fraction, written without width formatting machinery.
        let mut p = pow / 10;
        while p > 1 && frac < p {
            f.write_str("0")?;
            p /= 10;
        }
        write!(f, "{frac}")
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Units the widget knows how to read out in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Yi,
    Wan,
    WanSqm,
    Percent,
    Points,
    Firms,
    Items,
    Count,
    Sites,
    Mu,
    Plots,
    Funds,
    Clauses,
    Times,
    Petaflops,
    People,
    PersonTimes,
    Persons,
    Years,
    Stars,
    Cases,
    Rank,
}

impl Unit {
    /// Each unit with its name in the data file.
    pub const KEYS: [(&'static str, Unit); 22] = [
        ("亿元", Unit::Yi),
        ("万元", Unit::Wan),
        ("万平方米", Unit::WanSqm),
        ("%", Unit::Percent),
        ("百分点", Unit::Points),
        ("家", Unit::Firms),
        ("件", Unit::Items),
        ("个", Unit::Count),
        ("处", Unit::Sites),
        ("亩", Unit::Mu),
        ("宗", Unit::Plots),
        ("只", Unit::Funds),
        ("条", Unit::Clauses),
        ("倍", Unit::Times),
        ("P", Unit::Petaflops),
        ("人", Unit::People),
        ("人次", Unit::PersonTimes),
        ("名", Unit::Persons),
        ("年", Unit::Years),
        ("星", Unit::Stars),
        ("起", Unit::Cases),
        ("rank", Unit::Rank),
    ];

    /// The unit as Chinese text writes it after a number ("" for ranks, which are words).
    pub fn zh(self) -> &'static str {
        match self {
            Unit::Yi => "亿元",
            Unit::Wan => "万元",
            Unit::WanSqm => "万平方米",
            Unit::Percent => "%",
            Unit::Points => "个百分点",
            Unit::Firms => "家",
            Unit::Items => "件",
            Unit::Count => "个",
            Unit::Sites => "处",
            Unit::Mu => "亩",
            Unit::Plots => "宗",
            Unit::Funds => "只",
            Unit::Clauses => "条",
            Unit::Times => "倍",
            Unit::Petaflops => "P",
            Unit::People => "人",
            Unit::PersonTimes => "人次",
            Unit::Persons => "名",
            Unit::Years => "年",
            Unit::Stars => "星",
            Unit::Cases => "起",
            Unit::Rank => "",
        }
    }
}

/// How a written value is qualified: 超1000P, 约29.81亿元.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Over,
    About,
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
    pub const ALL: [Status; 9] = [
        Status::Signed,
        Status::Settled,
        Status::Started,
        Status::Building,
        Status::ToppedOut,
        Status::FitOut,
        Status::Completed,
        Status::Operating,
        Status::Delivered,
    ];

    /// The status's name in the data file and in the URL fragment.
    pub fn key(self) -> &'static str {
        match self {
            Status::Signed => "signed",
            Status::Settled => "settled",
            Status::Started => "started",
            Status::Building => "building",
            Status::ToppedOut => "topped-out",
            Status::FitOut => "fit-out",
            Status::Completed => "completed",
            Status::Operating => "operating",
            Status::Delivered => "delivered",
        }
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

/// One article's data: what a newsroom swaps for the next report.
#[derive(Debug, Clone)]
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
        self.rank.as_ref().filter(|_| self.unit != Unit::Rank)
    }
}

/// Datasets are equal when they are the same dataset: once loaded, a dataset is shared
/// (`Rc<Dataset>`) and never changed, so identity is equality. This is what components'
/// props compare, and it keeps a deep comparison of every figure out of the wasm.
impl PartialEq for Dataset {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_keeps_written_digits() {
        for s in [
            "307.3", "25.56", "12713", "0", "216.58", "0.05", "-3.10", "1.34",
        ] {
            assert_eq!(Decimal::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn decimal_from_f64_is_shortest_exact() {
        for (x, s) in [
            (307.3, "307.3"),
            (25.56, "25.56"),
            (88.05, "88.05"),
            (396.43, "396.43"),
            (12713.0, "12713"),
            (0.1, "0.1"),
        ] {
            assert_eq!(Decimal::from_f64(x).unwrap().to_string(), s);
        }
        assert_eq!(Decimal::from_f64(f64::NAN), None);
        assert_eq!(Decimal::from_f64(1.0 / 3.0), None);
    }

    #[test]
    fn decimal_rejects_non_numbers() {
        for s in [
            "",
            "1.",
            ".5",
            "1e3",
            "1,000",
            "12.3456789",
            "--1",
            "99999999999999999999",
        ] {
            assert_eq!(Decimal::parse(s), None, "{s}");
        }
    }

    #[test]
    fn decimal_arithmetic_is_exact() {
        let d = |s| Decimal::parse(s).unwrap();
        assert_eq!(
            d("396.43").checked_sub(d("100")).unwrap().to_string(),
            "296.43"
        );
        assert_eq!(d("0.1").checked_add(d("0.2")).unwrap().to_string(), "0.3");
        assert_eq!(d("307.3").shift(8).unwrap().to_string(), "30730000000");
        assert_eq!(d("307.3").shift(-1).unwrap().to_string(), "30.73");
        assert_eq!(d("1.50").cmp_value(d("1.5")), std::cmp::Ordering::Equal);
    }
}
