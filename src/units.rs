//! Units as articles write them, and what the widget knows about each: one table.
//!
//! Any unit is accepted and shown as written (`标箱`, `万千瓦`, `床`). The units in
//! [`KNOWN`] also get magnitude arithmetic (the full amount behind 亿/万) and English.

use std::rc::Rc;

/// What a unit measures: decides how a value reads in English and which checks apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Money: the English base goes before the number (`CNY 30.73 bn`).
    Money,
    /// Anything counted or measured with an English noun or symbol after the number.
    Quantity,
    /// A percentage.
    Percent,
    /// Percentage points, the difference of two percentages (个百分点).
    Points,
    /// A multiple (倍).
    Times,
    /// A position in a ranking; the value is the position.
    Rank,
    /// A unit the widget does not know: shown as written, in both languages.
    Unknown,
}

/// A unit the widget knows.
#[derive(Debug, PartialEq, Eq)]
pub struct Known {
    /// The unit in the data file, as the article writes it after a number.
    pub key: &'static str,
    /// How the widget writes it after a number in Chinese (百分点 → 个百分点; "" for ranks).
    pub zh: &'static str,
    pub measure: Measure,
    /// Powers of ten from this unit to its base: 亿元 → 8 (元), 万人次 → 4 (人次).
    pub shift: u8,
    /// The base unit in Chinese, for the full amount (`307.3亿元 = 30,730,000,000元`).
    pub base_zh: &'static str,
    /// The base in English: a currency code before the number, or a noun or symbol after it
    /// ("" for a bare count, whose label says what is counted).
    pub en: &'static str,
}

const fn k(
    key: &'static str,
    measure: Measure,
    shift: u8,
    base_zh: &'static str,
    en: &'static str,
) -> Known {
    Known {
        key,
        zh: key,
        measure,
        shift,
        base_zh,
        en,
    }
}

use Measure::{Money, Quantity};

/// Every unit the widget knows, with its magnitude and English.
pub const KNOWN: &[Known] = &[
    // money
    k("元", Money, 0, "元", "CNY"),
    k("万元", Money, 4, "元", "CNY"),
    k("亿元", Money, 8, "元", "CNY"),
    k("万亿元", Money, 12, "元", "CNY"),
    k("美元", Money, 0, "美元", "USD"),
    k("万美元", Money, 4, "美元", "USD"),
    k("亿美元", Money, 8, "美元", "USD"),
    // people
    k("人", Quantity, 0, "人", "people"),
    k("万人", Quantity, 4, "人", "people"),
    k("亿人", Quantity, 8, "人", "people"),
    k("名", Quantity, 0, "名", "people"),
    k("人次", Quantity, 0, "人次", "person-times"),
    k("万人次", Quantity, 4, "人次", "person-times"),
    k("亿人次", Quantity, 8, "人次", "person-times"),
    k("户", Quantity, 0, "户", "households"),
    k("万户", Quantity, 4, "户", "households"),
    // counts: the label says what is counted
    k("个", Quantity, 0, "个", ""),
    k("家", Quantity, 0, "家", "firms"),
    k("项", Quantity, 0, "项", ""),
    k("件", Quantity, 0, "件", ""),
    k("处", Quantity, 0, "处", "sites"),
    k("宗", Quantity, 0, "宗", "plots"),
    k("只", Quantity, 0, "只", "funds"),
    k("条", Quantity, 0, "条", ""),
    k("所", Quantity, 0, "所", ""),
    k("座", Quantity, 0, "座", ""),
    k("套", Quantity, 0, "套", "units"),
    k("辆", Quantity, 0, "辆", "vehicles"),
    k("万辆", Quantity, 4, "辆", "vehicles"),
    k("起", Quantity, 0, "起", "cases"),
    k("年", Quantity, 0, "年", "years"),
    k("星", Quantity, 0, "星", "stars"),
    // mass
    k("公斤", Quantity, 0, "公斤", "kg"),
    k("千克", Quantity, 0, "千克", "kg"),
    k("吨", Quantity, 0, "吨", "tonnes"),
    k("万吨", Quantity, 4, "吨", "tonnes"),
    k("亿吨", Quantity, 8, "吨", "tonnes"),
    // area
    k("亩", Quantity, 0, "亩", "mu"),
    k("万亩", Quantity, 4, "亩", "mu"),
    k("平方米", Quantity, 0, "平方米", "m²"),
    k("万平方米", Quantity, 4, "平方米", "m²"),
    k("公顷", Quantity, 0, "公顷", "ha"),
    k("平方公里", Quantity, 0, "平方公里", "km²"),
    // length
    k("公里", Quantity, 0, "公里", "km"),
    k("千米", Quantity, 0, "千米", "km"),
    k("米", Quantity, 0, "米", "m"),
    // energy and power
    k("度", Quantity, 0, "度", "kWh"),
    k("万度", Quantity, 4, "度", "kWh"),
    k("亿度", Quantity, 8, "度", "kWh"),
    k("千瓦时", Quantity, 0, "千瓦时", "kWh"),
    k("万千瓦时", Quantity, 4, "千瓦时", "kWh"),
    k("亿千瓦时", Quantity, 8, "千瓦时", "kWh"),
    k("千瓦", Quantity, 0, "千瓦", "kW"),
    k("万千瓦", Quantity, 4, "千瓦", "kW"),
    // freight
    k("标箱", Quantity, 0, "标箱", "TEU"),
    k("万标箱", Quantity, 4, "标箱", "TEU"),
    k("P", Quantity, 0, "P", "PFLOPS"),
    // ratios and ranks
    k("%", Measure::Percent, 0, "", "%"),
    Known {
        key: "百分点",
        zh: "个百分点",
        ..k("", Measure::Points, 0, "", "percentage points")
    },
    k("个百分点", Measure::Points, 0, "", "percentage points"),
    k("倍", Measure::Times, 0, "", "×"),
    Known {
        key: "rank",
        zh: "",
        ..k("", Measure::Rank, 0, "", "")
    },
];

/// A unit as the data file writes it. Compares by its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit(Rc<str>);

impl Unit {
    pub fn new(written: &str) -> Self {
        Unit(written.into())
    }

    /// The unit as the data file writes it.
    pub fn key(&self) -> &str {
        &self.0
    }

    /// What the widget knows of this unit, if anything.
    pub fn known(&self) -> Option<&'static Known> {
        KNOWN.iter().find(|u| u.key == &*self.0)
    }

    pub fn measure(&self) -> Measure {
        self.known().map_or(Measure::Unknown, |u| u.measure)
    }

    /// The unit as Chinese text writes it after a number ("" for ranks, which are words).
    pub fn zh(&self) -> &str {
        self.known().map_or(&self.0, |u| u.zh)
    }

    /// True for the units of a change: %, 个百分点, 倍.
    pub fn is_ratio(&self) -> bool {
        matches!(
            self.measure(),
            Measure::Percent | Measure::Points | Measure::Times
        )
    }
}

impl Default for Unit {
    fn default() -> Self {
        Unit::new("个")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unit_of_the_issue_is_known() {
        for u in [
            "亿元",
            "万元",
            "元",
            "人",
            "万人",
            "亿人",
            "人次",
            "万人次",
            "亿人次",
            "名",
            "个",
            "家",
            "项",
            "件",
            "处",
            "宗",
            "只",
            "吨",
            "万吨",
            "亩",
            "万亩",
            "平方米",
            "万平方米",
            "公里",
            "千米",
            "亿度",
            "千瓦时",
            "%",
            "个百分点",
            "rank",
        ] {
            assert!(Unit::new(u).known().is_some(), "{u}");
        }
    }

    #[test]
    fn keys_are_unique_and_magnitudes_share_a_base() {
        for (i, a) in KNOWN.iter().enumerate() {
            assert!(KNOWN[i + 1..].iter().all(|b| b.key != a.key), "{}", a.key);
            if a.shift > 0 {
                let base = KNOWN.iter().find(|b| b.key == a.base_zh);
                assert_eq!(base.map(|b| (b.shift, b.en)), Some((0, a.en)), "{}", a.key);
            }
        }
    }

    #[test]
    fn an_unknown_unit_is_shown_as_written() {
        let u = Unit::new("床");
        assert_eq!(u.measure(), Measure::Unknown);
        assert_eq!(u.zh(), "床");
        assert_eq!(Unit::new("百分点").zh(), "个百分点");
        assert_eq!(Unit::new("rank").zh(), "");
    }
}
