//! The project table's rules as data (no DOM): sorting, filtering, search, the URL form of
//! the reader's choices, and the CSV text.

use crate::data::{Dataset, Lang, Project, Status};
use std::cmp::Ordering;
use std::ops::Not;
use std::rc::Rc;

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Category,
    Status,
    Amount,
}

impl Column {
    /// Each column with its name in the URL fragment.
    pub const KEYS: [(&'static str, Column); 4] = [
        ("name", Column::Name),
        ("category", Column::Category),
        ("status", Column::Status),
        ("amount", Column::Amount),
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Asc,
    Desc,
}

impl Not for Order {
    type Output = Order;
    fn not(self) -> Order {
        match self {
            Order::Asc => Order::Desc,
            Order::Desc => Order::Asc,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortBy {
    pub column: Column,
    pub order: Order,
}

impl Default for SortBy {
    /// Largest investment first, as a reader of this report would look first.
    fn default() -> Self {
        SortBy {
            column: Column::Amount,
            order: Order::Desc,
        }
    }
}

impl SortBy {
    /// Clicking a header: the same column flips; another starts ascending (amounts descending).
    pub fn toggled(self, column: Column) -> SortBy {
        if self.column == column {
            SortBy {
                column,
                order: !self.order,
            }
        } else {
            let order = if column == Column::Amount {
                Order::Desc
            } else {
                Order::Asc
            };
            SortBy { column, order }
        }
    }
}

/// Each project's place in the language's name and category order, computed once per dataset
/// and language: a collator call per comparison would be too slow for 10,000 rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranks {
    name: Vec<u32>,
    category: Vec<u32>,
}

fn rank_by(
    n: usize,
    key: impl Fn(usize) -> String,
    collate: &dyn Fn(&str, &str) -> Ordering,
) -> Vec<u32> {
    let keys: Vec<String> = (0..n).map(key).collect();
    let mut order: Vec<usize> = (0..n).collect();
    sort_indices(&mut order, &|a, b| collate(&keys[a], &keys[b]));
    let mut rank = vec![0u32; n];
    let mut r = 0u32;
    for (i, &idx) in order.iter().enumerate() {
        if i > 0 && collate(&keys[order[i - 1]], &keys[idx]) != Ordering::Equal {
            r = i as u32;
        }
        rank[idx] = r;
    }
    rank
}

impl Ranks {
    /// Ranks the projects of `data` by name and category label in `lang`, using `collate`.
    pub fn new(data: &Dataset, lang: Lang, collate: &dyn Fn(&str, &str) -> Ordering) -> Ranks {
        let p = &data.projects;
        Ranks {
            name: rank_by(p.len(), |i| p[i].name.get(lang).to_string(), collate),
            category: rank_by(p.len(), |i| category_label(data, &p[i], lang), collate),
        }
    }
}

/// What the table shows about all of a dataset's projects, whatever the reader filters: the
/// chips' counts, the longest amount bar, the total row. One pass per dataset (a table of
/// 9,000 projects renders in stages; each stage used to count it all again).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// Projects per status, in `Status::KEYS` order.
    pub statuses: Vec<(Status, usize)>,
    /// Projects per category, in `data.project_categories` order.
    pub categories: Vec<usize>,
    /// The largest amount (0 when none), for the bars.
    pub max_amount: f64,
    /// Signed projects, counting a row that stands for several by its `count`.
    pub signed: i64,
    /// Their amounts summed; `None` when the sum overflows.
    pub signed_amount: Option<crate::data::Decimal>,
}

impl Summary {
    pub fn of(data: &Dataset) -> Summary {
        let mut statuses: Vec<(Status, usize)> =
            Status::KEYS.iter().map(|&(_, s)| (s, 0)).collect();
        let mut s = Summary {
            categories: vec![0; data.project_categories.len()],
            signed_amount: Some(Default::default()),
            ..Default::default()
        };
        for p in &data.projects {
            if let Some(n) = statuses.iter_mut().find(|(st, _)| *st == p.status) {
                n.1 += 1;
            }
            // A few categories: a look along them beats a hash table's code in the wasm.
            let category = p.category.as_deref();
            if let Some(i) = data
                .project_categories
                .iter()
                .position(|c| Some(&*c.id) == category)
            {
                s.categories[i] += 1;
            }
            if let Some(a) = p.amount {
                s.max_amount = s.max_amount.max(a.to_f64());
            }
            if p.status == Status::Signed {
                s.signed += p.count.unwrap_or(1);
                if let Some(a) = p.amount {
                    s.signed_amount = s.signed_amount.and_then(|t| t.checked_add(a));
                }
            }
        }
        s.statuses = statuses;
        s
    }
}

/// A project's category label in `lang`, or "–" when it has none.
pub fn category_label(data: &Dataset, p: &Project, lang: Lang) -> String {
    p.category
        .as_deref()
        .and_then(|c| data.project_categories.iter().find(|pc| &*pc.id == c))
        .map(|c| c.label.get(lang).to_string())
        .unwrap_or_else(|| "–".into())
}

/// A stable sort of indices: one copy of the sort in the wasm for every caller.
fn sort_indices(v: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    v.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts row indices into `projects`. Rows without an amount sort last in either direction;
/// ties keep the dataset's order (the sort is stable). Text columns need `ranks`; without
/// them their order is the dataset's.
pub fn sort_rows(rows: &mut [usize], projects: &[Project], by: SortBy, ranks: Option<&Ranks>) {
    let dir = |o: Ordering| {
        if by.order == Order::Asc {
            o
        } else {
            o.reverse()
        }
    };
    sort_indices(rows, &|a, b| {
        let (pa, pb) = (&projects[a], &projects[b]);
        match by.column {
            Column::Amount => match (pa.amount, pb.amount) {
                (Some(x), Some(y)) => dir(x.cmp_value(y)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            Column::Name => ranks.map_or(Ordering::Equal, |r| dir(r.name[a].cmp(&r.name[b]))),
            Column::Category => {
                ranks.map_or(Ordering::Equal, |r| dir(r.category[a].cmp(&r.category[b])))
            }
            Column::Status => dir(pa.status.cmp(&pb.status)),
        }
    });
}

/// Which rows are shown: by status and by category (any of several each), and a search text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub statuses: Vec<Status>,
    pub categories: Vec<Rc<str>>,
    pub query: String,
}

impl Filter {
    /// Whether a row passes: its status and category are among the chosen ones (or none is
    /// chosen), and its name in either language contains the query (Latin case ignored).
    pub fn fits(&self, p: &Project) -> bool {
        let status_ok = self.statuses.is_empty() || self.statuses.contains(&p.status);
        let cat_ok = self.categories.is_empty()
            || p.category
                .as_ref()
                .is_some_and(|c| self.categories.contains(c));
        let q = self.query.trim();
        let text_ok = q.is_empty()
            || p.name.zh.contains(q)
            || p.name
                .en
                .to_ascii_lowercase()
                .contains(&q.to_ascii_lowercase());
        status_ok && cat_ok && text_ok
    }
}

/// The reader's choices for a table, as they travel in the URL fragment.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableQuery {
    pub sort: SortBy,
    pub filter: Filter,
}

/// Whether shuka may keep its state in a URL fragment: the fragment is empty, or holds only
/// the parameters of shuka tables (`shuka.sort=…`, `shuka-<id>.q=…`). Anything else (an
/// anchor such as `#comments`, a hash route such as `#/news/123?x=1`) belongs to the page,
/// and the tables keep their state in memory only.
pub fn fragment_is_ours(hash: &str) -> bool {
    let params = hash.strip_prefix('#').unwrap_or(hash);
    params.split('&').filter(|p| !p.is_empty()).all(|p| {
        let key = p.split('=').next().unwrap_or_default();
        (key.starts_with("shuka.") || key.starts_with("shuka-"))
            && key
                .rsplit_once('.')
                .is_some_and(|(_, name)| TableQuery::PARAMS.contains(&name))
    })
}

impl TableQuery {
    /// The parameter names a table keeps in the fragment, after its `shuka.` prefix.
    pub const PARAMS: [&'static str; 4] = ["sort", "status", "category", "q"];

    /// Key/value pairs for the fragment (`sort=amount-desc`, `status=signed,completed`,
    /// `category=…`, `q=…`); defaults are left out. The caller percent-encodes.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.sort != SortBy::default() {
            let col = crate::data::key_of(&Column::KEYS, self.sort.column);
            let ord = if self.sort.order == Order::Asc {
                "asc"
            } else {
                "desc"
            };
            out.push(("sort", format!("{col}-{ord}")));
        }
        if !self.filter.statuses.is_empty() {
            out.push((
                "status",
                self.filter
                    .statuses
                    .iter()
                    .map(|s| Status::key(*s))
                    .collect::<Vec<_>>()
                    .join(","),
            ));
        }
        if !self.filter.categories.is_empty() {
            out.push(("category", self.filter.categories.join(",")));
        }
        if !self.filter.query.trim().is_empty() {
            out.push(("q", self.filter.query.trim().to_string()));
        }
        out
    }

    /// Reads pairs written by [`TableQuery::to_pairs`]; unknown keys and values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> TableQuery {
        let mut q = TableQuery::default();
        for (k, v) in pairs {
            match k {
                "sort" => {
                    let (col, ord) = v.rsplit_once('-').unwrap_or((v, ""));
                    if let Some(c) = crate::data::from_key(&Column::KEYS, col) {
                        let order = if ord == "asc" {
                            Order::Asc
                        } else {
                            Order::Desc
                        };
                        q.sort = SortBy { column: c, order };
                    }
                }
                "status" => {
                    q.filter.statuses = v
                        .split(',')
                        .filter_map(|s| crate::data::from_key(&Status::KEYS, s))
                        .collect()
                }
                "category" => {
                    q.filter.categories = v
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(Rc::from)
                        .collect()
                }
                "q" => q.filter.query = v.to_string(),
                _ => {}
            }
        }
        q
    }
}

/// One CSV cell. A text a spreadsheet would read as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or a CR: Excel and WPS run `=HYPERLINK(…)`) gets a leading `'` and quotes, as
/// OWASP's CSV-injection guidance says; a plain number such as `-1` stays a number.
fn csv_field(s: &str) -> String {
    // `-` then digits with at most one point: an amount, as `Decimal` writes it.
    let number = s.strip_prefix('-').is_some_and(|n| {
        n.bytes().any(|b| b.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && n.matches('.').count() < 2
    });
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number;
    if formula {
        format!("\"'{}\"", s.replace('"', "\"\""))
    } else if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The rows as CSV for a spreadsheet: UTF-8 with a BOM (so Excel reads Chinese right), CRLF
/// lines, a header with units, amounts exactly as written, and the source as the last line.
pub fn csv(
    data: &Dataset,
    rows: &[usize],
    lang: Lang,
    status_label: &dyn Fn(Status) -> &'static str,
) -> String {
    let header = crate::ui::csv_header(lang);
    let mut out = String::from('\u{FEFF}');
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for &i in rows {
        let p = &data.projects[i];
        let fields = [
            p.name.get(lang).to_string(),
            category_label(data, p, lang),
            status_label(p.status).to_string(),
            p.amount.map(|a| a.to_string()).unwrap_or_default(),
            p.quote.to_string(),
        ];
        out.push_str(
            &fields
                .iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    let a = &data.article;
    let source = crate::ui::csv_source(a, lang);
    out.push_str(&csv_field(&source));
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_dataset;

    fn data() -> Dataset {
        parse_dataset(crate::DEFAULT_DATASET).unwrap()
    }

    fn names(data: &Dataset, rows: &[usize]) -> Vec<String> {
        rows.iter()
            .map(|&i| data.projects[i].name.zh.to_string())
            .collect()
    }

    fn codepoint(a: &str, b: &str) -> Ordering {
        a.cmp(b)
    }

    #[test]
    fn the_summary_counts_chips_the_longest_bar_and_the_signed_total_in_one_pass() {
        let d = data();
        let s = Summary::of(&d);
        for &(st, n) in &s.statuses {
            assert_eq!(
                n,
                d.projects.iter().filter(|p| p.status == st).count(),
                "{st:?}"
            );
        }
        for (c, &n) in d.project_categories.iter().zip(&s.categories) {
            let expected = d
                .projects
                .iter()
                .filter(|p| p.category.as_ref() == Some(&c.id))
                .count();
            assert_eq!(n, expected, "{}", c.id);
        }
        assert_eq!(
            s.max_amount, 296.43,
            "the derived row of the 16 unnamed projects is the largest"
        );
        // The article's reconciled total: 20 signed projects, 396.43亿元.
        assert_eq!(s.signed, 20);
        assert_eq!(
            s.signed_amount.map(crate::format::number).as_deref(),
            Some("396.43")
        );
        assert_eq!(
            Summary::of(&Dataset {
                projects: vec![],
                ..d
            })
            .signed_amount
            .map(|a| a.to_f64()),
            Some(0.0)
        );
    }

    #[test]
    fn amounts_sort_with_missing_last_both_ways() {
        let d = data();
        let ranks = Ranks::new(&d, Lang::Zh, &codepoint);
        let mut rows: Vec<usize> = (0..d.projects.len()).collect();
        sort_rows(
            &mut rows,
            &d.projects,
            SortBy {
                column: Column::Amount,
                order: Order::Desc,
            },
            Some(&ranks),
        );
        assert_eq!(
            names(&d, &rows[..3]),
            [
                "其余16个新签约项目(文中未列名)",
                "易信科技河南百旺信智算中心项目",
                "高芯功能性钻石生产基地项目"
            ]
        );
        assert!(d.projects[*rows.last().unwrap()].amount.is_none());
        sort_rows(
            &mut rows,
            &d.projects,
            SortBy {
                column: Column::Amount,
                order: Order::Asc,
            },
            Some(&ranks),
        );
        assert_eq!(names(&d, &rows[..1]), ["郑裕院土合成生物项目"]);
        assert!(
            d.projects[*rows.last().unwrap()].amount.is_none(),
            "missing amounts last ascending too"
        );
    }

    #[test]
    fn names_sort_by_the_given_collation() {
        let d = data();
        // A stand-in for pinyin: order Chinese names by their English names (category
        // labels, also ranked with this collation, keep their own text).
        let collate = |a: &str, b: &str| {
            let en = |s: &str| {
                d.projects
                    .iter()
                    .find(|p| &*p.name.zh == s)
                    .map_or(s.to_string(), |p| p.name.en.to_string())
            };
            en(a).cmp(&en(b))
        };
        let ranks = Ranks::new(&d, Lang::Zh, &collate);
        let mut rows: Vec<usize> = (0..d.projects.len()).collect();
        sort_rows(
            &mut rows,
            &d.projects,
            SortBy {
                column: Column::Name,
                order: Order::Asc,
            },
            Some(&ranks),
        );
        let en: Vec<&str> = rows.iter().map(|&i| &*d.projects[i].name.en).collect();
        let mut sorted = en.clone();
        sorted.sort();
        assert_eq!(en, sorted);
    }

    #[test]
    fn toggling_flips_the_same_column() {
        let s = SortBy::default().toggled(Column::Amount);
        assert_eq!(
            s,
            SortBy {
                column: Column::Amount,
                order: Order::Asc
            }
        );
        assert_eq!(
            s.toggled(Column::Name),
            SortBy {
                column: Column::Name,
                order: Order::Asc
            }
        );
        assert_eq!(!Order::Asc, Order::Desc);
    }

    #[test]
    fn filters_by_status_category_and_substring() {
        let d = data();
        let hit = d
            .projects
            .iter()
            .find(|p| &*p.id == "hit-cvd-diamond")
            .unwrap();
        let f = |statuses: Vec<Status>, cats: Vec<&str>, q: &str| Filter {
            statuses,
            categories: cats.into_iter().map(Rc::from).collect(),
            query: q.into(),
        };
        assert!(f(vec![Status::Signed], vec!["materials"], "金刚石").fits(hit));
        assert!(f(vec![], vec![], "diamond").fits(hit));
        assert!(f(
            vec![Status::Signed, Status::Completed],
            vec!["materials", "bio"],
            ""
        )
        .fits(hit));
        assert!(!f(vec![Status::Completed], vec![], "").fits(hit));
        assert!(!f(vec![], vec!["health"], "").fits(hit));
        assert!(!f(vec![], vec![], "医院").fits(hit));
        let unnamed = d.projects.iter().find(|p| p.category.is_none()).unwrap();
        assert!(!f(vec![], vec!["compute"], "").fits(unnamed));
    }

    #[test]
    fn query_round_trips_through_pairs() {
        let q = TableQuery {
            sort: SortBy {
                column: Column::Name,
                order: Order::Asc,
            },
            filter: Filter {
                statuses: vec![Status::Signed, Status::ToppedOut],
                categories: vec![Rc::from("materials")],
                query: "金刚石".into(),
            },
        };
        let pairs = q.to_pairs();
        assert_eq!(pairs[0], ("sort", "name-asc".to_string()));
        assert_eq!(pairs[1], ("status", "signed,topped-out".to_string()));
        let back = TableQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, q);
        assert_eq!(TableQuery::default().to_pairs(), vec![]);
        assert_eq!(
            TableQuery::from_pairs([("sort", "bogus-up"), ("status", "nope"), ("x", "y")]),
            TableQuery::default()
        );
    }

    #[test]
    fn csv_has_bom_header_escaping_and_source() {
        let d = data();
        let rows: Vec<usize> = (0..d.projects.len()).collect();
        let text = csv(&d, &rows, Lang::Zh, &|s| crate::ui::status(s, Lang::Zh));
        assert!(text.starts_with("\u{FEFF}项目,类别,状态,投资额(亿元),原文\r\n"));
        assert_eq!(text.lines().count(), 1 + d.projects.len() + 1);
        // Quotes contain commas: the field is quoted; inner quotes are doubled.
        assert!(text.contains(
            "易信科技河南百旺信智算中心项目,算力与数字经济,签约,32,\"上半年完成新签约项目20个,"
        ));
        // A name with a quote and a comma: quoted, inner quote doubled.
        let mut d = d;
        let mut projects = d.projects.to_vec();
        projects[0].name.zh = "含\"引号\",逗号".into();
        d.projects = projects;
        let text_q = csv(&d, &[0], Lang::Zh, &|s| crate::ui::status(s, Lang::Zh));
        assert!(
            text_q
                .lines()
                .nth(1)
                .unwrap()
                .starts_with("\"含\"\"引号\"\",逗号\","),
            "{text_q}"
        );
        assert!(text.trim_end().ends_with("2024-08-21,记者 孙庆辉 文/图\""));
        assert_eq!(csv_field("a\"b"), "\"a\"\"b\"");
        assert_eq!(csv_field("plain"), "plain");
    }
    #[test]
    fn csv_neutralises_formulas_and_keeps_negative_numbers() {
        let mut d = data();
        let mut projects = d.projects.to_vec();
        let names = [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1+1+cmd|' /C calc'!A0",
            "@SUM(1,1)*cmd|' /C calc'!A0",
            "-2+3",
            "\tTAB",
            "\rCR",
        ];
        for (p, n) in projects.iter_mut().zip(names) {
            p.name.zh = n.into();
        }
        projects[0].amount = Some(crate::data::Decimal::new(-1, 0));
        d.projects = projects;
        let rows: Vec<usize> = (0..names.len()).collect();
        let text = csv(&d, &rows, Lang::Zh, &|s| crate::ui::status(s, Lang::Zh));
        let lines: Vec<&str> = text.split("\r\n").collect();
        let first_cells: Vec<&str> = lines[1..=4]
            .iter()
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(
            first_cells,
            [
                "\"'=HYPERLINK(\"\"http://x\"\"",
                "\"'+1+1+cmd|' /C calc'!A0\"",
                "\"'@SUM(1",
                "\"'-2+3\""
            ],
            "{text}"
        );
        assert!(lines[5].starts_with("\"'\tTAB\","), "{}", lines[5]);
        assert!(text.contains("\"'\rCR\","), "{text}");
        // A real negative amount stays a number a spreadsheet can add up.
        assert_eq!(lines[1].split(',').nth(4), Some("-1"), "{}", lines[1]);
        assert_eq!(csv_field("-1.5"), "-1.5");
        assert_eq!(csv_field("+86 371"), "\"'+86 371\"");
    }
    #[test]
    fn only_an_empty_or_shuka_only_fragment_is_ours() {
        for ours in [
            "",
            "#",
            "#shuka.sort=name-asc",
            "#shuka.sort=name-asc&shuka-b.status=signed%2Ccompleted&shuka-x%26y.q=%E9%87%91",
        ] {
            assert!(fragment_is_ours(ours), "{ours}");
        }
        for page in [
            "#comments",
            "#/news/123?x=1",
            "#shuka",
            "#shuka.sort=name-asc&comments",
            "#top&shuka.q=x",
            "#shuka.page=2",
            "#comments=&shuka.sort=name-asc",
        ] {
            assert!(!fragment_is_ours(page), "{page}");
        }
    }
}
