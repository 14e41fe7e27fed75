//! The widget's own words (not the dataset's) in both languages.

use crate::data::{Lang, Status};

/// The widget's heading and region name: projects are named only when there are some.
pub fn region(data: Option<&crate::data::Dataset>, lang: Lang) -> &'static str {
    match data {
        Some(d) if d.projects.is_empty() => REGION_FIGURES.get(lang),
        _ => REGION.get(lang),
    }
}

/// One of the widget's own words or phrases, in Chinese and in English.
pub struct Words(pub &'static str, pub &'static str);

impl Words {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.0,
            Lang::En => self.1,
        }
    }
}

/// Under a prerendered view whose live widget stopped (the loader says the same when the wasm
/// cannot start: src/loader/shuka.js).
pub const STATIC_ONLY: Words = Words(
    "交互功能暂不可用，以上为发布时的数据。",
    "The interactive controls are unavailable; these are the figures as published.",
);
pub const REGION: Words = Words("数读：主要指标与项目", "Key figures and projects");
/// The region's name when the report names no projects.
pub const REGION_FIGURES: Words = Words("数读：主要指标", "Key figures");
pub const LOADING: Words = Words("正在载入数据…", "Loading data…");
pub const HEADLINE: Words = Words("要点", "Highlights");
pub const SOURCE: Words = Words("原文", "Source");
pub const HIDE_SOURCE: Words = Words("收起原文", "Hide source");
pub const COPY: Words = Words("复制", "Copy");
pub const COPIED: Words = Words("已复制", "Copied");
pub const COPY_FAILED: Words = Words(
    "无法复制，请选中文字复制",
    "Cannot copy here; select the text",
);
pub const DERIVED: Words = Words("推算值", "Derived");
pub const FORMULA: Words = Words("算法：", "Formula: ");
pub const NOTE: Words = Words("数据说明", "Data note");
pub const SCHEDULE: Words = Words("序时进度", "time elapsed");
pub const EXCEEDED: Words = Words("已超额完成", "target exceeded");
pub const FAILED: Words = Words("数据卡片无法显示", "These figures cannot be shown");
pub const TABLE_CAPTION: Words = Words("项目一览", "Projects named in the report");
pub const COL_NAME: Words = Words("项目", "Project");
pub const COL_CATEGORY: Words = Words("类别", "Category");
pub const COL_STATUS: Words = Words("状态", "Status");
pub const COL_AMOUNT: Words = Words("投资额(亿元)", "Investment (CNY 100 m)");
pub const FILTERS: Words = Words("筛选", "Filters");
pub const DOWNLOAD: Words = Words("下载数据(CSV)", "Download data (CSV)");
/// The total row sums the signed projects the table lists (a derived row may stand for unnamed ones).
pub const TOTAL: Words = Words("表中签约项目合计", "Signed projects in the table");
pub const SEARCH: Words = Words("搜索项目", "Search projects");
pub const EMPTY: Words = Words("没有符合条件的项目。", "No project matches.");
pub const CLEAR: Words = Words("清除筛选", "Clear filters");
pub const SORTED_ASC: Words = Words("升序", "ascending");
pub const SORTED_DESC: Words = Words("降序", "descending");

/// A table column's heading.
pub fn column(c: crate::table::Column, lang: Lang) -> &'static str {
    use crate::table::Column;
    match c {
        Column::Name => COL_NAME.get(lang),
        Column::Category => COL_CATEGORY.get(lang),
        Column::Status => COL_STATUS.get(lang),
        Column::Amount => COL_AMOUNT.get(lang),
    }
}

pub fn status(s: Status, lang: Lang) -> &'static str {
    let t = match s {
        Status::Signed => Words("签约", "Signed"),
        Status::Settled => Words("落地", "Established"),
        Status::Started => Words("开工", "Started"),
        Status::Building => Words("在建", "Under construction"),
        Status::ToppedOut => Words("封顶", "Topped out"),
        Status::FitOut => Words("装修", "Fit-out"),
        Status::Completed => Words("建成", "Completed"),
        Status::Operating => Words("投用", "In operation"),
        Status::Delivered => Words("交付", "Delivered"),
    };
    t.get(lang)
}

/// The language switch: the other language's name, written in it, and its tag.
pub fn other_language(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Zh => ("English", "en"),
        Lang::En => ("中文", "zh-CN"),
    }
}

/// The CSV file's header row.
pub fn csv_header(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Zh => ["项目", "类别", "状态", "投资额(亿元)", "原文"],
        Lang::En => [
            "Project",
            "Category",
            "Status",
            "Investment (CNY 100 m)",
            "Source sentence",
        ],
    }
}

/// The CSV file's last line: where the figures come from.
pub fn csv_source(a: &crate::data::Article, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("来源：{}({}),{},{}", a.title, a.subtitle, a.date, a.byline),
        Lang::En => format!(
            "Source: {} ({}), {}, {}",
            a.title, a.subtitle, a.date, a.byline
        ),
    }
}

/// What the error box says first, by kind of failure.
pub fn error_summary(error: &crate::error::DataError, lang: Lang) -> &'static str {
    use crate::error::DataError;
    match (error, lang) {
        (DataError::Fetch { .. }, Lang::Zh) => "数据文件无法载入。",
        (DataError::Fetch { .. }, Lang::En) => "The data file could not be loaded.",
        (DataError::NotJson(_), Lang::Zh) => "数据文件不是有效的 JSON。",
        (DataError::NotJson(_), Lang::En) => "The data file is not valid JSON.",
        (DataError::TooLarge(_), Lang::Zh) => "数据文件太大（上限 10 MB）。",
        (DataError::TooLarge(_), Lang::En) => "The data file is too large (the limit is 10 MB).",
        (DataError::Embed(_), Lang::Zh) => "嵌入代码有误：",
        (DataError::Embed(_), Lang::En) => "The embed code has errors:",
        (_, Lang::Zh) => "数据文件有误：",
        (_, Lang::En) => "The data file has errors:",
    }
}

/// The table's live-region announcement after a sort: `已按投资额降序排列，显示20项`.
pub fn sorted(column: &str, ascending: bool, shown: usize, lang: Lang) -> String {
    let order = if ascending { SORTED_ASC } else { SORTED_DESC }.get(lang);
    match lang {
        Lang::Zh => format!("已按{column}{order}排列，显示{shown}项"),
        Lang::En => format!("Sorted by {column} {order}, {shown} projects shown"),
    }
}

/// The count after the total row's label: `(20个)` / ` (20)`.
pub fn total_count(n: i64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("({n}个)"),
        Lang::En => format!(" ({n})"),
    }
}

/// The button that shows every row: `显示全部 32 项`.
pub fn show_all(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("显示全部 {n} 项"),
        Lang::En => format!("Show all {n}"),
    }
}
