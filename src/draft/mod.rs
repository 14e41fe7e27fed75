//! `shuka draft`: an article's text in, a draft dataset out: every figure the article
//! states, attached to its indicator, with the sentence it comes from.
//!
//! The reading follows `DRAFTING.md`: the text is cleaned and split ([`text`]), periods
//! are tracked as they change ([`period`]), numbers and ranks are found with their units
//! as written ([`scan`]), and one pass per sentence ([`Reader::sentence`]) decides what
//! each number is — a value, its change, share, progress or rank, a project's amount, or
//! nothing the drafter can read. The rules of that pass are written down there, in one
//! place. The drafter never invents: every number comes from the text, and what it is
//! unsure of carries a `review` note or is listed as unread.

pub mod period;
pub mod scan;
pub mod text;
pub mod words;

use crate::data::{
    Article, Category, Change, Dataset, Decimal, Indicator, Period, Progress, Project, Rank, Share,
    Status, Text, Unit,
};
use scan::{Num, RankHit};
use std::rc::Rc;

/// A number the drafter found but could not attach to an indicator: never dropped
/// silently, listed for the editor (and in `shuka draft`'s JSON under `unread`).
#[derive(Debug, Clone, PartialEq)]
pub struct Unread {
    /// The number as written, with its unit.
    pub text: String,
    /// Its sentence.
    pub quote: String,
    pub why: &'static str,
}

/// The draft of one article.
#[derive(Debug, Clone)]
pub struct Draft {
    pub dataset: Dataset,
    pub unread: Vec<Unread>,
}

/// The draft as the JSON `shuka draft` prints: the dataset, plus an `unread` list of the
/// numbers the drafter could not read (the widget ignores the field; the editor lists it).
pub fn draft_json(d: &Draft) -> String {
    let json = crate::write::dataset_json(&d.dataset);
    let body = json.trim_end().trim_end_matches('}').trim_end();
    let unread: Vec<String> = d
        .unread
        .iter()
        .map(|u| {
            use crate::write::quoted;
            format!(
                "    {{\"text\": {}, \"why\": {}, \"quote\": {}}}",
                quoted(&u.text),
                quoted(u.why),
                quoted(&u.quote)
            )
        })
        .collect();
    if unread.is_empty() {
        return json;
    }
    format!(
        "{body},\n  \"unread\": [\n{}\n  ]\n}}\n",
        unread.join(",\n")
    )
}

/// Drafts a dataset from an article's text (plain text, or HTML with its tags stripped).
pub fn draft(input: &str) -> Draft {
    let plain = text::plain(input);
    let paras = text::paragraphs(&plain);
    let mut r = Reader::new(&paras);
    // 注：… explains the data (how a figure is counted, a conversion rate): its numbers are
    // not figures. A bare 注： line heads the notes that follow it, to the end.
    let mut notes = false;
    for p in &paras {
        let note = ["注：", "注:"].iter().find_map(|w| p.text.strip_prefix(w));
        notes |= note.is_some_and(|rest| rest.trim().is_empty());
        if notes || note.is_some() {
            for s in text::sentences(&p.text) {
                for n in scan::numbers(s) {
                    r.unread(s, &n, "a note on how the data are counted, not a figure");
                }
            }
        } else if p.heading {
            r.heading(&p.text);
        } else {
            for s in text::sentences(&p.text) {
                r.sentence(s);
            }
        }
        r.end_paragraph();
    }
    r.finish(&paras)
}

/// What a number in a sentence is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Value,
    /// A change with its sign (下降 → −1).
    Change(i8),
    /// 占…的N%: the share's scope is in the clause.
    Share,
    /// 完成全年目标的N%.
    Progress,
    /// 超序时进度N个百分点.
    Pace,
    /// 比全省（6.1%）: another place's figure, for comparison.
    Compared,
    /// 力争…: a goal, not a result.
    Target,
    /// 产值超5亿元企业: a threshold inside a label.
    Threshold,
    /// 年产5万吨…项目: a number inside a project's name.
    InName,
    /// 在全省11个地市中居第三位: how many a rank is taken among.
    Group,
    /// 24小时便利店, 日最大8小时平均浓度: hours inside a name or a measure's label.
    InLabel,
    /// 清明假期3天, 为期五天: how long the period is.
    Length,
    /// 适用3%征收率, 减按1%征收: a rate a rule sets or names.
    Rule,
}

struct Reader {
    year: Option<u16>,
    period: Option<Rc<str>>,
    /// The period in force before a single month took over, restored at the paragraph's end.
    before_month: Option<Option<Rc<str>>>,
    periods: Vec<Period>,
    heading: String,
    headings: Vec<String>,
    indicators: Vec<Indicator>,
    projects: Vec<Project>,
    unread: Vec<Unread>,
    /// Indicators drafted from headings (ascending), checked against the body at the end.
    from_headings: Vec<usize>,
    /// The heading in force when each indicator was drafted, for its category.
    sections: Vec<String>,
}

/// A label without the 在/对 that opens its clause (在全县…), keeping the 在 of a word
/// (在建项目, 在册, 在校生, 在岗职工).
fn drop_zai(s: &str) -> &str {
    let mut t = s;
    loop {
        let next = t.strip_prefix('对').or_else(|| {
            t.strip_prefix('在')
                .filter(|r| !r.starts_with(|c: char| "建册校岗营库编线途职读院".contains(c)))
        });
        match next {
            Some(r) => t = r,
            None => return t,
        }
    }
}

/// Removes any of `words` from the end of `s`, repeatedly.
fn strip_end<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
    loop {
        let t = s.trim_end_matches([' ', '，', ',', '的', '了']);
        match words.iter().find(|w| t.ends_with(**w)) {
            Some(w) => s = &t[..t.len() - w.len()],
            None => return t,
        }
    }
}

/// Removes any of `words` from the start of `s`, repeatedly.
fn strip_start<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
    loop {
        let t = s.trim_start_matches([' ', '，', ',', '：', '、']);
        match words.iter().find(|w| t.starts_with(**w)) {
            Some(w) => s = &t[w.len()..],
            None => return t,
        }
    }
}

/// The text of `s` with the byte ranges `cut` left out.
fn without(s: &str, cut: &[(usize, usize)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &(a, b) in cut {
        if a >= at && b <= s.len() {
            out.push_str(&s[at..a]);
            at = b;
        }
    }
    out.push_str(&s[at.min(s.len())..]);
    out
}

/// The stage a project's words give it: the first stage word after its name in the
/// sentence (投资12亿元的X项目建成投产，Y项目开工 gives X completed, Y started), else the
/// first one before it.
fn status_after(sentence: &str, at: usize) -> Option<Status> {
    let first = |text: &str| {
        STAGES
            .iter()
            .filter_map(|(w, st)| text.find(w).map(|i| (i, *st)))
            .min_by_key(|(i, _)| *i)
            .map(|(_, st)| st)
    };
    first(&sentence[at..]).or_else(|| first(&sentence[..at]))
}

/// Words of a project's stage.
const STAGES: [(&str, Status); 15] = [
    ("签约", Status::Signed),
    ("竣工", Status::Completed),
    ("建成", Status::Completed),
    ("投产", Status::Operating),
    ("达产", Status::Operating),
    ("投用", Status::Operating),
    ("投入使用", Status::Operating),
    ("运营", Status::Operating),
    ("封顶", Status::ToppedOut),
    ("开工", Status::Started),
    ("动工", Status::Started),
    ("落地", Status::Settled),
    ("在建", Status::Building),
    ("建设", Status::Building),
    ("推进", Status::Building),
];

/// The review note of a figure of another place, given for comparison.
const COMPARED: &str = "a comparison with another place's figure: check its label";

/// Ends of a project's name.
const PROJECT_ENDS: &[&str] = &[
    "项目",
    "基地",
    "产业园",
    "园区",
    "中心",
    "工程",
    "工厂",
    "研究院",
    "作业区",
    "码头",
];

impl Reader {
    fn new(paras: &[text::Para]) -> Self {
        // The year in force at the start: a dateline's, else the first one the text names
        // with a period (2024年上半年) or on its own (2023年，…), never a comparison base.
        let dateline = paras
            .iter()
            .take(4)
            .find_map(|p| iso_date(&p.text).and_then(|d| d[..4].parse().ok()));
        let year = dateline.or_else(|| {
            paras
                .iter()
                .find_map(|p| period::find(&p.text).into_iter().find_map(|h| h.year))
        });
        Reader {
            year,
            period: None,
            before_month: None,
            periods: Vec::new(),
            heading: String::new(),
            headings: Vec::new(),
            indicators: Vec::new(),
            projects: Vec::new(),
            unread: Vec::new(),
            from_headings: Vec::new(),
            sections: Vec::new(),
        }
    }

    /// A heading: it names the section, may change the period, and may state figures.
    /// Those are drafted like a sentence's and kept only when the body does not state the
    /// same number (see [`Reader::finish`]).
    fn heading(&mut self, t: &str) {
        self.heading = t.to_string();
        self.headings.push(t.to_string());
        let from = self.indicators.len();
        self.sentence(t);
        self.from_headings.extend(from..self.indicators.len());
    }

    /// The period id for a hit, adding the period to the dataset when it is new.
    fn use_period(&mut self, hit: &period::Hit) -> Rc<str> {
        if let Some(y) = hit.year {
            self.year = Some(y);
        }
        let p = period::to_period(hit, self.year);
        if let Some(old) = self.periods.iter().find(|q| q.id == p.id) {
            return old.id.clone();
        }
        let id = p.id.clone();
        self.periods.push(p);
        id
    }

    fn unread(&mut self, sentence: &str, n: &Num, why: &'static str) {
        self.unread.push(Unread {
            text: sentence[n.start..n.end].to_string(),
            quote: sentence.to_string(),
            why,
        });
    }

    /// One sentence: every number in it becomes part of an indicator, a project, or an
    /// unread note. The rules, in order:
    /// 1. periods and ranks are found first; numbers inside them are not figures;
    /// 2. projects: `投资N亿元的X项目` and `X、Y等N个项目开工` become table rows;
    /// 3. each other number is classified by the words before it in its clause
    ///    ([`classify`]): a goal or a threshold is unread; % after 占 is a share, after
    ///    完成…目标的 progress, after a change word a change; anything else is a value;
    /// 4. a change, share or progress attaches to the last value of the sentence that
    ///    lacks one, unless its clause has a subject of its own: then it stands alone
    ///    as an indicator whose value is the change (规上工业增加值增长6.4%);
    /// 5. `分别` lists pair in order with the sentence's last values, or with the names
    ///    listed in the clause; lists whose lengths differ are unread;
    /// 6. a rank attaches to the last value before it, or stands alone (unit `rank`).
    fn sentence(&mut self, s: &str) {
        let hits = period::find(s);
        let ranks = scan::ranks(s);
        let inside = |n: &Num, a: usize, b: usize| n.digits_at >= a && n.digits_at < b;
        let nums: Vec<Num> = scan::numbers(s)
            .into_iter()
            .filter(|n| !hits.iter().any(|h| inside(n, h.start, h.end)))
            .filter(|n| !ranks.iter().any(|r| inside(n, r.start, r.end)))
            .collect();
        let clauses = text::clauses(s);
        let clause_of = |at: usize| {
            clauses
                .iter()
                .copied()
                .find(|&(a, b)| at >= a && at < b.max(a + 1))
                .unwrap_or((0, s.len()))
        };
        let period_at = |me: &mut Self, at: usize| -> Option<Rc<str>> {
            match hits.iter().rev().find(|h| h.start < at) {
                Some(h) => Some(me.use_period(h)),
                None => me.period.clone(),
            }
        };
        let first = self.indicators.len();
        // Where the sentence's first goal word ends (力争…): numbers after it are goals.
        let goal_end = words::TARGET_WORDS
            .iter()
            .filter_map(|w| s.find(w).map(|i| i + w.len()))
            .min()
            .unwrap_or(usize::MAX);
        let intro = intro_subject(s);
        let mut used = vec![false; nums.len()];
        // Numbers that became values: a label starts after the last of them in its clause.
        let mut values = vec![false; nums.len()];
        // Bounds that define a group (月收入在5000元以上的): part of the next figure's subject.
        let mut bounds = vec![false; nums.len()];

        self.projects_in(s, &nums, &mut used);

        let mut k = 0;
        while k < nums.len() {
            if used[k] {
                k += 1;
                continue;
            }
            let n = &nums[k];
            let (ca, cb) = clause_of(n.start);
            let cut: Vec<(usize, usize)> = hits
                .iter()
                .filter(|h| h.start >= ca && h.end <= n.start)
                .map(|h| (h.start - ca, h.end - ca))
                .collect();
            let pre_raw = &s[ca..n.start];
            let pre = without(pre_raw, &cut);
            let kind = classify(&pre, n, (&nums, k), s, cb, goal_end);
            // A list: this number and the ones joined to it by 、/和/及 in this clause.
            let mut list = vec![k];
            while let Some(&last) = list.last() {
                let next = last + 1;
                if next < nums.len() && !used[next] && nums[next].start < cb {
                    let between = &s[nums[last].end..nums[next].start];
                    // A 分别 list may count different things (312家、846家、67个和4,125件).
                    let counts = pre.contains("分别")
                        && !nums[next].unit.is_empty()
                        && !is_ratio(&nums[next].unit)
                        && !is_ratio(&n.unit);
                    if matches!(between, "、" | "和" | "及" | "，")
                        && (nums[next].unit == n.unit
                            || is_ratio(&nums[next].unit) && is_ratio(&n.unit)
                            || counts)
                    {
                        list.push(next);
                        continue;
                    }
                }
                break;
            }
            // 城镇、农村居民人均可支配收入分别达到58,216元、31,478元，同比增长4.9%、6.8%:
            // a 、 list of changes without 分别 pairs with as many figures before it.
            let paired = matches!(kind, Kind::Change(_))
                && list.len() > 1
                && list
                    .windows(2)
                    .all(|w| &s[nums[w[0]].end..nums[w[1]].start] == "、")
                && self.indicators[first..]
                    .iter()
                    .filter(|i| i.yoy.is_none() && !i.unit.is_ratio())
                    .count()
                    >= list.len();
            let listed = (pre.contains("分别") || paired) && list.len() > 1;
            if !listed {
                list.truncate(1);
            }
            let period = period_at(self, n.start);
            let clause = s[ca..cb].trim().to_string();
            match kind {
                Kind::Target => self.unread(s, n, "a goal or plan, not a result"),
                Kind::Threshold => {
                    bounds[k] = true;
                    self.unread(s, n, "a threshold that is part of a label")
                }
                Kind::InName => self.unread(s, n, "part of a project's name"),
                Kind::Group => self.unread(s, n, "the size of the group a rank is taken in"),
                Kind::InLabel => self.unread(s, n, "hours that name a service or a measure"),
                Kind::Length => self.unread(s, n, "the length of the period, not a figure"),
                Kind::Rule => self.unread(s, n, "a rate a rule sets or names, not a result"),
                Kind::Value
                    if n.unit.is_empty()
                        && !is_index(&s[..n.start])
                        && !is_unitless_ratio(&pre, s, n) =>
                {
                    self.unread(s, n, "a number without a unit")
                }
                Kind::Value
                    if n.value.is_negative()
                        && !n.unit.is_empty()
                        && !Unit::new(&n.unit).is_ratio() =>
                {
                    self.unread(s, n, NEGATIVE)
                }
                Kind::Value => {
                    let names = if listed {
                        list_names(&pre, &s[..n.start], list.len())
                    } else {
                        Vec::new()
                    };
                    if listed && names.len() != list.len() {
                        for &j in &list {
                            self.unread(
                                s,
                                &nums[j],
                                "a list whose names and numbers do not pair up",
                            );
                        }
                    } else {
                        for (x, &j) in list.iter().enumerate() {
                            let label = match names.get(x) {
                                Some(name) => name.clone(),
                                None => self.label_before(s, &nums, &values, j, ca, &cut, first),
                            };
                            // 恢复至2019年同期的96.2%: a clause without its own subject
                            // speaks of the sentence's last figure.
                            // 增速高于全省7.1个百分点: the same, of the figure's rate (not
                            // of another place's figure given for comparison).
                            let own = self.indicators[first..]
                                .iter()
                                .rev()
                                .find(|i| i.review.as_deref() != Some(COMPARED))
                                .map(|i| i.label.zh.to_string());
                            // 按可比口径恢复至…: the basis is not the subject.
                            let label = match strip_start(
                                &label,
                                &["按可比口径计算", "按可比口径", "按同口径", "同口径"],
                            ) {
                                t if t.starts_with("恢复至") => t.to_string(),
                                _ => label,
                            };
                            let label = match &own {
                                Some(base)
                                    if [
                                        "恢复至",
                                        "相当于",
                                        "比",
                                        "较",
                                        "是",
                                        "高于",
                                        "低于",
                                        "同比多",
                                        "同比少",
                                    ]
                                    .iter()
                                    .any(|w| label.starts_with(w)) =>
                                {
                                    format!("{base}{label}")
                                }
                                Some(base) if rate_compared(&label).len() < label.len() => {
                                    let base = base.trim_end_matches("增速");
                                    format!("{base}{label}")
                                }
                                _ => label,
                            };
                            // 进出口总值…增长4.7%（以美元计价为414.2亿美元）: the same figure
                            // in another currency, named by the figure before.
                            let label = match (label.rfind(['(', '（']), &own) {
                                (Some(b), Some(base)) => {
                                    let words = label[b..]
                                        .trim_start_matches(['(', '（'])
                                        .trim_end_matches(['为', '是', '约', '达']);
                                    if ["以美元", "以人民币", "按美元", "按人民币", "折合"]
                                        .iter()
                                        .any(|w| words.starts_with(w))
                                    {
                                        format!("{base}（{words}）")
                                    } else {
                                        label
                                    }
                                }
                                _ => label,
                            };
                            // 各镇街地区生产总值如下：青溪街道186.5亿元…: the place listed
                            // names which of the intro's figures.
                            let label = match &intro {
                                Some((at, subject))
                                    if *at < nums[j].start
                                        && label.chars().count() <= 8
                                        && !label.contains(subject.as_str()) =>
                                {
                                    format!("{subject}（{label}）")
                                }
                                _ => label,
                            };
                            // 一般公共预算收入由38.6亿元增加到46.2亿元: the start of a range
                            // whose year the sentence does not say.
                            let review = (s[..nums[j].start].ends_with(['由', '从'])
                                && !label.contains('（')
                                || EARLIER.iter().any(|t| label.ends_with(&format!("（{t}）"))))
                            .then_some("the start of a 从/由…到 range: say its year or period");
                            self.value(s, &nums[j], label, &clause, period.clone(), review);
                            values[j] = true;
                        }
                    }
                }
                Kind::Compared => {
                    let place = compared_place(&pre);
                    // The figure compared is the sentence's last one that is not itself
                    // another place's (比全省（6.1%）和全国（5.0%）).
                    let base = self.indicators[first..]
                        .iter()
                        .rev()
                        .find(|i| i.review.as_deref() != Some(COMPARED))
                        .map(|i| i.label.zh.to_string())
                        .unwrap_or_default();
                    let label = format!(
                        "{place}{base}{}",
                        if n.unit == "%" && !base.ends_with("增速") {
                            "增速"
                        } else {
                            ""
                        }
                    );
                    self.value(s, n, label, &clause, period.clone(), Some(COMPARED));
                }
                Kind::Pace => {
                    let base = self.last_label(first).unwrap_or_default();
                    self.value(
                        s,
                        n,
                        format!("{base}超序时进度"),
                        &clause,
                        period.clone(),
                        None,
                    );
                }
                Kind::Change(_) | Kind::Share | Kind::Progress => {
                    // The words after the clause's previous figure.
                    let prev_end = nums[..k]
                        .iter()
                        .zip(&bounds)
                        .rev()
                        .find(|(m, &b)| !b && m.end <= n.start && m.start >= ca)
                        .map_or(0, |(m, _)| m.end.saturating_sub(ca));
                    let subject_pre = if prev_end > 0 && prev_end <= pre_raw.len() {
                        let cut: Vec<(usize, usize)> = cut
                            .iter()
                            .filter(|c| c.0 >= prev_end)
                            .map(|c| (c.0 - prev_end, c.1 - prev_end))
                            .collect();
                        without(&pre_raw[prev_end..], &cut)
                    } else {
                        pre.clone()
                    };
                    self.attach(
                        s,
                        &nums,
                        &list,
                        kind,
                        (&pre, &subject_pre),
                        &clause,
                        period.clone(),
                        first,
                        listed,
                    );
                }
            }
            for &j in &list {
                used[j] = true;
            }
            k += 1;
        }
        // Ranks, one or a list (分别居全省第4位、第3位): a list goes to as many figures
        // before it, in order, or to the names listed before it.
        let mut g = 0;
        // Where each figure's highlight is in the sentence, found once (not once per rank:
        // a long sentence of many ranks and figures would make it cubic).
        let mut at: Vec<Option<usize>> = Vec::new();
        while g < ranks.len() {
            let group = &ranks[g..(g + ranks[g].of.max(1)).min(ranks.len())];
            let head = &group[0];
            for i in first + at.len()..self.indicators.len() {
                at.push(s.find(&*self.indicators[i].highlight));
            }
            let mut free: Vec<usize> = (first..self.indicators.len())
                .filter(|&i| {
                    self.indicators[i].rank.is_none()
                        && at[i - first].is_none_or(|h| h <= head.start)
                })
                .collect();
            // 增速高于全市1.1个百分点，居全市第3位: the rank is the rate's, not the gap's.
            let levels: Vec<usize> = free
                .iter()
                .copied()
                .filter(|&i| {
                    let ind = &self.indicators[i];
                    !matches!(ind.unit.key(), "个百分点" | "百分点")
                        && ind.review.as_deref() != Some(COMPARED)
                })
                .collect();
            // When the words since the figure speak of its growth (增速高于…), only a rate
            // may take the rank; else it stays where it was.
            let growth = levels.last().is_some_and(|&i| {
                let since = at[i - first].map_or(0, |h| h.min(head.start));
                ["增速", "增幅", "涨幅"]
                    .iter()
                    .any(|w| s[since..head.start].contains(w))
            });
            let levels: Vec<usize> = if growth {
                levels
                    .into_iter()
                    .filter(|&i| {
                        let l = &*self.indicators[i].label.zh;
                        ["增速", "增幅", "涨幅"].iter().any(|w| l.contains(w))
                    })
                    .collect()
            } else {
                levels
            };
            if levels.len() >= group.len() && levels.len() < free.len() {
                free = levels;
            }
            let (ca, _) = clause_of(head.start);
            let names = if group.len() > 1 {
                names(&s[ca..head.written_at.max(ca)])
            } else {
                Vec::new()
            };
            // 游客人数和旅游收入均居全市第一: one rank for each figure named, the last ones.
            let both = if group.len() == 1 && s[..head.start].ends_with('均') {
                let words = &s[ca..head.start - '均'.len_utf8()];
                let k = words.split(['和', '、', '及']).count();
                (k >= 2 && k <= free.len() && !words.contains(|c: char| c.is_ascii_digit()))
                    .then(|| free[free.len() - k..].to_vec())
            } else {
                None
            };
            if let Some(all) = both {
                let period = period_at(self, head.start);
                for i in all {
                    self.rank(
                        s,
                        head,
                        Some(i),
                        None,
                        clause_of(head.start),
                        period.clone(),
                    );
                }
                g += 1;
                continue;
            }
            for (x, rh) in group.iter().enumerate() {
                let period = period_at(self, rh.start);
                let target = if group.len() == 1 {
                    free.last().copied()
                } else if free.len() >= group.len() {
                    Some(free[free.len() - group.len() + x])
                } else {
                    None
                };
                let name = names.get(x).filter(|_| names.len() == group.len());
                self.rank(s, rh, target, name, clause_of(rh.start), period);
            }
            g += group.len();
        }
        if let Some(h) = hits.last() {
            let id = self.use_period(h);
            // A single month (3月份，…) holds for its paragraph only; the running period
            // (一季度) comes back after it.
            let one_month = matches!(h.span, period::Span::Months(a, b) if a == b);
            if one_month {
                if self.before_month.is_none() {
                    self.before_month = Some(self.period.clone());
                }
            } else {
                self.before_month = None;
            }
            self.period = Some(id);
        }
    }

    /// The end of a paragraph: a single month's period ends with it.
    fn end_paragraph(&mut self) {
        if let Some(p) = self.before_month.take() {
            self.period = p;
        }
    }

    /// The label of the last value drafted from this sentence.
    fn last_label(&self, first: usize) -> Option<String> {
        self.indicators[first..]
            .last()
            .map(|i| i.label.zh.to_string())
    }

    /// The subject of number `j`: the clause before it, without period, place, verb and
    /// qualifier words; or, when that is empty (`15家企业上榜…`), the words after it.
    #[allow(clippy::too_many_arguments)]
    fn label_before(
        &self,
        s: &str,
        nums: &[Num],
        values: &[bool],
        j: usize,
        ca: usize,
        cut: &[(usize, usize)],
        first: usize,
    ) -> String {
        let n = &nums[j];
        // Start after the previous number of the same clause (供应工业用地5宗414亩).
        let prev_end = nums[..j]
            .iter()
            .zip(values)
            .rev()
            .find(|(p, &v)| v && p.end <= n.start && p.start >= ca)
            .map(|(p, _)| p.end);
        // 网络零售额突破50亿元，达到52.3亿元: the subject is in the bound's clause.
        let bound_clause = j
            .checked_sub(1)
            .map(|p| &nums[p])
            .filter(|p| {
                prev_end.is_none()
                    && p.end <= n.start
                    && p.start < ca
                    && p.qualifier == Some(crate::data::Qualifier::Over)
                    && ["，达", ",达"]
                        .iter()
                        .any(|w| s[p.end..n.start].starts_with(w))
            })
            .map(|p| {
                s[..p.start]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '：' | ':'))
                    .map_or(0, |(i, c)| i + c.len_utf8())
            });
        let from = bound_clause.unwrap_or(prev_end.unwrap_or(ca));
        let cut: Vec<(usize, usize)> = cut
            .iter()
            .filter(|c| c.0 + ca >= from)
            .map(|c| (c.0 + ca - from, c.1 + ca - from))
            .collect();
        // 人均地区生产总值突破10万元、达到10.6万元: the label ends before the bound passed.
        let upto = j
            .checked_sub(1)
            .map(|p| &nums[p])
            .filter(|p| {
                p.start >= from
                    && p.qualifier == Some(crate::data::Qualifier::Over)
                    && ["、达", "，达", ",达"]
                        .iter()
                        .any(|w| s[p.end..n.start].starts_with(w))
            })
            .map_or(n.start, |p| p.start);
        let raw = without(&s[from..upto], &cut);
        let raw = strip_end(&raw, words::VERBS);
        let pre = strip_start(raw, words::LABEL_PREFIXES);
        let pre = drop_zai(pre);
        // 郑州高新区实现GDP: the subject is what follows the verb in the middle.
        // 产出强度达到每平方公里68.5亿元: what follows the verb is the measure's base.
        let per = ["实现", "完成", "达到", "为"].iter().find_map(|v| {
            let i = pre.rfind(v)?;
            let rest = &pre[i + v.len()..];
            (rest.starts_with('每') && rest.chars().count() <= 6 && i > 0)
                .then(|| format!("{}（{rest}）", &pre[..i]))
        });
        let pre = ["实现", "完成", "达到"]
            .iter()
            .filter_map(|v| pre.rfind(v).map(|i| &pre[i + v.len()..]))
            .find(|rest| rest.chars().count() >= 2)
            .unwrap_or(pre);
        let mut label = per.unwrap_or_else(|| pre.trim().to_string());
        // 完成投资46.3亿元: a two-character object keeps its verb (投资 alone says little).
        if label.chars().count() == 2 {
            if let Some(v) = ["完成", "实现", "达到"]
                .iter()
                .find(|v| raw.ends_with(&format!("{v}{label}")))
            {
                label = format!("{v}{label}");
                // 152个市重点项目完成投资186.3亿元: the investment of the projects counted
                // just before, in the same clause, named between the count and the verb.
                let counted = self.indicators[first..]
                    .last()
                    .filter(|i| prev_end.is_some() && matches!(i.unit.key(), "个" | "项" | "家"));
                let what = raw[..raw.len() - label.len()].trim_start_matches('的');
                if counted.is_some() && what.chars().count() >= 2 {
                    label = format!("{what}{label}");
                }
            }
        }
        if label.chars().count() < 2 {
            if prev_end.is_some() {
                if let Some(prev) = self.indicators[first..].last() {
                    // 由2020年的45万人增加到52.3万人: the year was the start's, not this one's.
                    let l = &*prev.label.zh;
                    return match l.split_once('（') {
                        Some((subject, year))
                            if only_year(year.trim_end_matches('）')).is_some()
                                || EARLIER.contains(&year.trim_end_matches('）')) =>
                        {
                            subject.to_string()
                        }
                        _ => l.to_string(),
                    };
                }
            }
            let (_, cb) = text::clauses(s)
                .into_iter()
                .find(|&(a, b)| n.start >= a && n.start < b)
                .unwrap_or((0, s.len()));
            let after = s[n.end..cb].trim_start_matches(['的', ' ']);
            // 28家A级景区共接待游客165.2万人次: the noun, up to its verb or next number.
            let stop = after
                .char_indices()
                .find(|&(k, c)| {
                    c.is_ascii_digit()
                        || [
                            "共", "实现", "完成", "达到", "接待", "累计", "、占", "占全", "占比",
                        ]
                        .iter()
                        .any(|w| after[k..].starts_with(w))
                })
                .map_or(after.len(), |(k, _)| k);
            let after = if after[..stop].chars().count() >= 2 {
                &after[..stop]
            } else {
                after
            };
            label = format!("{label}{after}");
        }
        let label = tidy_label(&label);
        // 地区生产总值从2020年的612.4亿元增加到2023年的786.3亿元: one subject, two years.
        if let Some(l) = from_label(&label) {
            return l;
        }
        let prev = self.indicators[first..].last().map(|i| &*i.label.zh);
        to_label(&label, prev).unwrap_or(label)
    }

    #[allow(clippy::too_many_arguments)]
    fn value(
        &mut self,
        s: &str,
        n: &Num,
        label: String,
        clause: &str,
        period: Option<Rc<str>>,
        review: Option<&str>,
    ) {
        let mut review = review.map(str::to_string);
        let label = if label.is_empty() {
            review.get_or_insert_with(|| "no label found: name the figure".into());
            n.unit.clone()
        } else {
            label
        };
        if review.is_none() && label.chars().count() > 24 {
            review = Some("the label is a whole clause: shorten it".into());
        }
        if review.is_none() && n.chinese {
            review = Some("written in Chinese numerals: check the number".into());
        }
        if review.is_none() && matches!(n.unit.as_str(), "万" | "亿" | "万亿") {
            review = Some("the unit is only a magnitude: add what is counted".into());
        }
        let en = words::english(&label).unwrap_or("");
        let highlight = if clause.contains(&s[n.start..n.end]) {
            clause.to_string()
        } else {
            s[n.start..n.end].to_string()
        };
        self.sections.push(self.heading.clone());
        let mut indicator = Indicator {
            id: "".into(),
            category: "".into(),
            label: Text {
                zh: label.as_str().into(),
                en: en.into(),
            },
            value: n.value,
            unit: Unit::new(&n.unit),
            period: period.unwrap_or_else(|| "report".into()),
            qualifier: n.qualifier,
            written: None,
            noun_en: None,
            yoy: None,
            shares: Vec::new(),
            progress: None,
            rank: None,
            part_of: None,
            derived: None,
            note: None,
            review: review.map(|r| r.into()),
            quote: s.into(),
            highlight: highlight.into(),
        };
        // 三百余家, 一百二十余个: a number in Chinese numerals the checker cannot read back
        // from its highlight (it reads small ones only, 三个 as 3个) is given as written, so
        // the card shows the words of the text and the checker finds them.
        let as_digits = format!(
            "{}{}",
            Decimal::new(n.value.digits.abs(), n.value.scale),
            indicator.unit.zh()
        );
        if n.chinese && !crate::validate::states(&indicator.highlight, &as_digits) {
            indicator.written = Some(Text {
                zh: s[n.digits_at..n.end].into(),
                en: crate::format::value(&indicator, crate::data::Lang::En).into(),
            });
        }
        self.indicators.push(indicator);
    }

    /// Attaches changes, shares or progress (`list`, one or a `分别` list) to the
    /// sentence's values, or makes them indicators of their own.
    #[allow(clippy::too_many_arguments)]
    fn attach(
        &mut self,
        s: &str,
        nums: &[Num],
        list: &[usize],
        kind: Kind,
        (pre, subject_pre): (&str, &str),
        clause: &str,
        period: Option<Rc<str>>,
        first: usize,
        listed: bool,
    ) {
        let sign = sign_of(kind);
        let unit = &nums[list[0]].unit;
        let relative = is_ratio(unit);
        // 比上年下降0.74个千分点: a ‰ rate's change, which the checker holds as no figure's
        // change (‰ and 千分点 are not its ratio units): it stands alone.
        let thousandths = in_thousandths(unit);
        let free = |i: &Indicator| match kind {
            Kind::Change(_) => {
                !thousandths
                    && i.yoy.is_none()
                    && !i.unit.is_ratio()
                    && (relative || i.unit.key() == unit)
            }
            Kind::Share => true,
            _ => i.progress.is_none() && !i.unit.is_ratio(),
        };
        // The subject is looked for after the clause's previous figure (青溪街道186.5亿元、
        // 年均增长7.2%: the change has no subject of its own).
        let subject = own_subject(subject_pre, kind).filter(|sj| {
            // 4家企业获评标杆企业、占全市总数的22.2%: the subject is the label of the
            // figure just before (written after its number), not a subject of its own.
            self.indicators[first..].last().is_none_or(|i| {
                let l = &*i.label.zh;
                !(i.quote.as_ref() == s && (l == sj || (l.len() >= 6 && sj.ends_with(l))))
            })
        });
        // 大豆产量受种植面积调减影响，下降6.4%: the subject is before the cause.
        let subject = subject.or_else(|| {
            matches!(kind, Kind::Change(_))
                .then(|| affected_subject(&s[..nums[list[0]].start], pre))
                .flatten()
        });
        let mut candidates: Vec<usize> = (first..self.indicators.len())
            .filter(|&i| free(&self.indicators[i]))
            .collect();
        // A change in points is a rate's (城镇化率达到72.4%，比上年提高3.1个百分点): it goes to
        // the sentence's rates first; 增速比上月回落1.3个百分点 speaks of the rate before it.
        let points = matches!(unit.as_str(), "个百分点" | "百分点");
        let of_the_rate = points
            && subject
                .as_deref()
                .is_some_and(|sj| ["增速", "增幅", "涨幅", "降幅", "其增速"].contains(&sj));
        // 出口、进口分别完成712.5亿元、314.3亿元，出口增长6.8%: the subject names a figure
        // of the sentence.
        let named = subject.as_deref().and_then(|sj| {
            (first..self.indicators.len())
                .rev()
                .find(|&i| free(&self.indicators[i]) && &*self.indicators[i].label.zh == sj)
        });
        // …占全部投资的比重为46.3%，比上年同期提高3.8个百分点: when the figure just before is
        // a share, a change in points is the share's.
        let after_share = points
            && list[0].checked_sub(1).map(|p| &nums[p]).is_some_and(|p| {
                let before = &s[..p.start];
                let from = before
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';'))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let words = &before[from..];
                words.contains('占') || words.contains("比重")
            });
        if points && matches!(kind, Kind::Change(_)) {
            let rates: Vec<usize> = (first..self.indicators.len())
                .filter(|&i| {
                    let ind = &self.indicators[i];
                    ind.yoy.is_none()
                        && matches!(ind.unit.key(), "%" | "‰")
                        && ind.review.as_deref() != Some(COMPARED)
                })
                .collect();
            // A share standing alone (X占比46.3%) takes it; a share attached to an amount
            // has no place for it: the change stands alone.
            let share_rate = rates.last().is_some_and(|&i| {
                let l = &*self.indicators[i].label.zh;
                l.contains('占') || l.contains("比重") || l.contains("比例")
            });
            if after_share && !share_rate {
                candidates.clear();
            } else if rates.len() >= list.len() {
                candidates = rates;
            }
        }
        // 比全省（6.1%）高1.2个百分点 is a difference from another place, not a change over
        // time: it never attaches as the figure's year-on-year change.
        // 增速比全省平均水平高1.3个百分点: the growth rate against another place's.
        let cmp = rate_compared(pre);
        let elsewhere = cmp.starts_with(['比', '较', '高', '低', '快', '慢'])
            && !has_time_base(pre)
            && matches!(kind, Kind::Change(_));
        let targets: Option<Vec<usize>> =
            if let (Some(i), false, false) = (named, listed, elsewhere) {
                Some(vec![i])
            } else if (subject.is_some() && !of_the_rate && !listed) || elsewhere {
                None
            } else if candidates.len() >= list.len() {
                Some(candidates[candidates.len() - list.len()..].to_vec())
            } else {
                None
            };
        match targets {
            Some(t) => {
                for (&j, &i) in list.iter().zip(&t) {
                    let n = &nums[j];
                    let value = if sign < 0 {
                        Decimal::new(-n.value.digits, n.value.scale)
                    } else {
                        n.value
                    };
                    let ind = &mut self.indicators[i];
                    match kind {
                        Kind::Change(_) => {
                            let written = change_words(pre);
                            // 比2020年提高, 比上月回落, 比年初增加: against another time
                            // than a year earlier, which the English card (year on year)
                            // does not say.
                            if written.as_deref().is_some_and(|w| !year_ago(w)) {
                                ind.review.get_or_insert_with(|| {
                                    "the change is against another time than a year earlier \
                                     (its words say which): check the English card"
                                        .into()
                                });
                            }
                            ind.yoy = Some(Change {
                                value,
                                unit: Unit::new(&n.unit),
                                written: written.map(Rc::from),
                            })
                        }
                        Kind::Share => ind.shares.push(Share {
                            scope: Text::zh(&share_scope(pre)),
                            value: n.value,
                        }),
                        _ => {
                            ind.progress = Some(Progress {
                                value: n.value,
                                target: Text::zh(&progress_target(pre)),
                            })
                        }
                    }
                }
            }
            // An increase with no free figure is a figure of its own (存款余额…，同比增长9.1%，
            // 比年初增加702.8亿元): labelled with its words; a decrease cannot be a value.
            // An index's change with no index before it (拥堵指数同比下降0.08): a figure of its
            // own, labelled with its subject and words.
            None if unit.is_empty() && matches!(kind, Kind::Change(_)) && subject.is_some() => {
                let mut n = nums[list[0]].clone();
                if sign < 0 {
                    n.value = Decimal::new(-n.value.digits, n.value.scale);
                }
                let words = change_words(pre).unwrap_or_default();
                let label = format!("{}{words}", subject.clone().unwrap_or_default());
                self.value(s, &n, label, clause, period.clone(), None);
            }
            None if !relative && matches!(kind, Kind::Change(1)) && !listed => {
                let n = &nums[list[0]];
                // The figure in the same unit (贷款余额7,915.6亿元…，比年初增加386.5亿元).
                let base = self.indicators[first..]
                    .iter()
                    .rev()
                    .find(|i| i.unit.key() == unit.as_str())
                    .map(|i| i.label.zh.to_string())
                    .or_else(|| self.last_label(first))
                    .unwrap_or_default();
                let words = change_words(pre).unwrap_or_else(|| "增加".into());
                self.value(s, n, format!("{base}{words}"), clause, period.clone(), None);
            }
            // A fall in 千分点 standing alone is a negative value in a unit the checker takes
            // for an amount: listed for the editor.
            None if thousandths && sign < 0 => {
                for &j in list {
                    self.unread(s, &nums[j], THOUSANDTHS);
                }
            }
            None if !relative && matches!(kind, Kind::Change(_)) => {
                for &j in list {
                    self.unread(
                        s,
                        &nums[j],
                        "a change in the figure's unit with no figure to attach to",
                    );
                }
            }
            None => {
                let names = if listed {
                    list_names(pre, &s[..nums[list[0]].start], list.len())
                } else {
                    Vec::new()
                };
                if listed && names.len() != list.len() {
                    for &j in list {
                        self.unread(s, &nums[j], "a list whose names and numbers do not pair up");
                    }
                    return;
                }
                for (x, &j) in list.iter().enumerate() {
                    let n = &nums[j];
                    // The change of a share attached to the figure before: labelled as
                    // the share (工业投资占全部投资比重).
                    let share_of_last = self.indicators[first..]
                        .last()
                        .filter(|_| after_share && subject.is_none())
                        .and_then(|i| {
                            let sh = i.shares.last()?;
                            let l = i.label.zh.trim_end_matches("增速");
                            Some(format!("{l}占{}比重", sh.scope.zh))
                        });
                    let of_share = names.get(x).is_none() && share_of_last.is_some();
                    let base = names
                        .get(x)
                        .cloned()
                        .or_else(|| subject.clone())
                        .or(share_of_last)
                        .or_else(|| self.last_label(first))
                        .unwrap_or_default();
                    // 增速比上半年加快0.4个百分点: the rate of the sentence's figure.
                    let base = match self.last_label(first) {
                        Some(l) if ["增速", "增幅", "涨幅", "降幅"].contains(&base.as_str()) =>
                        {
                            format!("{}{base}", l.trim_end_matches(base.as_str()))
                        }
                        _ => base,
                    };
                    let points = matches!(n.unit.as_str(), "个百分点" | "百分点");
                    let thousandths = in_thousandths(&n.unit);
                    // 比全省（6.1%）高1.2个百分点: a difference from another place's rate;
                    // the label is the figure's rate and the comparison as written.
                    let compared = (cmp.starts_with(['比', '较'])
                        || ["高于", "低于", "快于", "慢于"]
                            .iter()
                            .any(|w| cmp.starts_with(w)))
                        && !has_time_base(pre);
                    let words = if compared {
                        cmp.trim().to_string()
                    } else {
                        change_words(pre).unwrap_or_default()
                    };
                    let (label, review) = match kind {
                        Kind::Change(_) if thousandths => (
                            format!("{base}{words}"),
                            Some("the change of a ‰ rate, in 千分点: check what it measures"),
                        ),
                        Kind::Change(_) if points && compared && subject.is_none() => {
                            let figure = self.indicators[first..]
                                .iter()
                                .rev()
                                .find(|i| i.review.as_deref() != Some(COMPARED))
                                .map(|i| {
                                    let l = i.label.zh.to_string();
                                    if i.unit.is_ratio() || l.ends_with("增速") || l.ends_with('率')
                                    {
                                        l
                                    } else {
                                        format!("{l}增速")
                                    }
                                })
                                .unwrap_or_default();
                            (tidy_label(&format!("{figure}{words}")), None)
                        }
                        // A rate's change in points: the label says it is a change
                        // (城镇调查失业率比上年末下降 −0.3个百分点), as does a share's.
                        Kind::Change(_) if points && (subject.is_some() || of_share) => {
                            (format!("{base}{words}"), None)
                        }
                        Kind::Change(_) if points => (
                            format!("{base}{words}"),
                            Some("a change of a change: check what it measures"),
                        ),
                        // 规上工业增加值同比增长24.6%，两年平均增长7.1%: a second change of
                        // the rate just stated, labelled with its own words.
                        Kind::Change(_)
                            if (base.ends_with("增速") || base.ends_with("增幅"))
                                && subject.is_none()
                                && names.is_empty()
                                && !words.is_empty() =>
                        {
                            let figure = base.trim_end_matches("增速").trim_end_matches("增幅");
                            (
                                format!("{figure}{words}"),
                                Some("a second change of the same figure: check what it measures"),
                            )
                        }
                        Kind::Change(_)
                            if base.ends_with("增速")
                                || base.ends_with("增幅")
                                || base.ends_with('率') =>
                        {
                            (base, None)
                        }
                        Kind::Change(_) if subject.is_some() || !names.is_empty() => {
                            (format!("{base}增速"), None)
                        }
                        // A second change of the sentence's figure (同比增长81.3%，比2019年
                        // 同期增长4.7%): its own words say against what.
                        Kind::Change(_) if !words.is_empty() => (
                            format!("{base}{words}"),
                            Some("a second change of the same figure: check what it measures"),
                        ),
                        Kind::Change(_) => (
                            format!("{base}增速变化"),
                            Some("a change of a change: check what it measures"),
                        ),
                        Kind::Share => {
                            // 市外游客占比达到63.5%: 占比 names no scope (attached, the
                            // card reads 占比63.5%).
                            let scope = Some(share_scope(pre))
                                .filter(|sc| sc != "比")
                                .unwrap_or_default();
                            let label = if !scope.is_empty() {
                                format!("{base}占{scope}比重")
                            } else if ["比重", "占比", "比例"].iter().any(|w| base.ends_with(w))
                            {
                                base
                            } else {
                                // 40岁及以下农民工所占比重 → …农民工占比.
                                format!("{}占比", base.trim_end_matches('所'))
                            };
                            (label, None)
                        }
                        _ => (format!("{base}完成{}进度", progress_target(pre)), None),
                    };
                    let mut n = n.clone();
                    if sign < 0 {
                        n.value = Decimal::new(-n.value.digits, n.value.scale);
                    }
                    self.value(s, &n, label, clause, period.clone(), review);
                }
            }
        }
    }

    fn rank(
        &mut self,
        s: &str,
        rh: &RankHit,
        target: Option<usize>,
        name: Option<&String>,
        (ca, cb): (usize, usize),
        period: Option<Rc<str>>,
    ) {
        let written = &s[rh.written_at..rh.end];
        let rank = Rank {
            scope: Text {
                zh: rh.scope.as_str().into(),
                en: words::scope_en(&rh.scope).into(),
            },
            position: rh.position,
            written: written.into(),
            tied_with: None,
        };
        if let Some(i) = target {
            self.indicators[i].rank = Some(rank);
            return;
        }
        let pre = match name {
            Some(n) => n.as_str(),
            None => &s[ca..rh.start],
        };
        let label = strip_end(
            drop_zai(strip_start(pre, words::LABEL_PREFIXES)),
            &["中", "里", "方面", "考核", "在"],
        );
        let label = strip_start(label, &["高新区", "开发区", "全县", "全市", "全区"]).to_string();
        let label = if label.chars().count() < 2 {
            s[ca..cb].trim().to_string()
        } else {
            label
        };
        let clause = s[ca..cb].trim().to_string();
        self.sections.push(self.heading.clone());
        self.indicators.push(Indicator {
            id: "".into(),
            category: "".into(),
            label: Text::zh(&label),
            value: Decimal::new(rh.position, 0),
            unit: Unit::new("rank"),
            period: period.unwrap_or_else(|| "report".into()),
            qualifier: None,
            written: None,
            noun_en: None,
            yoy: None,
            shares: Vec::new(),
            progress: None,
            rank: Some(rank),
            part_of: None,
            derived: None,
            note: None,
            review: None,
            quote: s.into(),
            highlight: clause.into(),
        });
    }

    /// Projects: `(总)投资N亿元的X项目` and `X、Y等N个项目开工`.
    fn projects_in(&mut self, s: &str, nums: &[Num], used: &mut [bool]) {
        for (k, n) in nums.iter().enumerate() {
            let before = &s[..n.start];
            let after = &s[n.end..];
            let money = n.unit == "亿元" || n.unit == "万元";
            if money && before.ends_with("投资") && !after.starts_with('的') {
                if let Some((name, at)) = project_named_before(s, n) {
                    let status = status_after(s, at);
                    let review = status
                        .is_none()
                        .then_some("status guessed: the sentence names no stage");
                    let amount = if n.unit == "万元" {
                        n.value.shift(-4).map(Decimal::normalized)
                    } else {
                        Some(n.value)
                    };
                    // The highlight runs from the name to the amount (or its bracket).
                    let from = name.as_ptr() as usize - s.as_ptr() as usize;
                    let highlight = &s[from..at.max(n.end)];
                    self.project(name, status, amount, review, s, highlight);
                    used[k] = true;
                    continue;
                }
            }
            if money && before.ends_with("投资") && after.starts_with('的') {
                let name_start = n.end + '的'.len_utf8();
                let name_end = project_name_end(s, name_start);
                let name = s[name_start..name_end].trim_end_matches('等');
                // 瑞联半导体封装测试项目进入设备安装阶段: the name ends at its last 项目/基地….
                let name = PROJECT_ENDS
                    .iter()
                    .filter_map(|e| name.rfind(e).map(|i| i + e.len()))
                    .max()
                    .map_or(name, |end| &name[..end]);
                if name.chars().count() < 3 {
                    continue;
                }
                let status = status_after(s, name_start + name.len());
                let verb_start = ["计划总投资", "总投资", "投资"]
                    .iter()
                    .find(|w| before.ends_with(**w))
                    .map_or(n.start, |w| n.start - w.len());
                let amount = if n.unit == "万元" {
                    n.value.shift(-4).map(Decimal::normalized)
                } else {
                    Some(n.value)
                };
                let review = match status {
                    None => Some("status guessed: the sentence names no stage"),
                    Some(_) if !PROJECT_ENDS.iter().any(|e| name.ends_with(e)) => {
                        Some("check where the project's name ends")
                    }
                    Some(_) => None,
                };
                let highlight = &s[verb_start..name_start + name.len()];
                self.project(name, status, amount, review, s, highlight);
                used[k] = true;
            } else if matches!(n.unit.as_str(), "个" | "项")
                && before.ends_with('等')
                && after.starts_with("项目")
                || after.starts_with("重点项目")
            {
                if !before.ends_with('等') {
                    continue;
                }
                let (ca, _) = text::clauses(s)
                    .into_iter()
                    .find(|&(a, b)| n.start >= a && n.start < b)
                    .unwrap_or((0, s.len()));
                let list = &s[ca..n.start - '等'.len_utf8()];
                let list = strip_start(list, words::LABEL_PREFIXES);
                let list = strip_start(list, &["包括", "其中", "如"]);
                let status = status_after(s, n.end);
                for name in list
                    .split(['、', '和', '及'])
                    .map(str::trim)
                    .filter(|x| x.chars().count() >= 3)
                {
                    if self.projects.iter().any(|p| &*p.name.zh == name) {
                        continue;
                    }
                    let review = status
                        .is_none()
                        .then_some("status guessed: the sentence names no stage");
                    self.project(name, status, None, review, s, name);
                }
            }
        }
        // 江川新材料年产5万吨高性能树脂项目已于6月建成投产: a clause that opens with a
        // project's name and its stage, no amount said.
        if !PROJECT_ENDS.iter().any(|e| s.contains(e)) {
            return;
        }
        for (a, b) in text::clauses(s) {
            let Some((name, status)) = project_at_clause_start(&s[a..b]) else {
                continue;
            };
            if self.projects.iter().any(|p| name.ends_with(&*p.name.zh)) {
                continue;
            }
            self.project(name, Some(status), None, None, s, name);
        }
    }

    /// A table row: a named project, its stage (under construction when the sentence names
    /// none, with a review note) and its amount in 亿元.
    fn project(
        &mut self,
        name: &str,
        status: Option<Status>,
        amount: Option<Decimal>,
        review: Option<&str>,
        quote: &str,
        highlight: &str,
    ) {
        let id = format!("p{}", self.projects.len() + 1);
        self.projects.push(Project {
            id: id.into(),
            name: Text::zh(name),
            status: status.unwrap_or(Status::Building),
            category: None,
            amount,
            count: None,
            derived: None,
            review: review.map(Rc::from),
            quote: quote.into(),
            highlight: highlight.into(),
        });
    }

    fn finish(mut self, paras: &[text::Para]) -> Draft {
        // A heading's figure the body states again is drafted once, from the body; one
        // stated only in a heading is kept, for review.
        let from_headings = std::mem::take(&mut self.from_headings);
        let sections = std::mem::take(&mut self.sections);
        let body: std::collections::HashSet<(Decimal, &str)> = self
            .indicators
            .iter()
            .enumerate()
            .filter(|(j, _)| !from_headings.contains(j))
            .flat_map(|(_, b)| {
                // Every number the body states: a heading may repeat a change or a share.
                std::iter::once((b.value, b.unit.key()))
                    .chain(b.yoy.iter().map(|y| (y.value, y.unit.key())))
                    .chain(b.shares.iter().map(|x| (x.value, "%")))
                    .chain(b.progress.iter().map(|p| (p.value, "%")))
            })
            .collect();
        let mut kept = Vec::with_capacity(self.indicators.len());
        let mut kept_sections = Vec::with_capacity(self.indicators.len());
        for (i, ind) in self.indicators.iter().enumerate() {
            let heading = from_headings.binary_search(&i).is_ok();
            if heading && body.contains(&(ind.value, ind.unit.key())) {
                continue;
            }
            let mut ind = ind.clone();
            if heading {
                ind.review.get_or_insert_with(|| {
                    "stated in a heading: check the body does not say it differently".into()
                });
            }
            kept.push(ind);
            kept_sections.push(sections[i].clone());
        }
        drop(body);
        self.indicators = kept;
        let default_period = self.periods.first().map(|p| p.id.clone());
        let mut categories: Vec<Category> = Vec::new();
        let mut ids: Vec<String> = Vec::new();
        for (n, ind) in self.indicators.iter_mut().enumerate() {
            if &*ind.period == "report" {
                if let Some(p) = &default_period {
                    ind.period = p.clone();
                }
            }
            let cat = words::category(&ind.label.zh)
                .or_else(|| words::category(&ind.highlight))
                .or_else(|| words::category(&kept_sections[n]));
            let (id, zh, en) = match cat {
                Some(c) => {
                    let (id, zh, en, _) = words::CATEGORIES[c];
                    (id, zh, en)
                }
                None => ("other", "其他", "Other"),
            };
            if !categories.iter().any(|c| &*c.id == id) {
                categories.push(Category {
                    id: id.into(),
                    label: Text {
                        zh: zh.into(),
                        en: en.into(),
                    },
                });
            }
            ind.category = id.into();
            let slug = slug(&ind.label.en);
            let base = if slug.is_empty() {
                format!("f{}", n + 1)
            } else {
                slug
            };
            let mut id = base.clone();
            let mut k = 2;
            while ids.contains(&id) {
                id = format!("{base}-{k}");
                k += 1;
            }
            ind.id = id.as_str().into();
            ids.push(id);
        }
        if self.indicators.iter().any(|i| &*i.period == "report") {
            self.periods.push(Period {
                id: "report".into(),
                label: Text {
                    zh: "报告期".into(),
                    en: "Reporting period".into(),
                },
                elapsed: None,
            });
        }
        // Headline: up to four figures, each from another category, standard terms
        // (GDP, 社会消费品零售总额…) first, then the first figure of each category.
        let mut headline: Vec<Rc<str>> = Vec::new();
        let sure = |i: &&Indicator| i.review.is_none() && !i.unit.is_ratio();
        for standard in [true, false] {
            for c in &categories {
                let taken = headline.iter().any(|h| {
                    self.indicators
                        .iter()
                        .any(|i| i.id == *h && i.category == c.id)
                });
                if headline.len() >= 4 || taken {
                    continue;
                }
                if let Some(i) = self
                    .indicators
                    .iter()
                    .filter(sure)
                    .find(|i| i.category == c.id && (!standard || !i.label.en.is_empty()))
                {
                    headline.push(i.id.clone());
                }
            }
        }
        // The title line; a report that opens with body text is titled by its first clause
        // (the checker needs a title; an editor will want to write a better one).
        let title = match paras.first() {
            Some(p) if p.heading => p.text.clone(),
            Some(p) => {
                let first = text::sentences(&p.text)
                    .first()
                    .copied()
                    .unwrap_or_default();
                let clause = text::clauses(first)
                    .first()
                    .map_or(first, |&(a, b)| &first[a..b]);
                clause.chars().take(40).collect()
            }
            None => String::new(),
        };
        let subtitle = paras
            .get(1)
            .filter(|p| p.heading && p.text.chars().count() < 40)
            .map(|p| p.text.clone())
            .unwrap_or_default();
        let date = paras
            .iter()
            .take(4)
            .find_map(|p| iso_date(&p.text))
            .unwrap_or_default();
        let place = place(paras);
        let dataset = Dataset {
            schema: crate::SCHEMA,
            article: Article {
                title: title.into(),
                subtitle: subtitle.into(),
                date: date.into(),
                place: Text::zh(&place),
                byline: "".into(),
                sections: self
                    .headings
                    .iter()
                    .skip(if paras.first().is_some_and(|p| p.heading) {
                        1
                    } else {
                        0
                    })
                    .map(|h| Text::zh(h))
                    .collect(),
            },
            periods: self.periods,
            categories,
            project_categories: Vec::new(),
            headline,
            indicators: self.indicators,
            projects: self.projects,
            notes: Vec::new(),
        };
        Draft {
            dataset,
            unread: self.unread,
        }
    }
}

fn sign_of(kind: Kind) -> i8 {
    match kind {
        Kind::Change(s) => s,
        _ => 1,
    }
}

/// A project named before its amount: `X项目（总投资18.6亿元）在建`, or `X项目签约落地，
/// 计划投资3.8亿元` (a clause of the amount alone after a clause that opens with the name
/// and its stage). The name and where its words end.
fn project_named_before<'a>(s: &'a str, n: &Num) -> Option<(&'a str, usize)> {
    let before = &s[..n.start];
    let verb = ["计划总投资", "计划投资", "总投资", "投资"]
        .into_iter()
        .find(|v| before.ends_with(v))?;
    let head = &before[..before.len() - verb.len()];
    let after = &s[n.end..];
    // The name right before its bracket.
    let bracketed = ['（', '('].into_iter().find(|b| head.ends_with(*b));
    let (text, at) = if let Some(b) = bracketed {
        if !after.starts_with(['）', ')']) {
            return None;
        }
        let t = &head[..head.len() - b.len_utf8()];
        let from = t
            .rfind(['，', ',', '；', ';', '。', '：', ':', '、'])
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        let close = n.end + after.chars().next().map_or(1, char::len_utf8);
        (&t[from..], close)
    } else {
        // The amount's clause holds nothing else; the name opens the clause before it.
        let t = head.strip_suffix(['，', ','])?;
        if !after.is_empty() && !after.starts_with(['，', ',', '。', '；', ';']) {
            return None;
        }
        let from = t
            .rfind(['，', ',', '；', ';', '。', '：', ':'])
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        let clause = &t[from..];
        let end = PROJECT_ENDS
            .iter()
            .filter_map(|e| clause.find(e).map(|i| i + e.len()))
            .min()?;
        let rest = clause[end..].trim_start_matches(['正', '式', '已', '顺', '利']);
        if !STAGES.iter().any(|(w, _)| rest.starts_with(w)) {
            return None;
        }
        (&clause[..end], from + end)
    };
    let name = strip_start(text, words::LABEL_PREFIXES);
    let plain = PROJECT_ENDS.iter().any(|e| name.ends_with(e))
        && name.chars().count() >= 4
        && !name.contains(|c: char| c.is_ascii_digit())
        && !["一批", "等", "批", "个", "重点项目", "各类", "全部"]
            .iter()
            .any(|w| name.contains(w));
    plain.then_some((name, at))
}

/// A clause that opens with a project's name and then its stage (X项目已于6月建成投产,
/// X项目加快建设): the name and the stage. Counts, batches and kinds of projects
/// (重点项目, 一批项目, 新开工项目) are not names.
fn project_at_clause_start(clause: &str) -> Option<(&str, Status)> {
    let t = strip_start(clause.trim(), words::LABEL_PREFIXES);
    let t = strip_start(t, &["其中", "同时", "目前"]);
    let end = PROJECT_ENDS
        .iter()
        .filter_map(|e| t.find(e).map(|i| i + e.len()))
        .min()?;
    let name = &t[..end];
    let mut rest = &t[end..];
    loop {
        let before = rest;
        rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        for w in [
            "已于", "于", "已", "月", "正式", "顺利", "加快", "全面", "提前", "全部",
        ] {
            rest = rest.strip_prefix(w).unwrap_or(rest);
        }
        if rest == before {
            break;
        }
    }
    let (_, status) = STAGES.iter().find(|(w, _)| rest.starts_with(w))?;
    // A name, not a kind of project or an action on projects: 签约项目, 资金项目, 加快推进…
    let head = PROJECT_ENDS
        .iter()
        .find_map(|e| name.strip_suffix(e))
        .unwrap_or(name);
    let plain = name.chars().count() >= 6
        && !name.starts_with([
            '全', '新', '在', '续', '计', '各', '一', '重', '本', '该', '以',
        ])
        && ![
            "加快", "持续", "确保", "定期", "深入", "全力", "积极", "推动", "推进", "着力", "大力",
            "主导", "城乡",
        ]
        .iter()
        .any(|w| name.starts_with(w))
        && ![
            "工业", "签约", "资金", "推动", "召开", "护航", "在建", "新建", "开工", "招商", "产业",
            "民生", "基建", "重大",
        ]
        .iter()
        .any(|w| head.ends_with(w))
        && ![
            "批", "等", "个", "重点", "各类", "全部", "投资", "、", "和", "及", "（", "(", "【",
            "】", "“", "”", " ", "　",
        ]
        .iter()
        .any(|w| name.contains(w));
    plain.then_some((name, *status))
}

/// Where a project's name ends: at its list or clause punctuation.
fn project_name_end(s: &str, from: usize) -> usize {
    let rest = &s[from..];
    from + rest
        .char_indices()
        .find(|&(_, c)| matches!(c, '、' | '，' | ',' | '。' | '；' | ';' | '等'))
        .map_or(rest.len(), |(i, _)| i)
}

/// Classifies number `k` of a sentence by the words before it in its clause.
fn classify(
    pre: &str,
    n: &Num,
    (nums, k): (&[Num], usize),
    s: &str,
    clause_end: usize,
    goal_end: usize,
) -> Kind {
    let p = pre.trim_end();
    // A goal holds for the rest of its sentence (主要预期目标是：地区生产总值增长6%左右，
    // 一般公共预算收入增长5%…), unless the clause reports what was done (完成).
    let goal_before = goal_end <= n.start;
    if goal_before && !p.contains("完成") {
        return Kind::Target;
    }
    let after = &s[n.end..];
    let rest_of_clause = &s[n.end..clause_end.max(n.end)];
    // 确保…完成投资128亿元: a goal in the clause itself; 按年均增长6.5%测算, 900亿元的目标,
    // 后两年需年均增长7%: a projection, a goal, a requirement.
    if goal_before && words::TARGET_WORDS.iter().any(|w| p.contains(w))
        || ["测算", "的目标", "为目标"]
            .iter()
            .any(|w| rest_of_clause.starts_with(w))
        || p.contains('需')
            && [
                "需年均",
                "需要",
                "还需",
                "仍需",
                "尚需",
                "需达到",
                "需增长",
                "需完成",
            ]
            .iter()
            .any(|w| p.contains(w))
    {
        return Kind::Target;
    }
    // The words since the clause's previous number: 有5个项目完成投资不足年度计划的50%.
    let since = match k.checked_sub(1).map(|j| &nums[j]) {
        Some(m) if m.end <= n.start && n.start - m.end < pre.len() => &s[m.end..n.start],
        _ => p,
    };
    // 工程建成后每年可新增供水…, 项目投产后将带动…: what a project will do once built.
    // 计划完成投资25亿元: a plan (计划完成率 is a result).
    let after_stage = ["建成后", "投产后", "投用后", "完工后", "竣工后", "达产后"]
        .iter()
        .filter_map(|w| p.find(w).map(|i| i + w.len()))
        .min();
    if after_stage.is_some_and(|i| p[i..].contains(['可', '将']))
        || p.contains("计划完成") && !p.contains("计划完成率")
    {
        return Kind::Target;
    }
    // 适用3%征收率, 减按1%征收, 比例统一提高到100%: a rate a rule sets or names, not a
    // result.
    let rate_named = n.unit == "%"
        && s[n.end..]
            .chars()
            .take(4)
            .take_while(|c| ('\u{4e00}'..='\u{9fff}').contains(c) && !"的和及以左".contains(*c))
            .any(|c| c == '率');
    let applied = ["按", "按照"].iter().any(|w| p.ends_with(w));
    let uniform = [
        "提高到",
        "提高至",
        "调整为",
        "调整到",
        "调整至",
        "降至",
        "降低到",
        "降低至",
        "下调至",
        "上调至",
        "提升到",
        "提升至",
    ]
    .iter()
    .any(|w| {
        p.strip_suffix(w)
            .is_some_and(|r| r.trim_end().ends_with("统一"))
    });
    if rate_named || applied && is_ratio(&n.unit) || uniform {
        return Kind::Rule;
    }
    // 超过14%即进入…: a condition, not a figure; 月收入在5000元以上的占…: a bound that
    // defines a group.
    if s[n.end..].starts_with('即') || s[..n.end].ends_with("以上") && s[n.end..].starts_with('的')
    {
        return Kind::Threshold;
    }
    // 不足70%, 低于…: a bound, not a figure.
    if ["不足", "不到", "低于"].iter().any(|w| p.ends_with(w))
        || ["不足", "不到"].iter().any(|w| since.contains(w)) && since.trim_end().ends_with('的')
    {
        return Kind::Threshold;
    }
    // 年产5万吨高性能树脂项目: a capacity inside a project's name.
    if ["年产", "日产", "年处理", "日处理", "年加工"]
        .iter()
        .any(|w| p.ends_with(w))
        && PROJECT_ENDS.iter().any(|e| rest_of_clause.contains(e))
    {
        return Kind::InName;
    }
    // 在全省11个地市中居第三位, 在16个区县中排名第5: the group a rank is taken in.
    if !n.unit.is_empty()
        && p.contains('在')
        && after
            .char_indices()
            .take(9)
            .find(|&(_, c)| c == '中')
            .is_some_and(|(c, _)| {
                let (between, rest) = (&after[..c], &after[c + '中'.len_utf8()..]);
                !between.contains(|c: char| "，,；;。、".contains(c))
                    && ["居", "排", "位居", "位列", "列"]
                        .iter()
                        .any(|w| rest.starts_with(w))
            })
    {
        return Kind::Group;
    }
    // 清明假期3天, 为期5天, 国庆长假8天: the period's length.
    if n.unit == "天"
        && ["假期", "为期", "长假", "黄金周", "小长假"]
            .iter()
            .any(|w| s[..n.start].ends_with(w))
    {
        return Kind::Length;
    }
    // 24小时便利店, 日最大8小时平均浓度: hours that name a service or a measure (not a
    // duration reached: 1小时办结).
    if n.unit == "小时"
        && (after.starts_with("平均")
            || n.value == Decimal::new(24, 0)
                && after.starts_with(|c: char| {
                    ('\u{4e00}'..='\u{9fff}').contains(&c) && !"以左内之及的".contains(c)
                }))
    {
        return Kind::InLabel;
    }
    // 假期5天中有4天…: the whole the next figure is counted in.
    // 41个大类行业中有29个…: the whole counted in, a few words on.
    let whole = after
        .char_indices()
        .take(12)
        .take_while(|&(_, c)| !"，,；;。、".contains(c))
        .any(|(i, _)| after[i..].starts_with("中有"));
    if whole {
        return Kind::Threshold;
    }
    // 突破10万元、达到10.6万元: the round number passed, then the figure.
    if n.qualifier == Some(crate::data::Qualifier::Over)
        && ["、达到", "，达到", ",达到", "、达"]
            .iter()
            .any(|w| after.starts_with(w))
    {
        return Kind::Threshold;
    }
    let ratio = is_ratio(&n.unit);
    let noun_follows = after
        .chars()
        .next()
        .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !"的和及、，".contains(c));
    let later_in_clause = nums.get(k + 1).is_some_and(|m| m.start < clause_end);
    // 超10亿元企业, 10亿元以上项目, 超1000万美元的大项目: the amount defines a group.
    let group_follows = {
        let a = after.trim_start_matches('的');
        let end = a
            .char_indices()
            .take_while(|(_, c)| ('\u{4e00}'..='\u{9fff}').contains(c))
            .take(6)
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let a = &a[..end];
        ["企业", "项目", "商户", "单位", "城市"]
            .iter()
            .any(|g| a.contains(g))
            || after.starts_with("及以上")
    };
    // 2000万元及以上, 5岁以下: a bound; 稳定在100万吨以上: an amount's floor held, not a
    // figure (a rate kept above a level, 保持在93%以上, is the rate's figure).
    // 失业率控制在3.5%以内: a bound kept (a goal met), not the rate's figure.
    if p.ends_with("控制在") && after.starts_with("以内")
        || ["及以上", "及以下", "以下"]
            .iter()
            .any(|w| after.starts_with(w))
        || !ratio
            && ["稳定在", "保持在", "控制在"]
                .iter()
                .any(|w| p.ends_with(w))
            && (s[..n.end].ends_with("以上") || after.starts_with("以内"))
    {
        return Kind::Threshold;
    }
    if !ratio && n.qualifier == Some(crate::data::Qualifier::Over) && group_follows {
        return Kind::Threshold;
    }
    // 500万人以上城市: a bound written after the number, a noun right after it.
    if s[..n.end].ends_with("以上") && noun_follows {
        return Kind::Threshold;
    }
    if !ratio
        && n.qualifier == Some(crate::data::Qualifier::Over)
        && noun_follows
        && later_in_clause
    {
        return Kind::Threshold;
    }
    if n.unit.is_empty() {
        // A bare number: an index's value (PMI为50.9) or its change (比上月上升0.7).
        let t = p.trim_end_matches(['了', ' ', '为', '达']);
        return match words::CHANGE_WORDS
            .iter()
            .find(|(w, _)| t.ends_with(w) && w.chars().count() >= 2)
        {
            Some((_, sign)) => Kind::Change(*sign),
            None => Kind::Value,
        };
    }
    if !ratio {
        // An absolute change needs its base said (比上年末减少0.74万人): 新增 is a value.
        let t = p.trim_end_matches(['了', ' ']);
        let based = words::CHANGE_BASES.iter().any(|b| t.contains(b)) || has_time_base(t);
        // 比上年提高0.6岁, 比2020年提高4.3公斤: a change in the figure's own unit.
        let abs_change = [
            ("净增", 1),
            ("净减", -1),
            ("增产", 1),
            ("减产", -1),
            ("增收", 1),
            ("减收", -1),
            ("增加", 1),
            ("增长", 1),
            ("减少", -1),
            ("下降", -1),
            ("提高", 1),
            ("提升", 1),
            ("上升", 1),
            ("降低", -1),
            ("缩短", -1),
            ("延长", 1),
        ]
        .into_iter()
        .find(|(w, _)| t.ends_with(w));
        return match abs_change {
            Some((_, sign)) if based => Kind::Change(sign),
            _ => Kind::Value,
        };
    }
    // 是上年同期的2.3倍: a multiple of an earlier time's figure.
    if n.unit == "倍" && multiple_words(p).is_some() {
        return Kind::Change(1);
    }
    let t = p
        .trim_end_matches(['为', '达', '是', '了', ' '])
        .trim_end_matches("达到");
    if t.ends_with('（') || t.ends_with('(') {
        return Kind::Compared;
    }
    if [
        "超序时进度",
        "超时序进度",
        "超时间进度",
        "高于序时进度",
        "快于序时进度",
    ]
    .iter()
    .any(|w| t.ends_with(w))
    {
        return Kind::Pace;
    }
    if (t.contains("完成") || t.contains('占') || t.contains("达到"))
        && [
            "目标",
            "计划",
            "任务",
            "目标任务",
            "计划任务",
            "进度",
            "预算",
            "工程量",
        ]
        .iter()
        .any(|w| {
            t.trim_end_matches('的')
                .trim_end_matches('数')
                .trim_end_matches("投资")
                .ends_with(w)
        })
    {
        return Kind::Progress;
    }
    // A change of a share (占比较上年提升3.4个百分点) is a change; a share is in %.
    if let Some((_, sign)) = words::CHANGE_WORDS
        .iter()
        .find(|(w, _)| t.ends_with(w) && (w.chars().count() >= 2 || n.unit != "%"))
    {
        return Kind::Change(*sign);
    }
    let shares = t.contains('占') || t.ends_with("占比") || t.ends_with("比重");
    if shares && (n.unit == "%" || n.unit == "‰") {
        return Kind::Share;
    }
    if let Some((_, sign)) = words::CHANGE_WORDS.iter().find(|(w, _)| t.ends_with(w)) {
        return Kind::Change(*sign);
    }
    Kind::Value
}

/// The change words as written (同比增长), for the card's wording.
fn change_words(pre: &str) -> Option<String> {
    if let Some(w) = multiple_words(pre) {
        return Some(w.to_string());
    }
    let t = pre.trim_end_matches(['为', '达', '是', '了', ' ']);
    let (w, _) = words::CHANGE_WORDS.iter().find(|(w, _)| t.ends_with(w))?;
    if w.chars().count() < 2 {
        return None; // 高, 低, 增: too short to read on a card
    }
    let before = &t[..t.len() - w.len()];
    // The longest base the words end with (比上年末 over 比上年), or a time of its own
    // (比2020年, 比一季度末).
    let base = time_base_suffix(before).unwrap_or("");
    Some(format!("{base}{w}"))
}

/// True when `t` (the words after 比/较) names an earlier time, not another place:
/// 上年, 去年同期, 2020年, 一季度末, 上半年, 1—9月份, 年初.
fn is_time(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        || [
            "上年",
            "去年",
            "前年",
            "上月",
            "上季度",
            "上半年",
            "年初",
            "同期",
            "一季度",
            "二季度",
            "三季度",
            "前三季度",
            "上一年",
        ]
        .iter()
        .any(|w| t.starts_with(w))
}

/// The comparison base that ends `before` when it is a time (比2020年, 较一季度末), from
/// its 比 or 较; `CHANGE_BASES` first.
fn time_base_suffix(before: &str) -> Option<&str> {
    if let Some(b) = words::CHANGE_BASES
        .iter()
        .filter(|b| before.ends_with(**b) && **b != "分别")
        .max_by_key(|b| b.len())
    {
        return Some(&before[before.len() - b.len()..]);
    }
    let i = before.rfind(['比', '较'])?;
    let rest = &before[i + '比'.len_utf8()..];
    (rest.chars().count() <= 8 && is_time(rest)).then_some(&before[i..])
}

/// True when the words before a change say it is over time (同比, 比上年, 比2020年), not
/// against another place (比全省).
fn has_time_base(pre: &str) -> bool {
    words::CHANGE_BASES
        .iter()
        .any(|b| *b != "分别" && pre.contains(b))
        || pre
            .match_indices(['比', '较'])
            .any(|(i, _)| is_time(&pre[i + '比'.len_utf8()..]))
}

/// The words of a comparison without the 增速 it compares (增速比全省高 → 比全省高,
/// 增幅高于全省 → 高于全省); the words unchanged otherwise.
fn rate_compared(pre: &str) -> &str {
    let t = pre.trim_start();
    for rate in ["增速", "增幅", "涨幅"] {
        if let Some(rest) = t.strip_prefix(rate) {
            if rest.starts_with(['比', '较'])
                || ["高于", "低于", "快于", "慢于"]
                    .iter()
                    .any(|w| rest.starts_with(w))
            {
                return rest;
            }
        }
    }
    t
}

/// True when a change's words compare with a year earlier (同比, 比上年同期, 较去年) or name
/// no time at all; false for 比2020年, 比上月, 环比, 比年初, 比一季度末, 比1—9月份.
fn year_ago(words: &str) -> bool {
    !words.contains(|c: char| c.is_ascii_digit())
        && !["上月", "环比", "年初", "季度", "上半年", "月份", "月末"]
            .iter()
            .any(|w| words.contains(w))
}

/// 是上年同期的 (before N倍): a multiple of an earlier time's figure, a change.
fn multiple_words(pre: &str) -> Option<&str> {
    let t = pre.trim_end();
    let body = t.strip_suffix('的')?;
    let i = body.rfind('是')?;
    let base = &body[i + '是'.len_utf8()..];
    (base.chars().count() <= 8 && is_time(base)).then_some(&t[i..])
}

/// A clause's own subject before its change, share or progress words
/// (规上工业增加值同比增长6.4%), if any.
fn own_subject(pre: &str, kind: Kind) -> Option<String> {
    let t = pre.trim_end_matches(['为', '达', '是', '了', ' ']);
    let mut t = match kind {
        Kind::Share => &t[..t.rfind('占').unwrap_or(t.len())],
        Kind::Progress => {
            let cut = ["完成", "占", "达到"]
                .iter()
                .filter_map(|w| t.rfind(w))
                .min()
                .unwrap_or(t.len());
            &t[..cut]
        }
        _ => {
            let (w, _) = words::CHANGE_WORDS
                .iter()
                .find(|(w, _)| t.ends_with(w))
                .copied()
                .unwrap_or(("", 1));
            &t[..t.len() - w.len()]
        }
    };
    if let (Some(i), false) = (t.rfind('占'), matches!(kind, Kind::Change(_))) {
        t = &t[..i];
    }
    // 是上年同期的2.3倍: the multiple's words are not a subject.
    let t = match (kind, multiple_words(pre)) {
        (Kind::Change(_), Some(w)) => {
            let p = pre.trim_end();
            &p[..p.len() - w.len()]
        }
        _ => t,
    };
    let t = strip_end(t, words::CHANGE_BASES);
    // 增速比1—9月份: the time compared with is no subject either.
    let t = time_base_suffix(t).map_or(t, |b| &t[..t.len() - b.len()]);
    let t = strip_end(t, &["完成", "分别"]);
    // 比全省（6.1%）高, 增速高于全省: a comparison, not a subject.
    let t = if rate_compared(t).len() < t.trim_start().len() && !has_time_base(t) {
        rate_compared(t)
    } else {
        t
    };
    if t.starts_with(['比', '较'])
        || ["高于", "低于", "快于", "慢于"]
            .iter()
            .any(|w| t.starts_with(w))
    {
        return None;
    }
    let t = strip_start(t, words::LABEL_PREFIXES);
    let t = t.trim_matches(|c: char| "，,、（(）)".contains(c) || c.is_whitespace());
    (t.chars().count() >= 2).then(|| t.to_string())
}

/// 占全市的25.56% → 全市; 占一般公共预算支出比重 → 一般公共预算支出.
fn share_scope(pre: &str) -> String {
    let t = pre
        .trim_end_matches(['为', '达', '是', ' '])
        .trim_end_matches("达到");
    let Some(i) = t.rfind('占') else {
        return String::new();
    };
    let scope = &t[i + '占'.len_utf8()..];
    strip_end(
        scope,
        &["比重", "占比", "的", "入选总数", "总数", "总量", "比例"],
    )
    .to_string()
}

/// 完成全年目标的80.8% → 全年目标.
fn progress_target(pre: &str) -> String {
    let t = pre.trim_end_matches(['为', '达', '是', ' ']);
    let from = ["完成", "占", "达到"]
        .iter()
        .filter_map(|w| t.rfind(w).map(|i| i + w.len()))
        .max()
        .unwrap_or(0);
    strip_end(&t[from..], &["的", "数"]).to_string()
}

/// 比全省（ → 全省.
fn compared_place(pre: &str) -> String {
    let t = pre.trim_end().trim_end_matches(['（', '(']);
    let t = t.rsplit(['比', '和', '及', '、', '与']).next().unwrap_or(t);
    // 高于全省平均水平（7.6%） → 全省平均水平.
    let t = ["高于", "低于", "快于", "慢于"]
        .iter()
        .find_map(|w| t.trim_start().strip_prefix(w))
        .unwrap_or(t);
    t.to_string()
}

/// The names a `分别` list pairs with: 出口、进口分别… → [出口, 进口].
fn names(pre: &str) -> Vec<String> {
    let Some(i) = ["分别", "分获", "分列", "分居"]
        .iter()
        .find_map(|w| pre.find(w))
    else {
        return Vec::new();
    };
    let t = strip_start(&pre[..i], words::LABEL_PREFIXES);
    let t = strip_end(t, words::CHANGE_BASES);
    if !t.contains(['、', '和', '及']) {
        return Vec::new();
    }
    let mut items: Vec<String> = t
        .split(['、', '和', '及'])
        .map(|x| strip_end(x.trim(), words::VERBS).to_string())
        .filter(|x| !x.is_empty())
        .collect();
    // 稻谷、玉米、大豆播种面积: the measure written once, after the last item, is each one's
    // (from its 的: 来自东盟、欧盟的实际投资), when the other items are short names
    // (not 接待游客量、旅游收入).
    if let Some((last, others)) = items.split_last() {
        let short = others
            .iter()
            .all(|o| o.chars().count() <= 5 && !o.ends_with(['量', '额', '率', '数', '值', '入']));
        let tail = SHARED_MEASURES
            .iter()
            .find(|m| last.strip_suffix(**m).is_some_and(|x| !x.is_empty()))
            .filter(|_| short)
            .map(|m| match last.rfind('的') {
                Some(d) => &last[d..],
                None => &last[last.len() - m.len()..],
            });
        // 本科、硕士、博士毕业生就业率: names of one length before the last, which is one
        // more such name and the measure they share.
        let width = others.first().map_or(0, |o| o.chars().count());
        let same = (2..=4).contains(&width)
            && others.iter().all(|o| {
                o.chars().count() == width
                    && !o.contains(|c: char| !('\u{4e00}'..='\u{9fff}').contains(&c))
            });
        let tail = tail.or_else(|| {
            let at = last.char_indices().nth(width).map(|(i, _)| i)?;
            let t = &last[at..];
            // a measure (…率, …量, …收入, …比例), not the rest of a name (企业所得税) nor a
            // count (两大商圈客流量)
            let measure = t.chars().count() >= 2
                && t.ends_with([
                    '率', '量', '额', '数', '值', '入', '度', '例', '重', '积', '资', '口',
                ])
                && !t.contains(|c: char| c.is_ascii_digit() || crate::numerals::is_numeral(c));
            (same && short && measure).then_some(t)
        });
        if let Some(tail) = tail.map(str::to_string) {
            let n = items.len() - 1;
            for x in &mut items[..n] {
                x.push_str(&tail);
            }
        }
    }
    items
}

/// Measures a list of items writes once, after its last item (稻谷、玉米、大豆播种面积).
const SHARED_MEASURES: &[&str] = &[
    "居民人均可支配收入",
    "人均可支配收入",
    "播种面积",
    "种植面积",
    "面积",
    "产量",
    "增加值",
    "产值",
    "营业收入",
    "收入",
    "进出口额",
    "出口额",
    "进口额",
    "销售额",
    "零售额",
    "投资",
    "外资",
    "利润",
    "价格",
    "用电量",
    "人数",
];

/// The names a `分别` list of `k` numbers pairs with: from its clause (出口、进口分别…), or,
/// when names hold 、 themselves, from the comma-separated clauses before `分别`
/// (计算机、通信和其他电子设备制造业，汽车制造业分别增长…).
fn list_names(pre: &str, before: &str, k: usize) -> Vec<String> {
    // 城乡居民人均可支配收入分别增长5.9%和7.6%: urban, then rural.
    if let (2, Some(i)) = (k, pre.find("分别")) {
        let t = strip_end(
            strip_start(&pre[..i], words::LABEL_PREFIXES),
            words::CHANGE_BASES,
        );
        if let Some(rest) = t.strip_prefix("城乡") {
            if rest.chars().count() >= 2 && !rest.contains(['、', '和', '及']) {
                return vec![format!("城镇{rest}"), format!("农村{rest}")];
            }
        }
    }
    let in_clause = names(pre);
    if in_clause.len() == k {
        return in_clause;
    }
    // Names that hold 和/及 themselves (生活用品及服务、…、医疗保健和其他用品及服务): split
    // at 、 only, the last item at its first 和 when one name is still missing.
    if let Some(i) = pre.find("分别") {
        let t = strip_end(
            strip_start(&pre[..i], words::LABEL_PREFIXES),
            words::CHANGE_BASES,
        );
        let mut items: Vec<String> = t.split('、').map(|x| x.trim().to_string()).collect();
        if items.len() + 1 == k {
            if let Some((a, b)) = items.last().and_then(|l| l.split_once('和')) {
                let (a, b) = (a.to_string(), b.to_string());
                items.pop();
                items.push(a);
                items.push(b);
            }
        }
        if items.len() == k && items.iter().all(|x| x.chars().count() >= 2) {
            return items;
        }
    }
    let Some(i) = before.rfind("分别") else {
        return Vec::new();
    };
    if let Some(names) = names_again(pre, &before[..i], k) {
        return names;
    }
    let items: Vec<&str> = before[..i].split(['，', ',']).collect();
    if items.len() < k {
        return Vec::new();
    }
    let last: Vec<String> = items[items.len() - k..]
        .iter()
        .map(|x| {
            let x = x.rsplit(['：', ':']).next().unwrap_or(x);
            strip_start(x, words::LABEL_PREFIXES).trim().to_string()
        })
        .collect();
    let plausible = last
        .iter()
        .all(|x| x.chars().count() >= 2 && !x.contains(|c: char| c.is_ascii_digit()));
    if plausible {
        last
    } else {
        Vec::new()
    }
}

/// 稻谷、玉米、大豆播种面积分别为…，产量分别为…: a `分别` clause whose subject names no items
/// (产量) speaks of the items of the sentence's previous `分别` clause, when it listed `k`.
/// Their shared measure (播种面积) gives way to this clause's. `before` ends where this
/// clause's 分别 starts.
fn names_again(pre: &str, before: &str, k: usize) -> Option<Vec<String>> {
    let i = pre.find("分别")?;
    let subject = strip_end(
        strip_start(&pre[..i], words::LABEL_PREFIXES),
        words::CHANGE_BASES,
    )
    .trim();
    if subject.contains(['、', '和', '及']) {
        return None;
    }
    // The earlier clause: from the clause start before its 分别, to the end of that 分别.
    let j = before.rfind("分别")?;
    let from = before[..j].rfind(['，', ',', '；', ';']).map_or(0, |c| {
        c + before[c..].chars().next().map_or(1, char::len_utf8)
    });
    let items = names(&before[from..j + "分别".len()]);
    if items.len() != k || k < 2 || subject.is_empty() {
        return None;
    }
    // Their shared measure (播种面积, written once or each time) gives way to this one.
    let tail = SHARED_MEASURES
        .iter()
        .find(|m| items.iter().all(|x| x.ends_with(**m)))
        .map_or(0, |m| m.len());
    let items: Vec<&str> = items.iter().map(|x| &x[..x.len() - tail]).collect();
    if items.iter().any(|x| x.chars().count() < 2) {
        return None;
    }
    Some(items.iter().map(|x| format!("{x}{subject}")).collect())
}

/// `X受…影响，` right before a change's clause words `pre`: X, its subject (大豆产量受种植
/// 面积调减影响，下降6.4%), when no number stands between.
fn affected_subject(before: &str, pre: &str) -> Option<String> {
    let t = before.strip_suffix(pre.trim())?;
    let t = t.strip_suffix(['，', ','])?.strip_suffix("影响")?;
    let cause = t.rfind('受')?;
    let from = t[..cause]
        .char_indices()
        .rev()
        .find(|&(_, c)| "，,；;：:。".contains(c) || c.is_ascii_digit())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let x = strip_start(&t[from..cause], words::LABEL_PREFIXES).trim();
    (x.chars().count() >= 2 && !t[cause..].contains(|c: char| c.is_ascii_digit()))
        .then(|| x.to_string())
}

/// A label without the punctuation around it, keeping brackets and quotes that pair
/// (采购经理指数（PMI）, “链主”企业).
fn tidy_label(label: &str) -> String {
    // A period cut out of its brackets leaves them empty: 春节假期（1月21日至27日）全市….
    let label = label.replace("（）", "").replace("()", "");
    let mut t = label.trim_matches(|c: char| c.is_whitespace() || "，,、：:；;".contains(c));
    // Places and connectors only: a verb kept on purpose (完成投资) stays.
    while let Some(w) = words::LABEL_PREFIXES
        .iter()
        .filter(|w| !["实现", "完成", "达到"].contains(w))
        .find(|w| t.starts_with(**w) && t.len() > w.len())
    {
        t = &t[w.len()..];
    }
    // 共接待游客 → 接待游客; 共享, 共同, 共建 keep theirs.
    if let Some(rest) = t.strip_prefix('共') {
        if !rest.starts_with(['享', '同', '建', '青']) && rest.chars().count() >= 2 {
            t = rest;
        }
    }
    for (open, close) in [('（', '）'), ('(', ')'), ('“', '”')] {
        if t.ends_with(close) && !t.contains(open) {
            t = &t[..t.len() - close.len_utf8()];
        }
        if t.starts_with(open) && !t.contains(close) {
            t = &t[open.len_utf8()..];
        }
    }
    t.trim_matches(|c: char| c.is_whitespace() || "，,、：:；;\"".contains(c))
        .to_string()
}

/// %, 个百分点, 倍: units of a change (a 分别 list may mix them: 增长56.2%、1.3倍).
fn is_ratio(unit: &str) -> bool {
    matches!(
        unit,
        "%" | "个百分点" | "百分点" | "倍" | "‰" | "个千分点" | "千分点"
    )
}

/// True when the text before a bare number names an index (指数, PMI), whose values
/// have no unit.
fn is_index(before: &str) -> bool {
    let clause = before.rsplit(['。', '；', ';']).next().unwrap_or(before);
    clause.contains("指数") || clause.contains("PMI")
}

/// 分镇街看，各镇街2023年地区生产总值及年均增速如下：… → (where 如下 ends, 地区生产总值):
/// the figure a list of places after it gives, without the places' word, years and what
/// follows 及/和.
fn intro_subject(s: &str) -> Option<(usize, String)> {
    let i = s.find("如下")?;
    let end = i + "如下".len();
    if !s[end..].starts_with(['：', ':']) {
        return None;
    }
    let from = s[..i]
        .rfind(['，', ',', '；', '。'])
        .map_or(0, |k| k + s[k..].chars().next().map_or(1, char::len_utf8));
    let mut t = s[from..i].to_string();
    // Years (2023年) and the places' collective word (各镇街, 各县区).
    while let Some(y) = t.find('年').filter(|&y| {
        y >= 4 && t.is_char_boundary(y - 4) && t[y - 4..y].bytes().all(|b| b.is_ascii_digit())
    }) {
        t.replace_range(y - 4..y + '年'.len_utf8(), "");
    }
    let t = t.split(['及', '和']).next().unwrap_or("");
    let t = match t.strip_prefix('各') {
        Some(rest) => {
            let k = [
                "镇街",
                "乡镇",
                "街道",
                "县区",
                "区县",
                "县市区",
                "县（市、区）",
                "园区",
                "板块",
            ]
            .iter()
            .find(|w| rest.starts_with(**w))
            .map_or(0, |w| w.len());
            &rest[k..]
        }
        None => t,
    };
    let t = strip_start(t, words::LABEL_PREFIXES).trim();
    (t.chars().count() >= 2).then(|| (end, t.to_string()))
}

/// The year written at the start of `t` (2020年, 2020年的), if that is all of it.
fn only_year(t: &str) -> Option<&str> {
    let t = t.trim_end_matches('的');
    let digits = t.strip_suffix('年')?;
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

/// 地区生产总值从2020年 → 地区生产总值（2020年）; 一般公共预算收入由 → 一般公共预算收入.
fn from_label(label: &str) -> Option<String> {
    let i = label.rfind(['从', '由'])?;
    let subject = &label[..i];
    let rest = &label[i + '从'.len_utf8()..];
    if subject.chars().count() < 2 {
        return None;
    }
    match (rest, only_year(rest)) {
        ("", _) => Some(subject.to_string()),
        (_, Some(y)) => Some(format!("{subject}（{y}）")),
        // 收入比由上年的2.05: an earlier time with no year.
        _ if EARLIER.contains(&rest) => Some(format!("{subject}（{rest}）")),
        _ => None,
    }
}

/// Earlier times a 从/由…到 range starts from without a year (由上年的2.05).
const EARLIER: &[&str] = &[
    "上年",
    "去年",
    "上年同期",
    "去年同期",
    "上年末",
    "年初",
    "上月",
];

/// 增加到2023年, after 地区生产总值（2020年） → 地区生产总值（2023年）.
fn to_label(label: &str, prev: Option<&str>) -> Option<String> {
    let verb = [
        "增加到",
        "增加至",
        "增长到",
        "增长至",
        "提高到",
        "提高至",
        "提升到",
        "提升至",
        "上升到",
        "上升至",
        "扩大到",
        "扩大至",
        "下降到",
        "下降至",
        "减少到",
        "减少至",
        "降至",
        "降到",
        "缩小到",
        "缩小至",
    ]
    .into_iter()
    .find(|v| label.starts_with(v))?;
    let subject = prev?.split('（').next()?;
    match only_year(&label[verb.len()..]) {
        Some(y) => Some(format!("{subject}（{y}）")),
        None => Some(subject.to_string()),
    }
}

const THOUSANDTHS: &str =
    "a fall in 千分点 of a ‰ rate, which the checker holds as no figure: add it by hand";

/// A negative figure in a unit the checker reads as an amount (自然增长率为-0.86‰).
const NEGATIVE: &str =
    "a negative figure in a unit the checker takes for an amount: add it by hand";

/// 个千分点, 千分点: the change of a rate in ‰.
fn in_thousandths(unit: &str) -> bool {
    matches!(unit, "个千分点" | "千分点")
}

/// True when a bare number is a ratio of two amounts, which has no unit: 城乡居民收入比为1.91,
/// 收入比缩小到1.82, 基尼系数0.46, or a rate that is nil (孕产妇死亡率为0). Not 8.1:38.2.
fn is_unitless_ratio(pre: &str, s: &str, n: &Num) -> bool {
    // 1.42:1, 2.69∶1: a ratio to one.
    if let Some(r) = s[n.end..].strip_prefix([':', '：', '∶']) {
        return r.starts_with('1')
            && !r[1..].starts_with(|c: char| c.is_ascii_digit() || ".:：∶".contains(c));
    }
    let t = strip_end(pre.trim_end(), words::VERBS);
    // 性别比（以女性为100）为104.06: an aside in brackets explains the ratio before it.
    let t = match (t.strip_suffix(['）', ')']), t.rfind(['（', '('])) {
        (Some(_), Some(i)) => t[..i].trim_end(),
        _ => t,
    };
    // 收入比由上年的2.05缩小到1.98: the subject before the range's 由/从.
    let subject = t.find(['由', '从']).map_or(t, |i| &t[..i]);
    ["比", "系数", "比值"]
        .iter()
        .any(|w| t.ends_with(w) || subject.ends_with(w))
        || t.ends_with('率') && n.value.digits == 0
}

fn slug(en: &str) -> String {
    let mut out = String::new();
    for c in en.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// 2024年8月21日 or 2024-08-21 → 2024-08-21.
fn iso_date(t: &str) -> Option<String> {
    let bytes = t.as_bytes();
    for i in 0..bytes.len().saturating_sub(9) {
        // Not every byte starts a character (沂陵统计　2021-04-23).
        let Some(w) = t.get(i..i + 10) else {
            continue;
        };
        let b = w.as_bytes();
        if b[4] == b'-'
            && b[7] == b'-'
            && w.bytes()
                .enumerate()
                .all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit())
        {
            return Some(w.to_string());
        }
    }
    let y = t.find('年')?;
    let year: String = t[..y]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if year.len() != 4 {
        return None;
    }
    let rest = &t[y + 3..];
    let m_end = rest.find('月')?;
    let month: u32 = rest[..m_end].parse().ok()?;
    let rest = &rest[m_end + 3..];
    let d_end = rest.find('日')?;
    let day: u32 = rest[..d_end].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year}-{month:02}-{day:02}"))
}

/// The place the report is about: the first name ending in 区/县/市 that starts a clause
/// of the first paragraphs, or of the title.
fn place(paras: &[text::Para]) -> String {
    for p in paras.iter().take(6) {
        for s in text::sentences(&p.text) {
            for (a, b) in text::clauses(s) {
                let c = &s[a..b];
                let c = c.trim_start_matches(|ch: char| {
                    ch.is_ascii_digit() || "年上半前三季度今以来".contains(ch)
                });
                for suffix in ["高新区", "经开区", "开发区", "新区", "县", "区", "市", "州"]
                {
                    if let Some(i) = c.find(suffix) {
                        let name = &c[..i + suffix.len()];
                        let n = name.chars().count();
                        if (2..=8).contains(&n)
                            && !name.starts_with('全')
                            && !name.contains(['，', ',', '的', '在'])
                        {
                            return name.to_string();
                        }
                    }
                }
            }
        }
    }
    String::new()
}

#[cfg(test)]
mod tests;
