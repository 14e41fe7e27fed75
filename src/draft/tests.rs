//! The attachment rules, one case a line.

use super::*;

fn one(text: &str) -> Draft {
    draft(text)
}

/// (label, value, unit, yoy, shares, progress, rank) of each indicator.
fn summary(d: &Draft) -> Vec<String> {
    d.dataset
        .indicators
        .iter()
        .map(|i| {
            let mut s = format!("{} {}{}", i.label.zh, i.value, i.unit.key());
            if let Some(y) = &i.yoy {
                s += &format!(" yoy {}{}", y.value, y.unit.key());
            }
            for sh in &i.shares {
                s += &format!(" share {}:{}", sh.scope.zh, sh.value);
            }
            if let Some(p) = &i.progress {
                s += &format!(" progress {}:{}", p.target.zh, p.value);
            }
            if let Some(r) = &i.rank {
                s += &format!(" rank {}", r.written);
            }
            s
        })
        .collect()
}

#[test]
fn core_figure_with_change() {
    let d = one("2024年上半年,郑州高新区实现GDP307.3亿元,同比增长3.1%;规上工业增加值完成80.5亿元,同比增长12.7%。");
    assert_eq!(
        summary(&d),
        [
            "GDP 307.3亿元 yoy 3.1%",
            "规上工业增加值 80.5亿元 yoy 12.7%"
        ]
    );
    assert_eq!(&*d.dataset.indicators[0].period, "2024h1");
    assert_eq!(&*d.dataset.indicators[0].label.en, "GDP");
}

#[test]
fn a_change_that_stands_alone_is_the_value() {
    let d = one("前三季度，全县规模以上工业增加值同比增长9.4%。制造业下降1.9%。");
    assert_eq!(
        summary(&d),
        ["规模以上工业增加值增速 9.4%", "制造业增速 -1.9%"]
    );
}

#[test]
fn shares_progress_and_ranks_attach() {
    let d = one("累计获批“链主”企业34家,占全市的25.56%。实现城镇新增就业3638人,完成全年目标的80.8%。有效发明专利拥有量12713件,占郑州市30%,居全市首位。");
    assert_eq!(
        summary(&d),
        [
            "获批“链主”企业 34家 share 全市:25.56",
            "城镇新增就业 3638人 progress 全年目标:80.8",
            "有效发明专利拥有量 12713件 share 郑州市:30 rank 全市首位",
        ]
    );
}

#[test]
fn lists_pair_in_order() {
    let d = one("获批河南省头雁企业7家,重点培育头雁企业6家,分别占全市的38.9%、37.5%。出口、进口分别增长8.1%、5.2%。");
    assert_eq!(
        summary(&d),
        [
            "获批河南省头雁企业 7家 share 全市:38.9",
            "重点培育头雁企业 6家 share 全市:37.5",
            "出口增速 8.1%",
            "进口增速 5.2%",
        ]
    );
}

#[test]
fn goals_thresholds_and_dates_are_not_figures() {
    let d = one("8月21日，力争全年增长6%。全区产值超5亿元企业有9家。");
    assert_eq!(summary(&d), ["产值超5亿元企业 9家"]);
    let why: Vec<&str> = d.unread.iter().map(|u| u.why).collect();
    assert_eq!(
        why,
        [
            "a goal or plan, not a result",
            "a threshold that is part of a label"
        ]
    );
}

#[test]
fn projects_go_to_the_table() {
    let d = one("上半年完成新签约项目20个,总签约额396.43亿元,包括投资32亿元的易信科技河南百旺信智算中心项目、总投资8000万元的某某产业园项目等。");
    let p: Vec<(String, Option<String>, Status)> = d
        .dataset
        .projects
        .iter()
        .map(|p| {
            (
                p.name.zh.to_string(),
                p.amount.map(|a| a.to_string()),
                p.status,
            )
        })
        .collect();
    assert_eq!(
        p,
        [
            (
                "易信科技河南百旺信智算中心项目".into(),
                Some("32".into()),
                Status::Signed
            ),
            ("某某产业园项目".into(), Some("0.8".into()), Status::Signed),
        ]
    );
    assert_eq!(summary(&d), ["新签约项目 20个", "总签约额 396.43亿元"]);
    let d = one("城西医院、滨江学校和数据中心等3个项目集中开工。");
    assert_eq!(d.dataset.projects.len(), 3);
    assert_eq!(d.dataset.projects[2].status, Status::Started);
}

#[test]
fn every_draft_passes_the_checker() {
    let d = one("【一、经济】\n2024年上半年,某区实现GDP307.3亿元,同比增长3.1%,比全省（6.1%）高1.2个百分点,增速居全市第二位。");
    let json = crate::write::dataset_json(&d.dataset);
    let parsed = crate::parse::parse_dataset(&json).expect("the draft parses");
    assert_eq!(crate::validate::validate(&parsed), []);
}
