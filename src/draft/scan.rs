//! Numbers with their units as written, and ranks, found in a sentence.

use crate::data::{Decimal, Qualifier};

/// A number the sentence states, with its unit and qualifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    /// Byte range of the whole figure as written, qualifier words included.
    pub start: usize,
    pub end: usize,
    /// Byte offset where the digits start (after any qualifier before them).
    pub digits_at: usize,
    pub value: Decimal,
    /// The unit as written (`亿元`, `个百分点`, `%`), "" when none follows.
    pub unit: String,
    pub qualifier: Option<Qualifier>,
    /// Written in Chinese numerals (三个).
    pub chinese: bool,
    /// Followed by 、 and more numbers that share one unit (`1.2、2.3个百分点`).
    pub in_list: bool,
}

/// A rank the sentence states: 居全省第5位, 位居全市首位, 连续保持全县第一.
#[derive(Debug, Clone, PartialEq)]
pub struct RankHit {
    pub start: usize,
    pub end: usize,
    /// Where the scope starts (全省第5位): the rank's `written`.
    pub written_at: usize,
    pub scope: String,
    pub position: i64,
    /// Its place in a list of ranks (分别居全省第4位、第3位): 0 for the first, and the
    /// list's length (1 for a rank on its own).
    pub nth: usize,
    pub of: usize,
}

/// Units as articles write them after a number, longest first where one is a prefix of
/// another (亿元 before 亿).
const UNIT_BASES: &[&str] = &[
    "个百分点",
    "百分点",
    // a change of a rate in ‰ (比上年下降0.74个千分点)
    "个千分点",
    "千分点",
    "万亿元",
    "亿美元",
    "万美元",
    "亿元",
    "万元",
    "美元",
    "元",
    "亿人次",
    "万人次",
    "人年",
    "人次",
    "亿人",
    "万人",
    "人",
    "名",
    "户次",
    "户",
    "吨公里",
    "人公里",
    "吨",
    "公斤",
    "千克",
    "毫米",
    "厘米",
    "斤",
    "微克",
    "毫克",
    "平方米",
    "平方公里",
    "亩",
    "公顷",
    "立方米",
    "公里",
    "千米",
    "千瓦时",
    "千瓦",
    "度",
    "标箱",
    "辆次",
    "辆",
    "台",
    "家次",
    "家",
    "个工作日",
    "工作日",
    "个位次",
    "位次",
    "个月",
    "个",
    "项",
    "件",
    "处",
    "宗",
    "只",
    "条",
    "所",
    "座",
    "栋",
    "部",
    "套（间）",
    "套(间)",
    "套",
    "间",
    "张",
    "床",
    "篇",
    "块",
    "批次",
    "批",
    "艘次",
    "艘",
    "架次",
    "架",
    "班",
    "列",
    "趟",
    "支",
    "轮",
    "份",
    "头",
    "笔",
    "分钟",
    "分",
    "单",
    "位",
    "场",
    "次",
    "倍",
    "%",
    "％",
    "‰",
    "岁",
    "小时",
    "天",
    "P",
];

/// Magnitudes written before a base unit (万吨, 亿千瓦时, 万头).
const MAGNITUDES: &[&str] = &["万亿", "亿", "万", "千"];

/// The unit written at the start of `r`: a base, or a magnitude and a base, or a bare
/// magnitude (3.5万); "" when none.
fn unit_at(r: &str) -> String {
    let base = |r: &str| UNIT_BASES.iter().find(|u| r.starts_with(**u)).copied();
    if let Some(b) = base(r) {
        return b.to_string();
    }
    for m in MAGNITUDES {
        if let Some(rest) = r.strip_prefix(m) {
            return match base(rest) {
                Some(b)
                    if !matches!(
                        b,
                        "%" | "％" | "‰" | "倍" | "个百分点" | "百分点" | "个千分点" | "千分点"
                    ) =>
                {
                    format!("{m}{b}")
                }
                _ if *m != "千" => m.to_string(),
                _ => continue,
            };
        }
    }
    String::new()
}

/// Units that count things: a Chinese numeral before one of these is a figure (三个).
const COUNTERS: &[&str] = &[
    "个位次",
    "个",
    "家",
    "项",
    "件",
    "名",
    "所",
    "座",
    "条",
    "批",
    "处",
    "次",
    "支",
    "场",
    "部",
    "起",
    "轮",
];

/// Words after a classifier that make the numeral part of a word or a name: 三部门, 两部委,
/// 三轮车; and a numeral right after it (三支一扶, 两场一会: a slogan).
fn not_a_count(counter: &str, after: &str) -> bool {
    let word = match counter {
        "部" => ["门", "委", "分", "署"]
            .iter()
            .any(|w| after.starts_with(w)),
        "轮" => ["车", "驱"].iter().any(|w| after.starts_with(w)),
        _ => false,
    };
    let slogan = matches!(counter, "支" | "场" | "部" | "起" | "轮")
        && after.starts_with(crate::numerals::is_numeral);
    word || slogan
}

/// Words right after a number that make it a date, an ordinal or part of a name.
const NOT_AFTER: &[&str] = &[
    "年",
    "月",
    "日",
    "时",
    "号",
    "届",
    "期",
    "代",
    "季度",
    "岁",
    "点",
    "分",
    "G",
    "+",
    "#",
    "次会议",
    "个月",
    "周年",
    "级",
    "楼",
    "路",
    "大",
    "强",
];

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn ascii_digit(c: char) -> char {
    if ('０'..='９').contains(&c) {
        char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
    } else {
        c
    }
}

/// The qualifier written just before byte `i` of `s`, and where it starts.
fn qualifier_before(s: &str, i: usize) -> Option<(Qualifier, usize)> {
    let before = &s[..i];
    for (w, q) in [
        ("超过", Qualifier::Over),
        ("突破", Qualifier::Over),
        ("逾", Qualifier::Over),
        ("超", Qualifier::Over),
        ("将近", Qualifier::Nearly),
        ("接近", Qualifier::Nearly),
        ("近", Qualifier::Nearly),
        ("约", Qualifier::About),
    ] {
        if before.ends_with(w) {
            return Some((q, i - w.len()));
        }
    }
    None
}

/// Every number of `s` that may be a figure: not a year, date, ordinal or part of a name.
pub fn numbers(s: &str) -> Vec<Num> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out: Vec<Num> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if is_digit(c) {
            // digits, thousands groups, one decimal point
            let mut text = String::new();
            let mut j = k;
            while j < chars.len() {
                let ch = chars[j].1;
                if is_digit(ch) {
                    text.push(ascii_digit(ch));
                } else if (ch == ',' || ch == '，')
                    && j + 3 < chars.len() + 1
                    && (1..=3).all(|d| chars.get(j + d).is_some_and(|x| is_digit(x.1)))
                    && !chars.get(j + 4).is_some_and(|x| is_digit(x.1))
                    && !text.contains('.')
                {
                    // thousands separator
                } else if (ch == '.' || ch == '．')
                    && !text.contains('.')
                    && chars.get(j + 1).is_some_and(|x| is_digit(x.1))
                {
                    text.push('.');
                } else {
                    break;
                }
                j += 1;
            }
            let end_digits = chars.get(j).map_or(s.len(), |x| x.0);
            k = j;
            let prev = s[..i].chars().last();
            let rest = &s[end_digits..];
            // GDP307.3亿元 is a figure; S312省道 and G105 are names (no unit follows).
            let after_letters = prev.is_some_and(|p| p.is_ascii_alphabetic());
            // 3—5岁: the end of a range, like its start.
            let range_end = s[..i].ends_with(['-', '—', '～', '~', '－'])
                && s[..i]
                    .trim_end_matches(['-', '—', '～', '~', '－'])
                    .ends_with(is_digit);
            // 上年同月=100: an index's base.
            let name_like = prev.is_some_and(|p| {
                p == '+' || p == '第' || p == '=' || p == '-' && rest.starts_with('月')
            }) || rest.starts_with(|c: char| c.is_ascii_alphabetic() && c != 'P')
                || rest.starts_with("P级")
                || range_end
                // 7×24小时: a schedule written as a product
                || s[..i].ends_with(['×', '*']);
            let small_years = rest.starts_with('年') && text.len() <= 2 && !text.contains('.');
            // 78.6岁 (life expectancy) is a figure; 65岁以上 defines a group.
            let ages = rest.starts_with('岁') && !rest[3..].starts_with(['以', '及']);
            // 12.5分钟 and a score of 96.2分 are figures; 17时30分 is a time.
            let minutes = rest.starts_with("分钟")
                || rest.starts_with('分') && !s[..i].ends_with(['时', '点']);
            // 压缩至4个月以内: a duration reached; 6个月及以上 stays a bound. A duration
            // measured (周期为20.3个月) or its change (减少0.8个月) is a figure too; a window
            // (近12个月, 连续3个月) is not.
            let months = rest.starts_with("个月")
                && ([
                    "压缩至",
                    "压缩到",
                    "缩短至",
                    "缩短到",
                    "控制在",
                    "为",
                    "达到",
                    "减少",
                    "缩短",
                    "延长",
                    "增加",
                ]
                .iter()
                .any(|w| s[..i].ends_with(w))
                    || text.contains('.'));
            let after_unit_skip = NOT_AFTER.iter().any(|w| rest.starts_with(w)) && !small_years
                && !ages
                && !minutes
                && !months
                && !rest.starts_with("点") // 百分点 is a unit; 点 alone is a time
                || rest.starts_with(['-', '—', '～', '~', '至', '－']) && {
                    // a range of months or days (1-6月), not a figure
                    let r = rest.trim_start_matches(['-', '—', '～', '~', '至', '－']);
                    r.starts_with(is_digit)
                };
            if name_like || after_unit_skip {
                continue;
            }
            let Some(mut value) = Decimal::parse(&text) else {
                continue;
            };
            // 自然增长率为-0.86‰: a minus sign after a verb or a stop, not between two
            // numbers (1-6月, 0758-3126540).
            let minus = ['-', '－', '−']
                .into_iter()
                .find(|m| s[..i].ends_with(*m))
                .map(|m| i - m.len_utf8())
                .filter(|&at| {
                    let b = &s[..at];
                    b.is_empty()
                        || b.ends_with(['为', '是', '达', '：', ':', '（', '(', '，', ','])
                        || b.ends_with("增长")
                        || b.ends_with("增速")
                });
            if minus.is_some() {
                value = Decimal::new(-value.digits, value.scale);
            }
            let signed_at = minus.unwrap_or(i);
            let (mut end, mut qualifier) = (end_digits, None);
            let (qb, start) = match qualifier_before(s, signed_at) {
                Some((q, at)) => (Some(q), at),
                None => (None, signed_at),
            };
            qualifier = qualifier.or(qb);
            let mut r = &s[end..];
            if r.starts_with('余') || r.starts_with('多') {
                qualifier = Some(Qualifier::Over);
                end += 3;
                r = &s[end..];
            }
            let mut unit = unit_at(r);
            // 20年 (a term of years) is a figure; 2024年 never reaches here.
            if unit.is_empty()
                && r.starts_with('年')
                && value.digits < 100
                && value.scale == 0
                && !after_letters
            {
                let next = &r[3..];
                // 连续5年 and 1年以上 are spans that qualify something else.
                // 20年一遇: a flood standard, not a term.
                if !next.starts_with(['前', '来', '后', '间', '度', '底', '末', '初', '以', '及'])
                    && !next.starts_with("一遇")
                    && !s[..start].ends_with("连续")
                {
                    unit = "年".into();
                }
            }
            if after_letters && unit.is_empty() {
                continue;
            }
            // A rate: 公斤/亩, 万元/人, 微克/立方米.
            if !unit.is_empty() {
                if let Some(per) = r[unit.len()..].strip_prefix('/') {
                    let base = unit_at(per);
                    let base = if base.is_empty() {
                        per.chars()
                            .next()
                            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                            .map(String::from)
                            .unwrap_or_default()
                    } else {
                        base
                    };
                    if !base.is_empty() {
                        unit = format!("{unit}/{base}");
                    }
                }
            }
            end += unit.len();
            if unit == "％" {
                unit = "%".into();
            }
            // 5万吨级泊位: a class in a name. “15分钟健身圈”: a name in quotes.
            if !unit.is_empty()
                && (s[end..].starts_with('级')
                    || s[..start].ends_with('“')
                        && s[end..].starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c)))
            {
                continue;
            }
            let r = &s[end..];
            if r.starts_with("以上") {
                qualifier = Some(Qualifier::Over);
                end += 6;
            } else if r.starts_with("左右") {
                qualifier = Some(Qualifier::About);
                end += 6;
            }
            // 1.2、2.3个百分点 and 0.4和0.3个百分点: a bare number before another.
            let in_list = unit.is_empty()
                && (s[end..].starts_with('、')
                    || ["和", "及"].iter().any(|w| {
                        s[end..]
                            .strip_prefix(w)
                            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                    }));
            out.push(Num {
                start,
                end,
                digits_at: i,
                value,
                unit,
                qualifier,
                chinese: false,
                in_list,
            });
            continue;
        }
        if crate::numerals::is_numeral(c) && c != '零' && c != '〇' {
            let prev = s[..i].chars().last();
            let after_numeral_word = prev.is_some_and(|p| {
                crate::numerals::is_numeral(p)
                    || matches!(
                        p,
                        '第' | '星' | '周' | '初' | '“' | '"' | '数' | '几' | '上' | '每' | '前'
                    )
            });
            if let Some((v, n)) = crate::numerals::read(&s[i..]) {
                let mut r = &s[i + n..];
                let mut extra = 0;
                let mut over = false;
                if let Some(x) = r.strip_prefix('余').or_else(|| r.strip_prefix('多')) {
                    r = x;
                    extra = 3;
                    over = true;
                }
                // 三次刷新纪录 is a count; 三次产业, 二次供水 and 四次会议 are not.
                let counter = COUNTERS.iter().find(|u| r.starts_with(**u)).filter(|u| {
                    !not_a_count(u, &r[u.len()..])
                        && (**u != "次"
                            || !(r[3..].starts_with("产业")
                                || r[3..].starts_with("分配")
                                || r[3..].starts_with('会')
                                || r[3..].starts_with("全会")
                                || &s[i..i + n] == "二"))
                });
                // 排名前移一位, 提升两个位次: a rank's move, one place included.
                let moved = [
                    "前移", "后移", "上升", "下降", "提升", "前进", "后退", "跃升",
                ]
                .iter()
                .any(|w| s[..i].ends_with(w));
                let places = ["个位次", "位次", "位"]
                    .iter()
                    .find(|u| r.starts_with(**u))
                    .filter(|_| moved && !over);
                let counter = places.or(counter);
                let skip_k = s[i..i + n].chars().count();
                if let (Some(u), false, true) =
                    (counter, after_numeral_word, v >= 2 || places.is_some())
                {
                    // 三个 but not 一个 (一个平台 is rarely a figure), 十四五 or 第三批
                    let end = i + n + extra + u.len();
                    let qb = qualifier_before(s, i);
                    out.push(Num {
                        start: qb.map_or(i, |q| q.1),
                        end,
                        digits_at: i,
                        value: Decimal::new(v as i64, 0),
                        unit: u.to_string(),
                        qualifier: if over {
                            Some(Qualifier::Over)
                        } else {
                            qb.map(|q| q.0)
                        },
                        chinese: true,
                        in_list: false,
                    });
                }
                k += skip_k;
                continue;
            }
        }
        k += 1;
    }
    // 1.2、2.3个百分点: bare numbers in a list take the unit written at its end; so does
    // 0.8个和0.5个百分点, whose first number keeps only the 个 of it.
    for a in (0..out.len()).rev() {
        let elided = out[a].unit == "个"
            && !out[a].chinese
            && out
                .get(a + 1)
                .is_some_and(|b| matches!(b.unit.as_str(), "个百分点" | "个千分点"));
        if (out[a].in_list || elided) && a + 1 < out.len() && !out[a + 1].unit.is_empty() {
            let between = &s[out[a].end..out[a + 1].start];
            if between == "、" || between == "和" || between == "及" {
                out[a].unit = out[a + 1].unit.clone();
            }
        }
    }
    out
}

/// Scopes a rank is taken in.
const SCOPES: &[&str] = &[
    "全国",
    "全省",
    "全市",
    "全区",
    "全县",
    "全州",
    "全盟",
    "全旗",
    "同类园区",
    "同类开发区",
    "国家级开发区",
    "国家级高新区",
    "全省开发区",
    "中部地区",
    "西部地区",
    "东部地区",
];

/// Verbs that introduce a rank (居全省第5位).
const RANK_VERBS: &[&str] = &[
    "连续保持",
    "稳居",
    "位居",
    "位列",
    "排名",
    "排在",
    "排位",
    "名列",
    "跃居",
    "居于",
    "居",
    "列",
    "保持",
    "并列",
    "排",
];

/// Every rank `s` states with a position: 居全省第5位, 位居全市首位, 全省排名第2位,
/// 增速排名全市第一, 列同类园区第一名. 前列 has no position and is not a figure.
pub fn ranks(s: &str) -> Vec<RankHit> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let scope = SCOPES
            .iter()
            .find(|sc| rest.starts_with(**sc))
            .map(|s| s.to_string())
            .or_else(|| {
                // 位列郑州市第一, 居河南省第二: a named city or province after a rank verb.
                if !RANK_VERBS.iter().any(|v| s[..i].ends_with(v)) {
                    return None;
                }
                let name: String = rest.chars().take(6).collect();
                ["市", "省", "县", "区"].iter().find_map(|suffix| {
                    let at = name.find(suffix)?;
                    let cand = &name[..at + suffix.len()];
                    (cand.chars().count() >= 2 && cand.chars().count() <= 4 && !cand.contains('全'))
                        .then(|| cand.to_string())
                })
            });
        let Some(scope) = scope else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let mut j = i + scope.len();
        // A few words may narrow the scope before the position: 全省沿江港口第3位,
        // 全市景区首位, 全省排名第2位.
        let narrow: usize = s[j..]
            .char_indices()
            .take(8)
            .find(|&(_, c)| {
                c == '第'
                    || c == '首'
                    || c == '榜'
                    || !('\u{4e00}'..='\u{9fff}').contains(&c) && !c.is_ascii_alphanumeric()
            })
            .map_or(0, |(k, _)| k);
        if narrow > 0 && s[j + narrow..].starts_with(['第', '首', '榜']) {
            j += narrow;
        }
        let r = &s[j..];
        let pos = if let Some(r2) = r.strip_prefix('第') {
            let (p, n) = read_position(r2);
            let mut end = j + 3 + n;
            for tail in ["位", "名"] {
                if s[end..].starts_with(tail) {
                    end += tail.len();
                }
            }
            // 第一产业, 第二批: ordinals, not ranks (全市第一大贸易伙伴 is the largest).
            let next = &s[end..];
            let ordinal = next
                .starts_with(['产', '批', '届', '次', '期', '季', '个', '家', '项', '阶'])
                || next.starts_with('大') && !has_rank_verb(s, i);
            (p > 0 && n > 0 && !ordinal).then_some((p, end))
        } else if r.starts_with("首位")
            || r.starts_with("榜首")
            || r.starts_with("首")
                && !r.starts_with("首批")
                && !r.starts_with("首届")
                && !r.starts_with("首家")
                && !r.starts_with("首个")
                && !r.starts_with("首次")
        {
            let len = if r.starts_with("首位") || r.starts_with("榜首") {
                6
            } else {
                3
            };
            Some((1, j + len))
        } else {
            None
        };
        let Some((position, end)) = pos else {
            i += scope.len();
            continue;
        };
        // A rank needs its verb before the scope, or 排名 between (全省排名第2位), or an
        // 增速/总量 subject right before (增速全市第一).
        let before = &s[..i];
        let verb = RANK_VERBS.iter().find(|v| before.ends_with(**v));
        let has_verb = verb.is_some()
            || s[i..end].contains("排名")
            || before.ends_with("增速")
            || before.ends_with("总量")
            || before.ends_with("数量");
        if !has_verb {
            i = end;
            continue;
        }
        let start = verb.map_or(i, |v| i - v.len());
        out.push(RankHit {
            start,
            end,
            written_at: i,
            scope,
            position,
            nth: 0,
            of: 1,
        });
        i = end;
    }
    // 排名第五十一位, 居第六位, 位列产业项目组第一名, 分获第二名, 仍居各来源地首位: a rank
    // verb before 第 or 首位, with at most a short group name between (the scope).
    let starts = s
        .match_indices('第')
        .map(|(at, _)| at)
        .chain(s.match_indices("首位").map(|(at, _)| at));
    let mut more = Vec::new();
    for at in starts {
        if out.iter().any(|h: &RankHit| at >= h.start && at < h.end) {
            continue;
        }
        let Some((verb_at, verb, scope_at)) = rank_verb_before(s, at) else {
            continue;
        };
        let (position, end) = if s[at..].starts_with("首位") {
            (1, at + "首位".len())
        } else {
            let r = &s[at + '第'.len_utf8()..];
            let (position, n) = read_position(r);
            let tail = &r[n..];
            // 第二批, 第三季度: ordinals; a rank ends in 位 or 名, or right before the
            // clause's end after 排名 (排名第一；).
            let unit = ["位", "名"].iter().find(|u| tail.starts_with(**u));
            // 位列暑期档票房第一；: a short group name between is its scope.
            let bare = at - scope_at <= 8 * 3
                && ["排名", "位列", "位居", "排在", "名列"].contains(&verb)
                && (tail.is_empty()
                    || tail.starts_with(['，', '。', '；', ',', ';', '、', '！', '”']));
            if position <= 0 || n == 0 || unit.is_none() && !bare {
                continue;
            }
            (
                position,
                at + '第'.len_utf8() + n + unit.map_or(0, |u| u.len()),
            )
        };
        more.push(RankHit {
            start: verb_at,
            end,
            written_at: scope_at,
            scope: s[scope_at..at].to_string(),
            position,
            nth: 0,
            of: 1,
        });
    }
    out.extend(more);
    out.sort_by_key(|h| h.start);
    // 第4位、第3位 and 第二名、第三名: the list's other ranks, in the same scope.
    let mut listed = Vec::new();
    for h in &out {
        let unit = ["位", "名"]
            .into_iter()
            .find(|u| s[..h.end].ends_with(u))
            .unwrap_or("");
        let mut group = vec![h.clone()];
        let mut at = h.end;
        while let Some(r) = ["、第", "和第", "及第"].iter().find_map(|j| {
            s[at..]
                .strip_prefix(j)
                .map(|r| (r, j.len() - '第'.len_utf8()))
        }) {
            let (rest, joiner) = r;
            let (position, n) = read_position(rest);
            if position <= 0 || n == 0 || !rest[n..].starts_with(unit) || unit.is_empty() {
                break;
            }
            let first = at + joiner;
            let end = first + '第'.len_utf8() + n + unit.len();
            group.push(RankHit {
                start: first,
                end,
                written_at: first,
                scope: h.scope.clone(),
                position,
                nth: group.len(),
                of: 1,
            });
            at = end;
        }
        let of = group.len();
        listed.extend(group.into_iter().map(|mut g| {
            g.of = of;
            g
        }));
    }
    listed.sort_by_key(|h| h.start);
    listed
}

/// True when a rank verb comes right before the scope at byte `i` (保持全市…).
fn has_rank_verb(s: &str, i: usize) -> bool {
    RANK_VERBS.iter().any(|v| s[..i].ends_with(v))
}

/// A position written after 第: 5, 五十一.
fn read_position(r: &str) -> (i64, usize) {
    match crate::numerals::read(r) {
        Some((v, n)) => (v as i64, n),
        None => {
            let n: usize = r
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .map(char::len_utf8)
                .sum();
            (r[..n].parse().unwrap_or(0), n)
        }
    }
}

/// The rank verb before byte `at` (a 第 or 首位), with at most a short group name between:
/// where the verb starts, the verb, and where the name starts.
fn rank_verb_before(s: &str, at: usize) -> Option<(usize, &'static str, usize)> {
    const VERBS: &[&str] = &[
        "排名", "位居", "位列", "排在", "名列", "居于", "分获", "荣获", "获得", "居", "列", "获",
    ];
    let mut scope_at = at;
    for _ in 0..=12 {
        let before = &s[..scope_at];
        if let Some(v) = VERBS.iter().find(|v| before.ends_with(**v)) {
            return Some((scope_at - v.len(), v, scope_at));
        }
        let c = before.chars().last()?;
        let name_char = ('\u{4e00}'..='\u{9fff}').contains(&c)
            || c.is_ascii_alphanumeric()
            || "（）()、".contains(c);
        if !name_char || c == '第' {
            return None;
        }
        scope_at -= c.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<(String, String, Option<Qualifier>)> {
        numbers(s)
            .into_iter()
            .map(|n| (n.value.to_string(), n.unit, n.qualifier))
            .collect()
    }

    fn n(v: &str, u: &str) -> (String, String, Option<Qualifier>) {
        (v.into(), u.into(), None)
    }

    #[test]
    fn numbers_with_units_as_written() {
        assert_eq!(
            nums("实现GDP307.3亿元,同比增长3.1%,比上年提高1.2个百分点"),
            [n("307.3", "亿元"), n("3.1", "%"), n("1.2", "个百分点")]
        );
        assert_eq!(nums("接待游客1,234.5万人次"), [n("1234.5", "万人次")]);
        assert_eq!(nums("吞吐量１２．５万标箱"), [n("12.5", "万标箱")]);
        assert_eq!(
            nums("分别高1.2、2.3个百分点"),
            [n("1.2", "个百分点"), n("2.3", "个百分点")]
        );
        assert_eq!(nums("三个项目和十二家企业"), [n("3", "个"), n("12", "家")]);
        assert_eq!(nums("增长1.5倍"), [n("1.5", "倍")]);
    }

    #[test]
    fn qualifiers_are_kept() {
        let q = |s| nums(s).into_iter().map(|x| x.2).collect::<Vec<_>>();
        assert_eq!(q("储备了超1000P算力"), [Some(Qualifier::Over)]);
        assert_eq!(q("培训20余万人次"), [Some(Qualifier::Over)]);
        assert_eq!(q("投资100亿元以上"), [Some(Qualifier::Over)]);
        assert_eq!(q("近3000人"), [Some(Qualifier::Nearly)]);
        assert_eq!(q("约29.81亿元"), [Some(Qualifier::About)]);
        assert_eq!(q("5000人左右"), [Some(Qualifier::About)]);
    }

    #[test]
    fn numbers_that_are_not_figures() {
        for s in [
            "2024年上半年",
            "8月21日",
            "1-6月",
            "1—8月份",
            "S312省道",
            "5G基站",
            "“1+6”系列",
            "第二批",
            "十四五规划",
            "打造一个平台",
            "17时30分",
            "四大产业集群",
        ] {
            assert_eq!(nums(s), [], "{s}");
        }
    }

    #[test]
    fn ranks_with_positions() {
        let r = |s: &str| {
            ranks(s)
                .into_iter()
                .map(|h| (s[h.written_at..h.end].to_string(), h.position))
                .collect::<Vec<_>>()
        };
        assert_eq!(r("居全省第5位"), [("全省第5位".to_string(), 5)]);
        assert_eq!(r("位居全市首位"), [("全市首位".to_string(), 1)]);
        assert_eq!(r("全省排名第2位"), [("全省排名第2位".to_string(), 2)]);
        assert_eq!(r("连续保持全县第一"), [("全县第一".to_string(), 1)]);
        assert_eq!(r("列同类园区第一名"), [("同类园区第一名".to_string(), 1)]);
        assert_eq!(r("增速居全市第二位"), [("全市第二位".to_string(), 2)]);
        assert_eq!(r("位列郑州市第一"), [("郑州市第一".to_string(), 1)]);
        assert_eq!(r("增速排名全市第一"), [("全市第一".to_string(), 1)]);
        assert!(r("第一产业增加值38.15亿元").is_empty());
        assert!(r("全市首批").is_empty());
        assert!(r("位居全省前列").is_empty());
        assert_eq!(
            r("在全国百强县中排名第五十一位"),
            [("全国百强县中排名第五十一位".to_string(), 51)]
        );
        assert_eq!(r("排名第五十一位"), [("第五十一位".to_string(), 51)]);
        assert_eq!(r("居第六位"), [("第六位".to_string(), 6)]);
        assert!(r("居第二批").is_empty());
    }
}
