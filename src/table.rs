//! The project table's rules: sorting, filtering and search, as data (no DOM).

use crate::data::{Lang, Project, Status};
use std::cmp::Ordering;
use std::ops::Not;

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Category,
    Status,
    Amount,
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
    /// The article's own order is by amount, largest first.
    fn default() -> Self {
        SortBy {
            column: Column::Amount,
            order: Order::Desc,
        }
    }
}

impl SortBy {
    /// Clicking a header: the same column flips, another starts ascending (amounts descending).
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

/// Compares two strings the way the reader's language sorts them.
pub type Collate<'a> = &'a dyn Fn(&str, &str) -> Ordering;

/// Sorts rows in place. Rows without an amount sort last in either direction; ties keep
/// the dataset's order (the sort is stable).
pub fn sort_rows(
    rows: &mut [&Project],
    by: SortBy,
    lang: Lang,
    category_label: &dyn Fn(&Project) -> String,
    collate: Collate,
) {
    let dir = |o: Ordering| {
        if by.order == Order::Asc {
            o
        } else {
            o.reverse()
        }
    };
    rows.sort_by(|a, b| match by.column {
        Column::Amount => match (a.amount, b.amount) {
            (Some(x), Some(y)) => dir(x.cmp_value(y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        Column::Name => dir(collate(a.name.get(lang), b.name.get(lang))),
        Column::Category => dir(collate(&category_label(a), &category_label(b))),
        Column::Status => dir(a.status.cmp(&b.status)),
    });
}

/// Which rows are shown: by status (any of several), and a search text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub statuses: Vec<Status>,
    pub query: String,
}

impl Filter {
    /// Whether a row passes: its status is chosen (or none is), and its name in either
    /// language contains the query (case-insensitive for Latin letters).
    pub fn fits(&self, p: &Project) -> bool {
        let status_ok = self.statuses.is_empty() || self.statuses.contains(&p.status);
        let q = self.query.trim().to_lowercase();
        status_ok
            && (q.is_empty()
                || p.name.zh.to_lowercase().contains(&q)
                || p.name.en.to_lowercase().contains(&q))
    }

    pub fn is_active(&self) -> bool {
        !self.statuses.is_empty() || !self.query.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Decimal, Text};

    fn p(zh: &str, en: &str, status: Status, amount: Option<&str>) -> Project {
        Project {
            id: zh.into(),
            name: Text {
                zh: zh.into(),
                en: en.into(),
            },
            status,
            category: None,
            amount: amount.map(|a| Decimal::parse(a).unwrap()),
            count: None,
            derived: None,
            quote: "".into(),
            highlight: "".into(),
        }
    }

    fn names(rows: &[&Project]) -> Vec<String> {
        rows.iter().map(|r| r.name.zh.to_string()).collect()
    }

    #[test]
    fn amounts_sort_with_missing_last_both_ways() {
        let all = [
            p("甲", "A", Status::Signed, Some("20")),
            p("乙", "B", Status::Completed, None),
            p("丙", "C", Status::Signed, Some("32")),
        ];
        let mut rows: Vec<&Project> = all.iter().collect();
        let cat = |_: &Project| String::new();
        sort_rows(
            &mut rows,
            SortBy {
                column: Column::Amount,
                order: Order::Desc,
            },
            Lang::Zh,
            &cat,
            &|a, b| a.cmp(b),
        );
        assert_eq!(names(&rows), ["丙", "甲", "乙"]);
        sort_rows(
            &mut rows,
            SortBy {
                column: Column::Amount,
                order: Order::Asc,
            },
            Lang::Zh,
            &cat,
            &|a, b| a.cmp(b),
        );
        assert_eq!(names(&rows), ["甲", "丙", "乙"]);
    }

    #[test]
    fn names_sort_by_the_given_collation() {
        let all = [
            p("中州实验室", "Zhongzhou", Status::Settled, None),
            p("药厂街", "Yaochang", Status::Completed, None),
            p("安置房", "Resettlement", Status::Delivered, None),
        ];
        let mut rows: Vec<&Project> = all.iter().collect();
        // A stand-in for pinyin order: an(安) < yao(药) < zhong(中).
        let pinyin = |s: &str| {
            ["安", "药", "中"]
                .iter()
                .position(|k| s.starts_with(k))
                .unwrap()
        };
        sort_rows(
            &mut rows,
            SortBy {
                column: Column::Name,
                order: Order::Asc,
            },
            Lang::Zh,
            &|_| String::new(),
            &|a, b| pinyin(a).cmp(&pinyin(b)),
        );
        assert_eq!(names(&rows), ["安置房", "药厂街", "中州实验室"]);
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
    }

    #[test]
    fn filters_by_status_and_substring() {
        let a = p(
            "哈工大郑州研究院CVD金刚石项目",
            "HIT CVD Diamond",
            Status::Signed,
            Some("20"),
        );
        let f = Filter {
            statuses: vec![Status::Signed],
            query: "金刚石".into(),
        };
        assert!(f.fits(&a));
        assert!(Filter {
            statuses: vec![],
            query: "diamond".into()
        }
        .fits(&a));
        assert!(!Filter {
            statuses: vec![Status::Completed],
            query: "".into()
        }
        .fits(&a));
        assert!(!Filter {
            statuses: vec![],
            query: "医院".into()
        }
        .fits(&a));
    }
}
