//! Periods as articles write them: 上半年, 前三季度, 1-10月, 1至9月, 一季度, 截至6月底,
//! 2023年, 今年以来, 春节假期. A period holds until the article names another one.

use crate::data::{Period, Text};

/// What a period covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Months `from..=to` of the year (上半年 = 1..=6, 前三季度 = 1..=9, 1-10月, 截至8月底).
    Months(u8, u8),
    /// A whole year (2023年, 全年).
    Year,
    /// 今年以来: from January to an unstated month.
    SinceJanuary,
    /// A holiday or a run of days (春节假期, 10月1日至7日): no share of the year.
    Days(String),
}

/// A period found in a clause: where it is and what it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub year: Option<u16>,
    pub span: Span,
    /// The words as written (上半年, 1—8月份).
    pub written: String,
}

const HOLIDAYS: [(&str, &str); 8] = [
    ("春节", "Spring Festival"),
    ("国庆", "National Day"),
    ("五一", "May Day"),
    ("劳动节", "Labour Day"),
    ("端午", "Dragon Boat Festival"),
    ("中秋", "Mid-Autumn Festival"),
    ("清明", "Qingming"),
    ("元旦", "New Year's Day"),
];

fn digits_at(s: &str) -> Option<(u32, usize)> {
    let n: usize = s
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .map(char::len_utf8)
        .sum();
    (n > 0 && n <= 4).then(|| s[..n].parse().ok().map(|v| (v, n)))?
}

fn month_at(s: &str) -> Option<(u8, usize)> {
    if let Some((v, n)) = digits_at(s) {
        return (1..=12).contains(&v).then_some((v as u8, n));
    }
    let (v, n) = crate::numerals::read(s)?;
    (1..=12)
        .contains(&v)
        .then_some((v as u8, n))
        .filter(|_| !s.starts_with('第'))
}

/// The period at byte `i` of `s`, if one starts there.
fn period_at(s: &str, i: usize) -> Option<(Span, usize)> {
    let rest = &s[i..];
    for (word, span) in [
        ("上半年", Span::Months(1, 6)),
        ("下半年", Span::Months(7, 12)),
        ("前三季度", Span::Months(1, 9)),
        ("前两季度", Span::Months(1, 6)),
        ("一季度", Span::Months(1, 3)),
        ("第一季度", Span::Months(1, 3)),
        ("今年以来", Span::SinceJanuary),
        ("全年", Span::Year),
    ] {
        if rest.starts_with(word) {
            return Some((span, word.len()));
        }
    }
    for (word, m) in [
        ("第二季度", 6u8),
        ("第三季度", 9),
        ("第四季度", 12),
        ("二季度", 6),
        ("三季度", 9),
        ("四季度", 12),
    ] {
        if rest.starts_with(word) && !s[..i].ends_with('前') {
            return Some((Span::Months(m - 2, m), word.len()));
        }
    }
    let quote = rest.starts_with('“');
    for (name, _) in HOLIDAYS {
        if !quote && !rest.starts_with(name) {
            continue;
        }
        // 五一假期, or “五一”假期 in quotes.
        let quoted = rest
            .strip_prefix('“')
            .and_then(|r| r.strip_prefix(name))
            .and_then(|r| r.strip_prefix('”'));
        let (after, head) = match (rest.strip_prefix(name), quoted) {
            (Some(a), _) => (a, name.len()),
            (None, Some(a)) => (a, name.len() + "“”".len()),
            _ => continue,
        };
        for tail in ["假期", "黄金周", "长假", "期间", "小长假"] {
            if after.starts_with(tail) {
                return Some((Span::Days(name.to_string()), head + tail.len()));
            }
        }
    }
    // 截至6月底 / 截至6月末
    if let Some(r) = rest
        .strip_prefix("截至")
        .or_else(|| rest.strip_prefix("截止"))
    {
        let (m, n) = month_at(r)?;
        let after = &r[n..];
        for end in ["月底", "月末", "月份", "月"] {
            if after.starts_with(end) {
                return Some((Span::Months(1, m), 6 + n + end.len()));
            }
        }
        return None;
    }
    // 1-10月, 1—8月份, 1至9月, 1~5月
    let (a, n) = month_at(rest)?;
    let r = &rest[n..];
    // 3月份， / 6月当月: one month, at the start of a clause (or after its year).
    let opens = i == 0
        || s[..i].ends_with(['，', ',', '；', ';', '。', '：', '\n'])
        || s[..i].ends_with('年')
            && s[..i]
                .trim_end_matches('年')
                .ends_with(|c: char| c.is_ascii_digit());
    if opens && !rest.starts_with(|c: char| !c.is_ascii_digit()) {
        for tail in ["月份", "月当月", "月"] {
            let after = &r.get(tail.len()..).unwrap_or("");
            if r.starts_with(tail) && after.starts_with(['，', ',']) {
                return Some((Span::Months(a, a), n + tail.len()));
            }
        }
    }
    let sep = ['-', '—', '–', '~', '～', '至', '到', '－']
        .into_iter()
        .find(|&c| r.starts_with(c))?;
    let r2 = &r[sep.len_utf8()..];
    let (b, n2) = month_at(r2)?;
    let r3 = &r2[n2..];
    if !r3.starts_with('月') || r3.starts_with("月1日") || b < a || a != 1 {
        // Days of a month (10月1日至7日) are handled by the caller.
        return None;
    }
    let len = n + sep.len_utf8() + n2 + if r3.starts_with("月份") { 6 } else { 3 };
    Some((Span::Months(a, b), len))
}

/// Every period written in `s`, in order. A year written just before a period word
/// (2024年上半年) belongs to it; a year on its own (2023年, 2023年全年) is a whole year
/// unless a comparison word comes before it (比2019年同期 names a base, not a period).
pub fn find(s: &str) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        // A year: 2024年
        if let Some((y, n)) =
            digits_at(&s[i..]).filter(|(y, n)| *n == 4 && (1990..2100).contains(y))
        {
            if s[i + n..].starts_with('年') {
                let after = i + n + 3;
                let before = &s[..i];
                let compared = ["比", "较", "同", "与", "于", "为"]
                    .iter()
                    .any(|w| before.ends_with(w));
                if let Some((span, len)) = period_at(s, after) {
                    // 比2023年上半年: a comparison's base, not a period.
                    if before.ends_with(['比', '较']) {
                        i = after + len;
                        continue;
                    }
                    out.push(Hit {
                        start: i,
                        end: after + len,
                        year: Some(y as u16),
                        span,
                        written: s[i..after + len].to_string(),
                    });
                    i = after + len;
                    continue;
                }
                let rest = &s[after..];
                let dated = month_at(rest).is_some() || rest.starts_with("度");
                let next_is_clause =
                    rest.starts_with(['，', ',', '全', '末', '，']) || rest.is_empty();
                if !compared && !dated && next_is_clause {
                    let end = if rest.starts_with("末") {
                        after + 3
                    } else {
                        after
                    };
                    out.push(Hit {
                        start: i,
                        end,
                        year: Some(y as u16),
                        span: Span::Year,
                        written: s[i..end].to_string(),
                    });
                }
                i = after;
                continue;
            }
        }
        // Days: 10月1日至7日
        if let Some((_, n)) = month_at(&s[i..]) {
            let r = &s[i + n..];
            if let Some(r) = r.strip_prefix('月') {
                if let Some((_, d)) = digits_at(r) {
                    let r2 = &r[d..];
                    if let Some(r3) = r2.strip_prefix("日至").or_else(|| r2.strip_prefix("日—"))
                    {
                        if let Some((_, d2)) = digits_at(r3) {
                            if r3[d2..].starts_with('日') {
                                let end = i + n + 3 + d + 6 + d2 + 3;
                                // 春节假期（1月21日至27日）: the days name the holiday's span.
                                let explains = out.last().is_some_and(|h: &Hit| {
                                    matches!(&h.span, Span::Days(n) if HOLIDAYS.iter().any(|(zh, _)| zh == n))
                                        && matches!(&s[h.end..i], "（" | "(")
                                });
                                if explains {
                                    let close =
                                        ["）", ")"].iter().find(|c| s[end..].starts_with(**c));
                                    let end = end + close.map_or(0, |c| c.len());
                                    if let Some(h) = out.last_mut() {
                                        h.end = end;
                                    }
                                    i = end;
                                    continue;
                                }
                                out.push(Hit {
                                    start: i,
                                    end,
                                    year: None,
                                    span: Span::Days(s[i..end].to_string()),
                                    written: s[i..end].to_string(),
                                });
                                i = end;
                                continue;
                            }
                        }
                    }
                }
            }
        }
        if let Some((span, len)) = period_at(s, i) {
            // 全年 names the year only at the start of a clause (全年实现…), not in
            // 完成全年目标 or 力争全年增长.
            let is_year_word = matches!(span, Span::Year);
            let at_start = i == 0 || s[..i].ends_with(['，', ',', '；', '。', '：']);
            // 比一季度末, 比上半年, 比1—9月份: a comparison's base, not a period.
            let compared = ["比", "较"].iter().any(|w| s[..i].ends_with(w));
            if (!is_year_word || at_start) && !compared {
                out.push(Hit {
                    start: i,
                    end: i + len,
                    year: None,
                    span,
                    written: s[i..i + len].to_string(),
                });
            }
            i += len;
            continue;
        }
        i += s[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// 10月1日至7日 → "Oct 1–7 2024".
fn days_en(written: &str, year: &str) -> Option<String> {
    let (m, rest) = written.split_once('月')?;
    let (a, rest) = rest.split_once("日至")?;
    let b = rest.strip_suffix('日')?;
    let month: usize = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    let (a, b): (u8, u8) = (a.parse().ok()?, b.parse().ok()?);
    Some(
        format!("{} {a}–{b} {year}", MONTHS_EN[month - 1])
            .trim()
            .to_string(),
    )
}

/// The dataset's period for a hit, given the year in force: its id, label in both
/// languages and, where a 序时进度 makes sense (a run of months from January), the months
/// elapsed.
pub fn to_period(hit: &Hit, year: Option<u16>) -> Period {
    let y = hit.year.or(year);
    let ys = y.map(|y| y.to_string()).unwrap_or_default();
    let zh = match (hit.year, y) {
        // 今年以来 names its own year; days (10月1日至7日) keep their words.
        (None, Some(y))
            if !matches!(hit.span, Span::Days(_) | Span::SinceJanuary)
                || hit.written.contains("假") =>
        {
            format!("{y}年{}", hit.written)
        }
        _ => hit.written.clone(),
    };
    let (id, en, elapsed) = match &hit.span {
        Span::Months(1, 6) => (format!("{ys}h1"), format!("H1 {ys}"), Some([6, 12])),
        Span::Months(1, 12) => (ys.clone(), ys.clone(), None),
        Span::Months(1, 9) if hit.written.contains("季度") => {
            (format!("{ys}q1-3"), format!("Q1–Q3 {ys}"), Some([9, 12]))
        }
        Span::Months(1, 3) if hit.written.contains("季度") => {
            (format!("{ys}q1"), format!("Q1 {ys}"), Some([3, 12]))
        }
        // One month (3月份): no share of the year is elapsed in it.
        Span::Months(a, b) if a == b => (
            format!("{ys}m{a}"),
            format!("{} {ys}", MONTHS_EN[*a as usize - 1]),
            None,
        ),
        Span::Months(1, b) => (
            format!("{ys}m1-{b}"),
            format!("Jan–{} {ys}", MONTHS_EN[*b as usize - 1]),
            Some([*b as i64, 12]),
        ),
        Span::Months(a, b) => (
            format!("{ys}m{a}-{b}"),
            format!(
                "{}–{} {ys}",
                MONTHS_EN[*a as usize - 1],
                MONTHS_EN[*b as usize - 1]
            ),
            None,
        ),
        Span::Year => (ys.clone(), ys.clone(), None),
        Span::SinceJanuary => (format!("{ys}ytd"), format!("{ys} so far"), None),
        Span::Days(name) => {
            let en = HOLIDAYS
                .iter()
                .find(|(zh, _)| zh == name)
                .map(|(_, en)| format!("{en} holiday {ys}"))
                .or_else(|| days_en(name, &ys))
                .unwrap_or_default();
            let id = HOLIDAYS
                .iter()
                .position(|(zh, _)| zh == name)
                .map_or("days".to_string(), |i| format!("holiday{i}"));
            (format!("{ys}{id}"), en, None)
        }
    };
    let id = if id.is_empty() { "period".into() } else { id };
    Period {
        id: id.into(),
        label: Text {
            zh: zh.into(),
            en: en.trim().to_string().into(),
        },
        elapsed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> (String, Option<[i64; 2]>, String) {
        let hits = find(s);
        let h = hits.first().unwrap_or_else(|| panic!("no period in {s}"));
        let p = to_period(h, Some(2024));
        (p.label.zh.to_string(), p.elapsed, p.label.en.to_string())
    }

    #[test]
    fn periods_as_articles_write_them() {
        for (s, zh, elapsed, en) in [
            ("上半年,全区实现", "2024年上半年", Some([6, 12]), "H1 2024"),
            ("2023年上半年", "2023年上半年", Some([6, 12]), "H1 2023"),
            (
                "前三季度，全县",
                "2024年前三季度",
                Some([9, 12]),
                "Q1–Q3 2024",
            ),
            (
                "1-10月，规上工业",
                "2024年1-10月",
                Some([10, 12]),
                "Jan–Oct 2024",
            ),
            (
                "1—8月份，全市",
                "2024年1—8月份",
                Some([8, 12]),
                "Jan–Aug 2024",
            ),
            ("1至9月，", "2024年1至9月", Some([9, 12]), "Jan–Sep 2024"),
            ("一季度，", "2024年一季度", Some([3, 12]), "Q1 2024"),
            ("截至6月底，", "2024年截至6月底", Some([6, 12]), "H1 2024"),
            (
                "截至8月末，",
                "2024年截至8月末",
                Some([8, 12]),
                "Jan–Aug 2024",
            ),
            ("2023年，全市", "2023年", None, "2023"),
            (
                "春节假期，全县",
                "2024年春节假期",
                None,
                "Spring Festival holiday 2024",
            ),
            ("10月1日至7日，", "10月1日至7日", None, "Oct 1–7 2024"),
            ("3月份，规上工业", "2024年3月份", None, "Mar 2024"),
            ("6月当月，", "2024年6月当月", None, "Jun 2024"),
            (
                "“五一”假期全市",
                "2024年“五一”假期",
                None,
                "May Day holiday 2024",
            ),
            (
                "春节假期（1月21日至27日）",
                "2024年春节假期",
                None,
                "Spring Festival holiday 2024",
            ),
        ] {
            assert_eq!(one(s), (zh.to_string(), elapsed, en.to_string()), "{s}");
        }
    }

    #[test]
    fn words_that_are_not_periods() {
        for s in [
            "完成全年目标的80.8%",
            "比2019年同期增长12%",
            "力争全年增长6%",
            "8月21日召开",
            "第二季度",
            "比一季度末下降0.3个百分点",
            "较上半年加快0.8个百分点",
            "比1—9月份提高0.4个百分点",
            "比2023年上半年增长5%",
            "6月28日13时",
            "于8月竣工",
            "3月份以来",
        ] {
            let hits: Vec<_> = find(s)
                .into_iter()
                .filter(|h| !matches!(h.span, Span::Months(4, 6)))
                .collect();
            assert!(hits.is_empty(), "{s}: {hits:?}");
        }
    }
}
