//! Numbers and units as a reader expects them, in Chinese or English.
//!
//! Pure and exact: values are [`Decimal`]s and are never re-rounded, so the text is the
//! same in the browser, in native tests and in a prerendered page. (`Intl.NumberFormat`
//! would take a double and apply its own rounding; the article's digits are the contract.)

use crate::data::{
    Change, Decimal, Indicator, Lang, Measure, Period, Progress, Qualifier, Rank, Share, Unit,
};

/// The real minus sign, not a hyphen.
pub const MINUS: char = '−';

/// Writes `d` with its digits as stored, grouping the integer part by thousands when it
/// has five digits or more (12,713 but 7110), and a real minus sign.
pub fn number(d: Decimal) -> String {
    let plain = d.to_string();
    let (sign, body) = match plain.strip_prefix('-') {
        Some(rest) => (Some(MINUS), rest),
        None => (None, plain.as_str()),
    };
    let (int, frac) = body
        .split_once('.')
        .map_or((body, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(plain.len() + 8);
    out.extend(sign);
    if int.len() >= 5 {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// `full` read in English magnitudes: 30.73 bn, 134 m, 300,000 (`money` says "m"/"bn",
/// other quantities "million"/"billion").
fn magnitude_en(full: Decimal, money: bool) -> String {
    let at = |p: i32| full.cmp_value(Decimal::new(10i64.pow(p as u32), 0)).is_ge();
    let (shift, word) = match (at(9), at(6), money) {
        (true, _, true) => (-9, " bn"),
        (true, _, false) => (-9, " billion"),
        (false, true, true) => (-6, " m"),
        (false, true, false) => (-6, " million"),
        _ => (0, ""),
    };
    format!(
        "{}{word}",
        number(full.shift(shift).unwrap_or(full).normalized())
    )
}

/// An amount with its unit, e.g. `307.3亿元` / `CNY 30.73 bn`, `12,713件` / `12,713`,
/// `850万人次` / `8.5 million person-times`; a unit the widget does not know is written
/// as the article wrote it, in both languages (`12标箱`).
pub fn amount(value: Decimal, unit: &Unit, noun: Option<&str>, lang: Lang) -> String {
    let known = match (lang, unit.known()) {
        (Lang::Zh, _) => return format!("{}{}", number(value), unit.zh()),
        (Lang::En, None) if unit.key().is_empty() => return number(value),
        (Lang::En, None) => return format!("{} {}", number(value), unit.key()),
        (Lang::En, Some(known)) => known,
    };
    let full = value.shift(known.shift as i32).unwrap_or(value);
    match known.measure {
        Measure::Money => format!("{} {}", known.en, magnitude_en(full, true)),
        Measure::Percent => format!("{}%", number(value)),
        Measure::Points => format!("{} percentage points", number(value)),
        Measure::Times => format!("{}×", number(value)),
        Measure::Rank => format!("No. {}", number(value)),
        Measure::Quantity | Measure::Unknown => {
            let n = magnitude_en(full, false);
            match noun.unwrap_or(known.en) {
                "" => n,
                noun => format!("{n} {noun}"),
            }
        }
    }
}

/// A rank as a badge: 全市首位 / "No. 1 in Zhengzhou".
pub fn rank(r: &Rank, lang: Lang) -> String {
    match lang {
        Lang::Zh if r.written.contains(&*r.scope.zh) => r.written.to_string(),
        Lang::Zh => format!("{}{}", r.scope.zh, r.written),
        Lang::En => {
            let tied = if r.tied_with.is_some() { "joint " } else { "" };
            // A scope said elsewhere in the sentence (排名第五十一位) has no words here.
            match r.scope.get(Lang::En) {
                "" => format!("{tied}No. {}", r.position),
                scope => format!("{tied}No. {} in {scope}", r.position),
            }
        }
    }
}

/// A share as a badge or clause: `占全市25.56%` / `25.56% of Zhengzhou`.
pub fn share(s: &Share, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("占{}{}", s.scope.zh, percent(s.value)),
        Lang::En => format!("{} of {}", percent(s.value), s.scope.en),
    }
}

/// The label under a progress bar: `完成全年计划64.3%` / `64.3% of annual plan`.
pub fn progress_label(p: &Progress, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("完成{}{}", p.target.zh, percent(p.value)),
        Lang::En => format!("{} of {}", percent(p.value), p.target.en),
    }
}

/// The headline value of an indicator as the card shows it.
pub fn value(ind: &Indicator, lang: Lang) -> String {
    if let Some(w) = &ind.written {
        return w.get(lang).to_string();
    }
    if let (Measure::Rank, Some(r)) = (ind.unit.measure(), &ind.rank) {
        return rank(r, lang);
    }
    let q = match (ind.qualifier, lang) {
        (Some(Qualifier::Over), Lang::Zh) => "超",
        (Some(Qualifier::Over), Lang::En) => "over ",
        (Some(Qualifier::About), Lang::Zh) => "约",
        (Some(Qualifier::About), Lang::En) => "about ",
        (Some(Qualifier::Nearly), Lang::Zh) => "近",
        (Some(Qualifier::Nearly), Lang::En) => "nearly ",
        (None, _) => "",
    };
    format!(
        "{q}{}",
        amount(ind.value, &ind.unit, ind.noun_en.as_deref(), lang)
    )
}

/// The full amount behind a magnitude: `307.3亿元 = 30,730,000,000元`. `None` when the
/// unit has no larger magnitude to expand.
pub fn full_amount(value: Decimal, unit: &Unit, lang: Lang) -> Option<String> {
    let known = unit.known().filter(|u| u.shift > 0)?;
    let full = number(value.shift(known.shift as i32)?);
    Some(match (lang, known.measure) {
        (Lang::Zh, _) => format!("{}{} = {full}{}", number(value), known.zh, known.base_zh),
        (Lang::En, Measure::Money) => format!("{} {full}", known.en),
        (Lang::En, _) => format!("{full} {}", known.en),
    })
}

/// Direction of a change, for the arrow and the colour class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Flat,
}

pub fn trend(c: &Change) -> Trend {
    match c.value.digits.signum() {
        1 => Trend::Up,
        -1 => Trend::Down,
        _ => Trend::Flat,
    }
}

/// A year-on-year change in words: `同比增长3.1%`, `同比下降0.5个百分点`, `up 3.1% year on year`.
pub fn change(c: &Change, lang: Lang) -> String {
    let abs = Decimal::new(c.value.digits.abs(), c.value.scale);
    let t = trend(c);
    match lang {
        Lang::Zh => {
            let ratio = c.unit.is_ratio();
            let verb = match (t, c.written.as_deref()) {
                (Trend::Flat, _) => "同比持平".into(),
                (_, Some(w)) => w.to_string(),
                (Trend::Up, None) if ratio => "同比增长".into(),
                (Trend::Up, None) => "同比增加".into(),
                (Trend::Down, None) if ratio => "同比下降".into(),
                (Trend::Down, None) => "同比减少".into(),
            };
            if t == Trend::Flat {
                verb
            } else {
                format!("{verb}{}{}", number(abs), c.unit.zh())
            }
        }
        Lang::En => {
            let by = match c.unit.measure() {
                Measure::Points => format!("{} percentage points", number(abs)),
                Measure::Times => format!("{}×", number(abs)),
                Measure::Percent => format!("{}%", number(abs)),
                // An absolute change (减少0.74万人): the amount in its unit.
                _ => amount(abs, &c.unit, None, Lang::En),
            };
            match t {
                Trend::Up => format!("up {by} year on year"),
                Trend::Down => format!("down {by} year on year"),
                Trend::Flat => "unchanged year on year".into(),
            }
        }
    }
}

/// Share of the year elapsed at the end of a period, in percent (上半年 → 50, 1~5月 → 41.7).
pub fn schedule_percent(p: &Period) -> Option<f64> {
    let [m, of] = p.elapsed?;
    (of > 0).then(|| m as f64 * 100.0 / of as f64)
}

/// A proportion for an SVG attribute, to one decimal, with integer arithmetic only (float
/// formatting would pull Rust's float printing into the wasm for a bar width; see
/// ../shared/TOOLCHAIN.md, "Size traps").
pub fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}

/// A percentage as a plain figure: `83.2%`.
pub fn percent(d: Decimal) -> String {
    format!("{}%", number(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn numbers_keep_their_digits_group_thousands_and_use_a_real_minus() {
        assert_eq!(number(d("12713")), "12,713");
        assert_eq!(number(d("7110")), "7110");
        assert_eq!(number(d("216.58")), "216.58");
        assert_eq!(number(d("-3.1")), "−3.1");
        assert_eq!(number(d("30730000000")), "30,730,000,000");
        assert_eq!(number(d("25.560")), "25.560");
    }

    fn u(s: &str) -> Unit {
        Unit::new(s)
    }

    #[test]
    fn amounts_in_chinese_keep_the_unit_as_written() {
        assert_eq!(amount(d("307.3"), &u("亿元"), None, Lang::Zh), "307.3亿元");
        assert_eq!(amount(d("12713"), &u("件"), None, Lang::Zh), "12,713件");
        assert_eq!(amount(d("25.56"), &u("%"), None, Lang::Zh), "25.56%");
        assert_eq!(
            amount(d("1.2"), &u("百分点"), None, Lang::Zh),
            "1.2个百分点"
        );
        assert_eq!(
            amount(d("36.5"), &u("万标箱"), None, Lang::Zh),
            "36.5万标箱"
        );
        assert_eq!(amount(d("1200"), &u("床"), None, Lang::Zh), "1200床");
    }

    #[test]
    fn amounts_in_english_read_magnitudes() {
        for (v, unit, en) in [
            ("307.3", "亿元", "CNY 30.73 bn"),
            ("1.34", "亿元", "CNY 134 m"),
            ("30", "万元", "CNY 300,000"),
            ("2850", "元", "CNY 2850"),
            ("12.5", "亿美元", "USD 1.25 bn"),
            ("17.65", "万平方米", "176,500 m²"),
            ("12713", "件", "12,713"),
            ("6.6", "倍", "6.6×"),
            ("850", "万人次", "8.5 million person-times"),
            ("3.52", "万人", "35,200 people"),
            ("1.2", "亿人次", "120 million person-times"),
            ("105.6", "万吨", "1.056 million tonnes"),
            ("12.5", "亿度", "1.25 billion kWh"),
            ("320", "公里", "320 km"),
            ("36.5", "万标箱", "365,000 TEU"),
            ("2", "个百分点", "2 percentage points"),
            ("1200", "床", "1200 床"),
        ] {
            assert_eq!(amount(d(v), &u(unit), None, Lang::En), en, "{v}{unit}");
        }
        assert_eq!(
            amount(d("5"), &u("家"), Some("centres"), Lang::En),
            "5 centres"
        );
    }

    #[test]
    fn full_amounts() {
        assert_eq!(
            full_amount(d("307.3"), &u("亿元"), Lang::Zh).unwrap(),
            "307.3亿元 = 30,730,000,000元"
        );
        assert_eq!(
            full_amount(d("396.43"), &u("亿元"), Lang::En).unwrap(),
            "CNY 39,643,000,000"
        );
        assert_eq!(
            full_amount(d("850"), &u("万人次"), Lang::Zh).unwrap(),
            "850万人次 = 8,500,000人次"
        );
        assert_eq!(
            full_amount(d("17.65"), &u("万平方米"), Lang::En).unwrap(),
            "176,500 m²"
        );
        assert_eq!(full_amount(d("12713"), &u("件"), Lang::Zh), None);
        assert_eq!(full_amount(d("12"), &u("万床"), Lang::Zh), None);
    }

    #[test]
    fn changes_read_as_words_with_their_sign_and_unit() {
        let c = |v: &str, unit: &str| Change {
            value: d(v),
            unit: u(unit),
            written: None,
        };
        assert_eq!(change(&c("3.1", "%"), Lang::Zh), "同比增长3.1%");
        assert_eq!(
            change(&c("-0.5", "百分点"), Lang::Zh),
            "同比下降0.5个百分点"
        );
        assert_eq!(change(&c("0", "%"), Lang::Zh), "同比持平");
        assert_eq!(
            change(&c("-2", "个百分点"), Lang::En),
            "down 2 percentage points year on year"
        );
        let w = Change {
            value: d("9.2"),
            unit: u("%"),
            written: Some(Rc::from("增速")),
        };
        assert_eq!(change(&w, Lang::Zh), "增速9.2%");
        assert_eq!(trend(&c("-1", "%")), Trend::Down);
        assert_eq!(change(&c("-0.74", "万人"), Lang::Zh), "同比减少0.74万人");
        assert_eq!(
            change(&c("-0.74", "万人"), Lang::En),
            "down 7400 people year on year"
        );
    }

    #[test]
    fn tenths_for_svg() {
        assert_eq!(tenths(83.2), "83.2");
        assert_eq!(tenths(41.666), "41.7");
        assert_eq!(tenths(100.0), "100.0");
        assert_eq!(tenths(-0.04), "0.0");
    }

    #[test]
    fn schedule_is_the_share_of_the_year_elapsed() {
        let p = |e| Period {
            id: "p".into(),
            label: crate::data::Text {
                zh: "".into(),
                en: "".into(),
            },
            elapsed: e,
        };
        assert_eq!(schedule_percent(&p(Some([6, 12]))), Some(50.0));
        assert_eq!(
            schedule_percent(&p(Some([5, 12]))).map(|x| (x * 10.0).round() / 10.0),
            Some(41.7)
        );
        assert_eq!(schedule_percent(&p(None)), None);
    }
}

/// One sentence that says what a card shows, from the data alone: the card's accessible
/// description and what 复制 copies. E.g. `2024年上半年，郑州高新区地区生产总值307.3亿元，同比增长3.1%。`
pub fn sentence(
    ind: &Indicator,
    period: Option<&Period>,
    place: &crate::data::Text,
    lang: Lang,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(ind.yoy.as_ref().map(|c| change(c, lang)));
    parts.extend(ind.shares.iter().map(|s| share(s, lang)));
    parts.extend(ind.rank_badge().map(|r| rank(r, lang)));
    parts.extend(ind.progress.as_ref().map(|p| match lang {
        Lang::Zh => format!("完成{}的{}", p.target.zh, percent(p.value)),
        Lang::En => format!("{} of the {}", percent(p.value), p.target.en),
    }));
    let period = period.map(|p| p.label.get(lang)).unwrap_or_default();
    match lang {
        Lang::Zh => {
            let head = if period.is_empty() {
                String::new()
            } else {
                format!("{period}，")
            };
            let tail: String = parts.iter().map(|p| format!("，{p}")).collect();
            format!(
                "{head}{}{}{}{tail}。",
                place.zh,
                ind.label.zh,
                value(ind, lang)
            )
        }
        Lang::En => {
            let head = if period.is_empty() {
                String::new()
            } else {
                format!(", {period}")
            };
            let tail: String = parts.iter().map(|p| format!(", {p}")).collect();
            format!(
                "{}{head} — {}: {}{tail}.",
                place.en,
                ind.label.en,
                value(ind, lang)
            )
        }
    }
}

#[cfg(test)]
mod sentence_tests {
    use super::*;
    use crate::parse::parse_dataset;

    fn say(id: &str, lang: Lang) -> String {
        let data = parse_dataset(crate::DEFAULT_DATASET).unwrap();
        let ind = data.indicator(id).unwrap();
        sentence(ind, data.period(&ind.period), &data.article.place, lang)
    }

    #[test]
    fn generated_sentences() {
        assert_eq!(
            say("gdp", Lang::Zh),
            "2024年上半年，郑州高新区地区生产总值307.3亿元，同比增长3.1%。"
        );
        assert_eq!(
            say("gdp", Lang::En),
            "Zhengzhou High-tech Zone, H1 2024 — GDP: CNY 30.73 bn, up 3.1% year on year."
        );
        assert_eq!(
            say("invention-patents", Lang::Zh),
            "2024年上半年，郑州高新区有效发明专利拥有量12,713件，占郑州市30%，全市首位。"
        );
        assert_eq!(
            say("tech-firms-new", Lang::Zh),
            "2024年上半年，郑州高新区新增郑州市科技型企业193家，完成全年计划的64.3%。"
        );
        assert_eq!(
            say("compute-capacity", Lang::Zh),
            "2024年上半年，郑州高新区储备算力服务能力超1000P。"
        );
    }
}
