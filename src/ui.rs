//! The widget's own words (not the dataset's) in both languages.

use crate::data::{Lang, Status};

/// The widget's heading and region name: projects are named only when there are some.
pub fn region(data: Option<&crate::data::Dataset>, lang: Lang) -> &'static str {
    match data {
        Some(d) if d.projects.is_empty() => REGION_FIGURES.get(lang),
        _ => REGION.get(lang),
    }
}

/// A UI string in both languages.
pub struct T(pub &'static str, pub &'static str);

impl T {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.0,
            Lang::En => self.1,
        }
    }
}

pub const REGION: T = T("数读：主要指标与项目", "Key figures and projects");
/// The region's name when the report names no projects.
pub const REGION_FIGURES: T = T("数读：主要指标", "Key figures");
pub const LOADING: T = T("正在载入数据…", "Loading data…");
pub const HEADLINE: T = T("要点", "Highlights");
pub const SOURCE: T = T("原文", "Source");
pub const HIDE_SOURCE: T = T("收起原文", "Hide source");
pub const COPY: T = T("复制", "Copy");
pub const COPIED: T = T("已复制", "Copied");
pub const COPY_FAILED: T = T(
    "无法复制，请选中文字复制",
    "Cannot copy here; select the text",
);
pub const DERIVED: T = T("推算值", "Derived");
pub const FORMULA: T = T("算法：", "Formula: ");
pub const NOTE: T = T("数据说明", "Data note");
pub const SCHEDULE: T = T("序时进度", "time elapsed");
pub const EXCEEDED: T = T("已超额完成", "target exceeded");
pub const FAILED: T = T("数据卡片无法显示", "These figures cannot be shown");
pub const TABLE_CAPTION: T = T("项目一览", "Projects named in the report");
pub const COL_NAME: T = T("项目", "Project");
pub const COL_CATEGORY: T = T("类别", "Category");
pub const COL_STATUS: T = T("状态", "Status");
pub const COL_AMOUNT: T = T("投资额(亿元)", "Investment (CNY 100 m)");
pub const FILTERS: T = T("筛选", "Filters");
pub const DOWNLOAD: T = T("下载数据(CSV)", "Download data (CSV)");
pub const TOTAL: T = T("新签约项目合计", "All new signed projects");
pub const SEARCH: T = T("搜索项目", "Search projects");
pub const EMPTY: T = T("没有符合条件的项目。", "No project matches.");
pub const CLEAR: T = T("清除筛选", "Clear filters");
pub const SORTED_ASC: T = T("升序", "ascending");
pub const SORTED_DESC: T = T("降序", "descending");

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
        Status::Signed => T("签约", "Signed"),
        Status::Settled => T("落地", "Established"),
        Status::Started => T("开工", "Started"),
        Status::Building => T("在建", "Under construction"),
        Status::ToppedOut => T("封顶", "Topped out"),
        Status::FitOut => T("装修", "Fit-out"),
        Status::Completed => T("建成", "Completed"),
        Status::Operating => T("投用", "In operation"),
        Status::Delivered => T("交付", "Delivered"),
    };
    t.get(lang)
}
