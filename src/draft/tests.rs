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

#[test]
fn units_as_written() {
    let units = |t: &str| {
        scan::numbers(t)
            .into_iter()
            .map(|n| n.unit)
            .collect::<Vec<_>>()
    };
    for (t, u) in [
        ("平均单产427.2公斤/亩", "公斤/亩"),
        ("人均务工收入1.36万元/人", "万元/人"),
        ("生猪出栏86.2万头", "万头"),
        ("参展企业近900家次", "家次"),
        ("人均预期寿命达到78.6岁", "岁"),
        ("缩短至12.5分钟", "分钟"),
        ("满意度达到96.2分", "分"),
        ("增长１２．５％", "%"),
        ("每周开行42班", "班"),
        ("实现工业用地20年弹性年期出让", "年"),
    ] {
        assert_eq!(units(t), [u], "{t}");
    }
    for t in ["65岁以上老人", "17时30分", "2024年", "2019年以来"] {
        assert_eq!(units(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn attachment_rules() {
    for (text, expected) in [
        // an absolute change attaches to the value in its unit
        (
            "年末全市常住人口302.86万人，比上年末减少0.74万人。",
            vec!["常住人口 302.86万人 yoy -0.74万人"],
        ),
        // an increase with no free figure is a figure of its own
        (
            "全市存款余额8,426.3亿元，同比增长9.1%，比年初增加702.8亿元。",
            vec![
                "存款余额 8426.3亿元 yoy 9.1%",
                "存款余额比年初增加 702.8亿元",
            ],
        ),
        // a change of a share in points is a change, not a share
        (
            "民营企业进出口占比较上年同期提升3.4个百分点。",
            vec!["民营企业进出口占比较上年同期提升 3.4个百分点"],
        ),
        // an index has no unit; its change neither
        (
            "11月份，全省制造业采购经理指数（PMI）为50.9，比上月上升0.7。",
            vec!["制造业采购经理指数（PMI） 50.9 yoy 0.7"],
        ),
        // a 分别 list whose names hold 、 pairs with the clauses before 分别
        (
            "计算机、通信和其他电子设备制造业，汽车制造业分别增长15.3%、9.6%。",
            vec![
                "计算机、通信和其他电子设备制造业增速 15.3%",
                "汽车制造业增速 9.6%",
            ],
        ),
        // a list may mix ratio units
        (
            "出口、进口和转口分别增长56.2%、23.5%、1.3倍。",
            vec!["出口增速 56.2%", "进口增速 23.5%", "转口增速 1.3倍"],
        ),
        // goals hold for the rest of their sentence
        (
            "2025年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。",
            vec![],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn progress_pace_rates_and_comparisons() {
    for (text, expected) in [
        (
            "全区纳入省市重点项目28个,完成投资46.3亿元,完成年度计划的61.2%,超时序进度11.2个百分点。",
            vec![
                "纳入省市重点项目 28个",
                "完成投资 46.3亿元 progress 年度计划:61.2",
                "完成投资超序时进度 11.2个百分点",
            ],
        ),
        (
            "民生支出完成9.37亿元,占一般公共预算支出比重55.5%。",
            vec!["民生支出 9.37亿元 share 一般公共预算支出:55.5"],
        ),
        (
            "“开工一批”项目19个,开工率100%。",
            vec!["“开工一批”项目 19个", "开工率 100%"],
        ),
        (
            "全县实现地区生产总值286.42亿元，比全省（6.1%）高1.2个百分点。",
            vec![
                "地区生产总值 286.42亿元",
                "全省地区生产总值增速 6.1%",
                "地区生产总值增速比全省（6.1%）高 1.2个百分点",
            ],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn the_period_holds_until_another_is_named() {
    let d = one("上半年，全区GDP增长5%。规上工业增加值80亿元。1-5月，服务业营收90.4亿元。截至6月底，存款余额120亿元。");
    let periods: Vec<&str> = d.dataset.indicators.iter().map(|i| &*i.period).collect();
    assert_eq!(periods, ["h1", "h1", "m1-5", "h1"]);
}

#[test]
fn changes_in_points_multiples_and_subjects_after_a_figure() {
    for (text, expected) in [
        // a change in points belongs to the sentence's rate, against any earlier year
        (
            "全县森林覆盖率达到61.3%，比2021年提高0.8个百分点。",
            vec!["森林覆盖率 61.3% yoy 0.8个百分点"],
        ),
        // 是上年同期的N倍: a multiple of an earlier time's figure is its change
        (
            "光伏组件产量2.6万件，是上年同期的1.7倍。",
            vec!["光伏组件产量 2.6万件 yoy 1.7倍"],
        ),
        // …but a multiple of another place's figure is not
        (
            "人均专利拥有量12件，是全省平均水平的1.3倍。",
            vec!["人均专利拥有量 12件", "人均专利拥有量是全省平均水平 1.3倍"],
        ),
        // a change right after a figure in a ；-separated list has no subject of its own
        (
            "分片区看：东城片区45.2亿元、年均增长6.1%；西城片区38.7亿元、年均增长5.3%。",
            vec!["东城片区 45.2亿元 yoy 6.1%", "西城片区 38.7亿元 yoy 5.3%"],
        ),
        // a share after a figure whose label follows its number
        (
            "6家企业入选省级绿色工厂、占全市总数的30%。",
            vec!["企业入选省级绿色工厂 6家 share 全市:30"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn projections_requirements_and_bounds_are_not_figures() {
    for (text, expected, unread) in [
        (
            "按年均增长6%测算，完成2027年营业收入500亿元的目标，后三年需年均增长8%以上。",
            vec![],
            3,
        ),
        ("确保全年完成投资80亿元以上。", vec![], 1),
        ("有4个项目完成投资不足年度计划的40%。", vec!["项目 4个"], 1),
        // 不足 naming a problem is no bound
        (
            "针对人才不足问题新引进高层次人才300人。",
            vec!["针对人才不足问题新引进高层次人才 300人"],
            0,
        ),
        ("居住在300万人以上城市的居民满意度较高。", vec![], 1),
        (
            "人均可支配收入突破5万元、达到5.4万元。",
            vec!["人均可支配收入 5.4万元"],
            1,
        ),
        ("全月30天中有12天空气质量为优。", vec!["全月30天中 12天"], 1),
        ("年产10万吨再生铝项目建成投产。", vec![], 1),
    ] {
        let d = one(text);
        assert_eq!(summary(&d), expected, "{text}");
        assert_eq!(d.unread.len(), unread, "{text}: {:?}", d.unread);
    }
}

#[test]
fn lists_of_counts_ratios_and_urban_rural_pairs() {
    for (text, expected) in [
        // a 分别 list may count different things, and its multiples pair in order
        (
            "专精特新企业、科技服务机构和有效发明专利分别达到45家、18个和960件，分别是2021年的1.5倍、1.2倍和1.8倍。",
            vec![
                "专精特新企业 45家 yoy 1.5倍",
                "科技服务机构 18个 yoy 1.2倍",
                "有效发明专利 960件 yoy 1.8倍",
            ],
        ),
        // bare numbers joined by 、 or 和 share the unit at the end
        (
            "批发业从业人员比重为12.5%，零售业从业人员比重为9.5%，分别下降0.5、0.2个百分点。",
            vec![
                "批发业从业人员比重 12.5% yoy -0.5个百分点",
                "零售业从业人员比重 9.5% yoy -0.2个百分点",
            ],
        ),
        (
            "批发业从业人员比重为12.5%，零售业从业人员比重为9.5%，分别下降0.5和0.2个百分点。",
            vec![
                "批发业从业人员比重 12.5% yoy -0.5个百分点",
                "零售业从业人员比重 9.5% yoy -0.2个百分点",
            ],
        ),
        // 城乡居民… 分别: urban, then rural
        (
            "城乡居民人均消费支出分别增长6.2%和8.4%。",
            vec!["城镇居民人均消费支出增速 6.2%", "农村居民人均消费支出增速 8.4%"],
        ),
        // a ratio of two amounts has no unit, nor has its change
        (
            "城乡居民收入比为2.05，比上年缩小0.04。",
            vec!["城乡居民收入比 2.05 yoy -0.04"],
        ),
        ("全年甲类传染病发病率为0。", vec!["甲类传染病发病率 0"]),
        // 从A增加到B: one subject, two years
        (
            "全县粮食产量从2021年的41.2万吨增加到2023年的44.8万吨。",
            vec!["粮食产量（2021年） 41.2万吨", "粮食产量（2023年） 44.8万吨"],
        ),
        (
            "税收收入由21.5亿元增加到26.3亿元。",
            vec!["税收收入 21.5亿元", "税收收入 26.3亿元"],
        ),
        (
            "城区常住人口由2020年的45万人增加到52.3万人。",
            vec!["城区常住人口（2020年） 45万人", "城区常住人口 52.3万人"],
        ),
        (
            "女性职工占38.4%，比上年提高0.6个百分点。",
            vec!["女性职工占比 38.4% yoy 0.6个百分点"],
        ),
        (
            "从客源看，省外游客占比达到41.5%。",
            vec!["省外游客占比 41.5%"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn ranks_in_groups_lists_and_moves() {
    let ranks = |d: &Draft| -> Vec<(String, i64, String)> {
        d.dataset
            .indicators
            .iter()
            .filter_map(|i| {
                let r = i.rank.as_ref()?;
                Some((i.label.zh.to_string(), r.position, r.written.to_string()))
            })
            .collect()
    };
    let r = |l: &str, p: i64, w: &str| (l.to_string(), p, w.to_string());
    // a group named between the verb and the position; 分获 a list of names
    let d = one("东湖片区以88.5分位列城市更新组第一名，南湖片区、西湖片区分获第二名、第三名。");
    assert_eq!(
        ranks(&d),
        [
            r("东湖片区", 1, "城市更新组第一名"),
            r("南湖片区", 2, "第二名"),
            r("西湖片区", 3, "第三名"),
        ]
    );
    // 分别居… a list of ranks pairs with the names; 排名第一 right before punctuation
    let d = one("全县粮食产量、油料产量分别居全市第2位、第5位。");
    assert_eq!(
        ranks(&d),
        [r("粮食产量", 2, "全市第2位"), r("油料产量", 5, "第5位")]
    );
    let d = one("科创园综合得分90.5分，排名第一；物流园排名第二。");
    assert_eq!(
        ranks(&d),
        [r("科创园综合得分", 1, "第一"), r("物流园", 2, "第二")]
    );
    // a narrowed scope may hold letters and digits; a scope in brackets; 首位
    let d = one(
        "接待量居全省4A级景区第三位。全县营商环境评价居市（州）第4位。出口额仍居各贸易伙伴首位。",
    );
    let written: Vec<String> = ranks(&d).into_iter().map(|x| x.2).collect();
    assert_eq!(
        written,
        ["全省4A级景区第三位", "市（州）第4位", "各贸易伙伴首位"]
    );
    // a rank's move in Chinese numerals, one place included; counts of times
    let units = |t: &str| {
        scan::numbers(t)
            .into_iter()
            .map(|n| format!("{}{}", n.value, n.unit))
            .collect::<Vec<_>>()
    };
    assert_eq!(units("综合排名比上年前移一位"), ["1位"]);
    assert_eq!(units("较上年提升两个位次"), ["2个位次"]);
    assert_eq!(units("年内四次刷新纪录"), ["4次"]);
    for t in ["三次产业结构", "二次供水改造", "区人大五次会议"] {
        assert_eq!(units(t), Vec::<String>::new(), "{t}");
    }
}

#[test]
fn bounds_names_and_spans_that_are_not_figures() {
    let units = |t: &str| {
        scan::numbers(t)
            .into_iter()
            .map(|n| format!("{}{}", n.value, n.unit))
            .collect::<Vec<_>>()
    };
    for t in ["6—12岁儿童", "“10分钟阅读圈”", "新建3万吨级码头"] {
        assert_eq!(units(t), Vec::<String>::new(), "{t}");
    }
    // spans that qualify something else are no figures (listed as unread)
    for t in ["该村连续8年获评文明村。", "工作满2年以上的职工可申请。"] {
        assert_eq!(summary(&one(t)), Vec::<String>::new(), "{t}");
    }
    assert_eq!(units("审批时限压缩至3个月以内"), ["3个月"]);
    assert_eq!(units("保障性住房1,200套（间）"), ["1200套（间）"]);
    for (text, expected, unread) in [
        // a group defined by an amount, with 的 and a word between
        (
            "年营收超5亿元的重点企业达到12家。",
            vec!["年营收超5亿元的重点企业 12家"],
            1,
        ),
        (
            "年销售额500万元及以上的商户有80家。",
            vec!["年销售额500万元及以上的商户 80家"],
            1,
        ),
        // an amount's floor held is a bound; a rate kept above a level is the rate
        ("蔬菜产量连续三年稳定在20万吨以上。", vec![], 1),
        (
            "饮用水水源达标率保持在98%以上。",
            vec!["饮用水水源达标率 98%"],
            0,
        ),
    ] {
        let d = one(text);
        assert_eq!(summary(&d), expected, "{text}");
        assert_eq!(d.unread.len(), unread, "{text}: {:?}", d.unread);
    }
    // 全市第一大: the largest, a rank
    let d = one("对欧盟出口额86.2亿元，欧盟保持全市第一大出口市场。");
    assert_eq!(summary(&d), ["欧盟出口额 86.2亿元 rank 全市第一"]);
}

#[test]
fn projects_named_before_their_amount() {
    let projects = |t: &str| -> Vec<(String, Option<String>, Status)> {
        one(t)
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
            .collect()
    };
    assert_eq!(
        projects("城南物流园项目（总投资6.2亿元）已竣工，东湖会展中心（投资8000万元）开工建设。"),
        [
            (
                "城南物流园项目".into(),
                Some("6.2".into()),
                Status::Completed
            ),
            ("东湖会展中心".into(), Some("0.8".into()), Status::Started),
        ]
    );
    assert_eq!(
        projects("三季度，华光储能电池项目正式签约，计划投资12亿元。"),
        [("华光储能电池项目".into(), Some("12".into()), Status::Signed)]
    );
    // the amount is in each row's highlight, as the checker wants
    let d =
        one("城南物流园项目（总投资6.2亿元）已竣工。华光储能电池项目正式签约，计划投资12亿元。");
    let json = crate::write::dataset_json(&d.dataset);
    let parsed = crate::parse::parse_dataset(&json).expect("the draft parses");
    assert_eq!(crate::validate::validate(&parsed), []);
    // a count or a batch of projects is no project's name
    for t in [
        "全县新开工项目32个，总投资85亿元。",
        "一批重点项目集中开工，总投资120亿元。",
    ] {
        assert!(projects(t).is_empty(), "{t}");
    }
}

#[test]
fn changes_of_rates_own_units_and_named_figures() {
    for (text, expected) in [
        // a change in the figure's own unit with a time base
        (
            "人均预期寿命达到79.1岁，比2020年提高0.7岁。",
            vec!["人均预期寿命 79.1岁 yoy 0.7岁"],
        ),
        // 增速比上月回落: a change of the rate just stated
        (
            "全市规上工业增加值增长6.2%，增速比上月回落0.8个百分点。",
            vec!["规上工业增加值增速 6.2% yoy -0.8个百分点"],
        ),
        // 比一季度末: a comparison's base, not a new period
        (
            "二季度末，全县城镇调查失业率为4.9%，比一季度末下降0.2个百分点。",
            vec!["城镇调查失业率 4.9% yoy -0.2个百分点"],
        ),
        // a change whose subject names a figure of the sentence
        (
            "出口、进口分别完成52.1亿元、31.4亿元，出口增长7.2%，进口下降2.3%。",
            vec!["出口 52.1亿元 yoy 7.2%", "进口 31.4亿元 yoy -2.3%"],
        ),
        // a 、 list of changes without 分别 pairs with the figures before it
        (
            "工业用水量、农业用水量分别为3.2亿立方米、5.6亿立方米，同比下降2.1%、1.4%。",
            vec![
                "工业用水量 3.2亿立方米 yoy -2.1%",
                "农业用水量 5.6亿立方米 yoy -1.4%",
            ],
        ),
        // progress against a budget
        (
            "一般公共预算支出21.3亿元，完成年度预算的76.5%。",
            vec!["一般公共预算支出 21.3亿元 progress 年度预算:76.5"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
    let d = one("二季度末，全县城镇调查失业率为4.9%，比一季度末下降0.2个百分点。");
    assert_eq!(&*d.dataset.indicators[0].period, "m4-6");
}

#[test]
fn index_bases_outcomes_to_come_and_longer_groups() {
    for (text, expected, unread) in [
        // 上年同月=100: the index's base is no figure
        (
            "全市工业生产者出厂价格指数为98.6（上年同月=100）。",
            vec!["工业生产者出厂价格指数 98.6"],
            0,
        ),
        // what a project will add once built is a plan
        ("新港区建成后将新增3万吨级泊位6个。", vec![], 1),
        // a group defined by an amount, its noun a few words on
        (
            "其中营业收入超5亿元的规上工业企业有18家。",
            vec!["营业收入超5亿元的规上工业企业 18家"],
            1,
        ),
    ] {
        let d = one(text);
        assert_eq!(summary(&d), expected, "{text}");
        assert_eq!(d.unread.len(), unread, "{text}: {:?}", d.unread);
    }
    let d = one("北岸港区二期作业区（总投资12.4亿元）加快建设。");
    assert_eq!(d.dataset.projects.len(), 1);
    assert_eq!(&*d.dataset.projects[0].name.zh, "北岸港区二期作业区");
}

#[test]
fn a_single_month_holds_for_its_paragraph() {
    let d = one("一季度，全县规上工业增加值增长9%。\n3月份，规上工业增加值增长11%。\n全县固定资产投资增长8%。");
    let periods: Vec<&str> = d.dataset.indicators.iter().map(|i| &*i.period).collect();
    assert_eq!(periods, ["q1", "m3", "q1"]);
    // a dateline after other words still gives the year
    let d = one("标题\n某县统计　2021-04-23 17:46\n一季度，全县规上工业增加值增长9%。");
    assert_eq!(&*d.dataset.indicators[0].period, "2021q1");
}

#[test]
fn projects_named_with_their_stage_and_no_amount() {
    let names = |t: &str| -> Vec<(String, Status)> {
        one(t)
            .dataset
            .projects
            .iter()
            .map(|p| (p.name.zh.to_string(), p.status))
            .collect()
    };
    assert_eq!(
        names("临港年产3万吨锂电材料项目已于5月建成投产，北湖湿地修复工程加快建设。"),
        [
            ("临港年产3万吨锂电材料项目".into(), Status::Completed),
            ("北湖湿地修复工程".into(), Status::Building),
        ]
    );
    // kinds of projects and actions on them are no names
    for t in [
        "加快推进在建工业项目建设。",
        "主导产业新签约项目落地。",
        "城乡供水提升工程全面推进。",
        "确保计划新开工项目按期开工。",
    ] {
        assert!(names(t).is_empty(), "{t}: {:?}", names(t));
    }
}

#[test]
fn comparisons_of_a_growth_rate_with_another_place() {
    for (text, expected) in [
        (
            "全市社会消费品零售总额96.2亿元，同比增长6.4%，增速比全省平均水平高0.9个百分点。",
            vec![
                "社会消费品零售总额 96.2亿元 yoy 6.4%",
                "社会消费品零售总额增速比全省平均水平高 0.9个百分点",
            ],
        ),
        (
            "全县农村居民人均可支配收入增长7.8%，增速高于城镇居民1.6个百分点。",
            vec![
                "农村居民人均可支配收入增速 7.8%",
                "农村居民人均可支配收入增速高于城镇居民 1.6个百分点",
            ],
        ),
        // another place's rate in brackets; the amount's own change in its unit
        (
            "全县贷款余额512.4亿元，同比增长9.2%，高于全省平均水平（8.1%）1.1个百分点；比年初增加31.5亿元。",
            vec![
                "贷款余额 512.4亿元 yoy 9.2%",
                "全省平均水平贷款余额增速 8.1%",
                "贷款余额高于全省平均水平（8.1%） 1.1个百分点",
                "贷款余额比年初增加 31.5亿元",
            ],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn places_listed_after_an_intro_name_its_figure() {
    let d = one("分乡镇看，各乡镇2024年粮食产量及增速如下：河口镇3.2万吨、增长2.1%；柳林乡2.6万吨、增长1.4%。");
    assert_eq!(
        summary(&d),
        [
            "粮食产量（河口镇） 3.2万吨 yoy 2.1%",
            "粮食产量（柳林乡） 2.6万吨 yoy 1.4%",
        ]
    );
}

#[test]
fn the_start_of_a_range_without_its_year_is_marked() {
    let d = one("税收收入由21.5亿元增加到26.3亿元。");
    let reviews: Vec<Option<&str>> = d
        .dataset
        .indicators
        .iter()
        .map(|i| i.review.as_deref())
        .collect();
    assert_eq!(
        reviews,
        [
            Some("the start of a 从/由…到 range: say its year or period"),
            None
        ]
    );
}

#[test]
fn changes_against_another_time_than_a_year_earlier_are_marked() {
    for (text, marked) in [
        (
            "全县常住人口城镇化率达到66.1%，比2020年提高2.4个百分点。",
            true,
        ),
        (
            "全市规上工业增加值增长6.2%，增速比上月回落0.8个百分点。",
            true,
        ),
        ("全县贷款余额512.4亿元，比年初增加31.5亿元。", true),
        ("全县地区生产总值286.4亿元，同比增长6.1%。", false),
        ("城镇调查失业率为4.9%，比上年同期下降0.2个百分点。", false),
    ] {
        let d = one(text);
        let reviewed = d.dataset.indicators.iter().any(|i| {
            i.review
                .as_deref()
                .is_some_and(|r| r.starts_with("the change is against another time"))
        });
        assert_eq!(reviewed, marked, "{text}");
    }
}

#[test]
fn a_second_change_of_a_rate_keeps_its_words() {
    let d = one("一季度，全县规模以上工业增加值同比增长12.4%，两年平均增长6.3%。");
    assert_eq!(
        summary(&d),
        [
            "规模以上工业增加值增速 12.4%",
            "规模以上工业增加值两年平均增长 6.3%"
        ]
    );
    assert!(d.dataset.indicators[1].review.is_some());
    // 本地 is part of a label (本地农民工), not a place word to drop
    let d = one("本地农民工735.6万人，比上年增加30.0万人。");
    assert_eq!(summary(&d), ["本地农民工 735.6万人 yoy 30.0万人"]);
}

#[test]
fn a_change_in_points_after_a_share_is_the_shares() {
    for (text, expected) in [
        (
            "全县教育支出12.6亿元，占一般公共预算支出的21.4%，比上年提高0.9个百分点。",
            vec![
                "教育支出 12.6亿元 share 一般公共预算支出:21.4",
                "教育支出占一般公共预算支出比重比上年提高 0.9个百分点",
            ],
        ),
        // a share standing alone takes its change
        (
            "高新技术产业增加值占规上工业的比重为41.2%，比上年提高1.5个百分点。",
            vec!["高新技术产业增加值占规上工业比重 41.2% yoy 1.5个百分点"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn durations_measured_and_units_of_weight_and_pieces() {
    for (text, expected) in [
        // a measured duration and its change are figures; a window is not
        (
            "按近6个月平均速度计算，全市办公楼消化周期为31.5个月，比上月缩短1.2个月。",
            vec!["办公楼消化周期 31.5个月 yoy -1.2个月"],
        ),
        // 斤 and 块 are units, after a magnitude too
        (
            "全县油料产量2.4万吨（4800万斤）。",
            vec!["油料产量 2.4万吨", "油料产量 4800万斤"],
        ),
        (
            "全市光伏电池产量3.6亿块，同比增长18.2%。",
            vec!["光伏电池产量 3.6亿块 yoy 18.2%"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn notes_on_the_data_are_not_figures() {
    let d = one("全县棉花产量1.2万吨。\n注：皮棉按1公斤籽棉折0.38公斤计算。");
    assert_eq!(summary(&d), ["棉花产量 1.2万吨"]);
    assert_eq!(d.unread.len(), 2);
    // a bare 注： line heads the numbered notes after it
    let d = one("全县棉花产量1.2万吨。\n注：\n1.籽棉折皮棉按2.6公斤折1公斤计算。");
    assert_eq!(summary(&d), ["棉花产量 1.2万吨"]);
}

#[test]
fn a_second_list_without_names_takes_the_first_lists() {
    let d = one("小麦、油菜、棉花种植面积分别为12.5万亩、8.3万亩和2.1万亩，产量分别为4.6万吨、1.9万吨和0.3万吨。");
    assert_eq!(
        summary(&d)[3..],
        ["小麦产量 4.6万吨", "油菜产量 1.9万吨", "棉花产量 0.3万吨"]
    );
}

#[test]
fn a_measure_written_once_after_a_list_is_each_items() {
    let d = one("小麦、油菜、棉花种植面积分别为12.5万亩、8.3万亩和2.1万亩。");
    assert_eq!(
        summary(&d),
        [
            "小麦种植面积 12.5万亩",
            "油菜种植面积 8.3万亩",
            "棉花种植面积 2.1万亩"
        ]
    );
    // items of different lengths with no measure after the last keep their names
    let d = one("汽车、电子、生物医药分别增长8.1%、6.5%和12.3%。");
    assert_eq!(
        summary(&d),
        ["汽车增速 8.1%", "电子增速 6.5%", "生物医药增速 12.3%"]
    );
}

#[test]
fn a_measure_after_a_list_from_its_de_and_not_after_long_items() {
    let d = one("来自日本、韩国的合同外资分别为1.2亿美元、0.8亿美元。");
    assert_eq!(
        summary(&d),
        ["来自日本的合同外资 1.2亿美元", "韩国的合同外资 0.8亿美元"]
    );
    let d = one("城镇、农村居民人均可支配收入分别为4.1万元、2.2万元。");
    assert_eq!(
        summary(&d),
        [
            "城镇居民人均可支配收入 4.1万元",
            "农村居民人均可支配收入 2.2万元"
        ]
    );
}

#[test]
fn groups_of_ranks_schedules_and_outlooks_are_not_figures() {
    for (text, expected, unread) in [
        (
            "全市居民消费价格上涨1.8%，在全省13个地市中居第四位。",
            vec!["居民消费价格增速 1.8% rank 第四位"],
            1,
        ),
        (
            "政务大厅推行“5×8小时”延时服务，新增24小时自助服务点36个。",
            vec!["新增24小时自助服务点 36个"],
            2,
        ),
        (
            "全年二氧化氮日最大1小时平均浓度为41微克/立方米。",
            vec!["二氧化氮日最大1小时平均浓度 41微克/立方米"],
            1,
        ),
        (
            "下一步，区商务局将举办招聘会20场以上，新增就业岗位5000个。",
            vec![],
            2,
        ),
        ("2026年，我们将新建口袋公园12个。", vec![], 1),
        // a duration reached stays a figure
        ("不动产登记实现2小时办结。", vec!["不动产登记 2小时"], 0),
    ] {
        let d = one(text);
        assert_eq!(summary(&d), expected, "{text}");
        assert_eq!(d.unread.len(), unread, "{text}");
    }
}

#[test]
fn a_net_increase_is_the_figures_change() {
    for (text, expected) in [
        (
            "截至9月末，全县市场主体达到5.6万户，比上年末净增0.4万户。",
            vec!["市场主体 5.6万户 yoy 0.4万户"],
        ),
        (
            "全区在册养老机构32家，比上年末净减少3家。",
            vec!["在册养老机构 32家 yoy -3家"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn the_zai_of_a_word_stays_in_its_label() {
    let d = one("全县在建项目128个，在校学生4.2万人。全市客运量在全省地市中排名第4位。");
    assert_eq!(
        summary(&d),
        [
            "在建项目 128个",
            "在校学生 4.2万人",
            "客运量 4rank rank 全省地市中排名第4位"
        ]
    );
}

#[test]
fn a_figure_restated_in_another_currency_in_brackets() {
    let d = one("前三季度，全市货物贸易进出口总值512.6亿元，同比增长3.2%（以美元计价为71.4亿美元，下降1.5%）。");
    assert_eq!(
        summary(&d),
        [
            "货物贸易进出口总值 512.6亿元 yoy 3.2%",
            "货物贸易进出口总值（以美元计价） 71.4亿美元 yoy -1.5%"
        ]
    );
}

#[test]
fn per_thousand_rate_changes_and_counts_held() {
    for (text, expected) in [
        // 每千名 is a denominator, not a count
        (
            "每千名老年人拥有养老床位31.2张。",
            vec!["每千名老年人拥有养老床位 31.2张"],
        ),
        // the change of the growth rate names the figure
        (
            "一季度，全区地区生产总值82.4亿元，同比增长5.1%，增速比上年同期加快0.6个百分点。",
            vec![
                "地区生产总值 82.4亿元 yoy 5.1%",
                "地区生产总值增速比上年同期加快 0.6个百分点",
            ],
        ),
        ("全县共有幼儿园46所。", vec!["幼儿园 46所"]),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn a_bound_passed_in_the_clause_before_keeps_the_subject() {
    let d = one("全县快递业务量突破3000万件，达到3126.4万件，同比增长18.5%。");
    assert_eq!(summary(&d), ["快递业务量 3126.4万件 yoy 18.5%"]);
    // a basis before 恢复至 does not hide the figure it speaks of
    let d =
        one("端午假期全市接待游客52.1万人次，同比增长8.2%，按可比口径恢复至2019年同期的103.5%。");
    assert_eq!(
        summary(&d),
        [
            "接待游客 52.1万人次 yoy 8.2%",
            "接待游客恢复至2019年同期 103.5%"
        ]
    );
}

#[test]
fn the_length_of_a_holiday_is_not_a_figure() {
    let d = one("端午假期3天，全县接待游客21.6万人次。");
    assert_eq!(summary(&d), ["接待游客 21.6万人次"]);
    assert_eq!(d.unread.len(), 1);
    // a stay in days is a figure
    let d = one("过夜游客人均停留2.3天。");
    assert_eq!(summary(&d), ["过夜游客人均停留 2.3天"]);
}

#[test]
fn ranks_of_rates_wholes_counted_in_and_counts_that_invest() {
    for (text, expected) in [
        (
            "上半年，全县规模以上工业增加值同比增长6.8%，高于全省0.9个百分点，增速居全省第5位。",
            vec![
                "规模以上工业增加值增速 6.8% rank 全省第5位",
                "规模以上工业增加值增速高于全省 0.9个百分点",
            ],
        ),
        (
            "全县38个工业行业大类中有25个行业实现增长。",
            vec!["38个工业行业大类中 25个"],
        ),
        (
            "全县城镇新增就业5210人，同比多增236人。",
            vec!["城镇新增就业 5210人", "城镇新增就业同比多增 236人"],
        ),
        (
            "全县86个重点项目完成投资92.4亿元。",
            vec!["重点项目 86个", "重点项目完成投资 92.4亿元"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn a_rank_goes_to_a_level_unless_the_words_speak_of_growth() {
    // 总量: the amount, not the pace in points
    let d = one("全县重点项目完成投资48.6亿元，超序时进度5.2个百分点，投资总量居全市第2位。");
    assert!(
        summary(&d)[0].ends_with("rank 全市第2位"),
        "{:?}",
        summary(&d)
    );
    // 增速 with no rate of its own: never another place's figure nor the amount
    let d = one(
        "全县地区生产总值186.2亿元，同比增长6.1%，比全省（5.2%）高0.9个百分点，增速居全省第2位。",
    );
    let s = summary(&d);
    assert!(!s[0].contains("rank"), "{s:?}");
    assert!(
        s.iter()
            .all(|x| !x.starts_with("全省") || !x.contains("rank")),
        "{s:?}"
    );
}

#[test]
fn a_rate_kept_within_a_bound_is_not_a_figure() {
    let d = one("年末城镇登记失业率为2.31%，控制在4%以内。");
    assert_eq!(summary(&d), ["城镇登记失业率 2.31%"]);
    assert_eq!(d.unread.len(), 1);
}

#[test]
fn a_change_after_its_cause_names_the_subject_before_the_cause() {
    let d = one("小麦、油菜产量分别为4.6万吨、1.9万吨，花生产量受干旱影响，下降3.8%。");
    assert_eq!(summary(&d)[2], "花生产量增速 -3.8%");
}

#[test]
fn a_rank_shared_by_the_figures_named_before_it() {
    let d = one(
        "国庆假期，全县接待游客86.2万人次，实现旅游收入6.1亿元，游客人数和旅游收入均居全市第二位。",
    );
    assert_eq!(
        summary(&d),
        [
            "接待游客 86.2万人次 rank 全市第二位",
            "旅游收入 6.1亿元 rank 全市第二位"
        ]
    );
}

#[test]
fn a_per_unit_base_after_the_verb_stays_with_the_label() {
    let d = one("全区工业用地亩均税收达到每亩28.4万元。");
    assert_eq!(summary(&d), ["工业用地亩均税收（每亩） 28.4万元"]);
}

#[test]
fn a_harvest_or_income_gained_over_last_year_is_the_figures_change() {
    for (text, expected) in [
        (
            "全年全县油菜籽产量6.2万吨，比上年增产0.4万吨。",
            vec!["油菜籽产量 6.2万吨 yoy 0.4万吨"],
        ),
        (
            "全县棉花产量1.1万吨，比上年减产0.2万吨。",
            vec!["棉花产量 1.1万吨 yoy -0.2万吨"],
        ),
        // no earlier time: an amount of its own
        (
            "合作社带动社员增收约620万元。",
            vec!["合作社带动社员增收 620万元"],
        ),
    ] {
        assert_eq!(summary(&one(text)), expected, "{text}");
    }
}

#[test]
fn a_unitless_ratio_from_an_earlier_time_to_now() {
    let d = one("城乡居民收入比由上年的2.12缩小到2.06。");
    assert_eq!(
        summary(&d),
        ["城乡居民收入比（上年） 2.12", "城乡居民收入比 2.06"]
    );
    assert!(d.dataset.indicators[0].review.is_some());
    assert!(d.dataset.indicators[1].review.is_none());
}

#[test]
fn a_name_with_letters_and_digits_before_a_year_word() {
    let d = one("PM10年均浓度为61微克/立方米，同比下降4.7%。饮用水水源地水质达标率保持100%。");
    assert_eq!(
        summary(&d),
        [
            "PM10年均浓度 61微克/立方米 yoy -4.7%",
            "饮用水水源地水质达标率 100%"
        ]
    );
}

#[test]
fn a_large_count_in_chinese_numerals_is_given_as_written() {
    // The checker reads back only small numerals (三个 as 3个): 两百余家 is kept as written.
    let d = one("全年走访合作企业两百余家，新建实训基地十二个。");
    assert_eq!(summary(&d), ["走访合作企业 200家", "新建实训基地 12个"]);
    let w = |i: usize| {
        d.dataset.indicators[i]
            .written
            .as_ref()
            .map(|t| t.zh.to_string())
    };
    assert_eq!(w(0).as_deref(), Some("两百余家"));
    assert_eq!(w(1), None);
    assert_eq!(
        d.dataset.indicators[0]
            .written
            .as_ref()
            .map(|t| t.en.to_string())
            .as_deref(),
        Some("over 200 firms")
    );
    let json = crate::write::dataset_json(&d.dataset);
    let parsed = crate::parse::parse_dataset(&json).expect("the draft parses");
    assert_eq!(crate::validate::validate(&parsed), []);
}

/// The reasons of a draft's unread numbers, each with the number as written.
fn unread(d: &Draft) -> Vec<String> {
    d.unread
        .iter()
        .map(|u| format!("{}: {}", u.text, u.why))
        .collect()
}

#[test]
fn changes_of_per_mille_rates_and_a_negative_rate() {
    let d = one("全年出生人口1.85万人，出生率为7.12‰，比上年提高0.21个千分点；死亡率为6.40‰，比上年下降0.15个千分点；自然增长率为-0.35‰。");
    assert_eq!(
        summary(&d),
        [
            "出生人口 1.85万人",
            "出生率 7.12‰",
            "出生率比上年提高 0.21个千分点",
            "死亡率 6.40‰"
        ]
    );
    assert_eq!(
        unread(&d),
        [
            format!("0.15个千分点: {THOUSANDTHS}"),
            format!("-0.35‰: {NEGATIVE}")
        ]
    );
    // a negative growth rate keeps its sign
    assert_eq!(
        summary(&one("利润总额增速为-2.3%。")),
        ["利润总额增速 -2.3%"]
    );
    assert_eq!(
        summary(&one("出口总额52.1亿元，同比增长-4.6%。")),
        ["出口总额 52.1亿元 yoy -4.6%"]
    );
    // a phone number and a range keep their dashes
    assert!(summary(&one("咨询电话0571-8765432。1-6月。")).is_empty());
}

#[test]
fn a_list_whose_unit_is_written_once_or_in_full_width() {
    let d = one("城镇、农村居民报销比例分别为78.5％和66.1％，分别比上年提高1.2个和0.9个百分点。");
    assert_eq!(
        summary(&d),
        [
            "城镇居民报销比例 78.5% yoy 1.2个百分点",
            "农村居民报销比例 66.1% yoy 0.9个百分点"
        ]
    );
    assert!(unread(&d).is_empty(), "{:?}", unread(&d));
    // The checker reads the unit at the list's end across 和 and an item's 个.
    let json = crate::write::dataset_json(&d.dataset);
    let parsed = crate::parse::parse_dataset(&json).expect("the draft parses");
    assert_eq!(crate::validate::validate(&parsed), []);
}

#[test]
fn counts_in_chinese_numerals_with_more_classifiers() {
    let d = one("组建五支服务队。开展培训三十余场。查处案件十一起。完成评审两轮。出版图书六部。");
    let counts: Vec<String> = d
        .dataset
        .indicators
        .iter()
        .map(|i| format!("{}{}", i.value, i.unit.key()))
        .collect();
    assert_eq!(counts, ["5支", "30场", "11起", "2轮", "6部"]);
    // slogans, words and a top ten are not counts
    for t in [
        "参加“三支一扶”计划。",
        "两部门联合发文。",
        "购置三轮车。",
        "票房前十名影片中国产片居多。",
    ] {
        assert!(one(t).dataset.indicators.is_empty(), "{t}");
    }
}

#[test]
fn pieces_millimetres_and_rounds() {
    assert_eq!(
        summary(&one(
            "累计发放宣传资料3.6万份。最大降雨量128.4毫米。开展3轮隐患排查。"
        )),
        ["发放宣传资料 3.6万份", "最大降雨量 128.4毫米", "开展 3轮"]
    );
}

#[test]
fn a_rank_in_a_short_group_named_after_its_verb() {
    assert_eq!(
        summary(&one("影片《远山》以2,310万元位列全年票房第一；")),
        ["影片《远山》 2310万元 rank 全年票房第一"]
    );
}

#[test]
fn ratios_to_one_and_a_ratio_explained_in_brackets() {
    assert_eq!(
        summary(&one("学生男女比例约为1.15:1。")),
        ["学生男女比例 1.15"]
    );
    assert_eq!(
        summary(&one("户籍人口性别比（以女性为100）为102.3。")),
        ["户籍人口性别比（以女性为100） 102.3"]
    );
    assert!(summary(&one("三次产业结构为8.1:38.2:53.7。")).is_empty());
}

#[test]
fn conditions_bounds_of_a_group_and_rates_a_rule_sets() {
    let d = one("60岁及以上人口占比超过20%即进入中度老龄化社会。");
    assert!(d.dataset.indicators.is_empty());
    // the bound is part of the share's subject
    assert_eq!(
        summary(&one("年收入在10万元以上的占35.2%。")),
        ["年收入在10万元以上占比 35.2%"]
    );
    let d = one("适用5%征收率的收入减按2%征收，研发费用加计扣除比例统一提高到120%。");
    assert!(d.dataset.indicators.is_empty());
    assert_eq!(
        d.unread.iter().map(|u| u.why).collect::<Vec<_>>(),
        ["a rate a rule sets or names, not a result"; 3]
    );
    // a rate raised as a result stays a figure
    assert_eq!(
        summary(&one("水土保持率提高到91.2%。")),
        ["水土保持率 91.2%"]
    );
}

#[test]
fn what_a_project_will_do_plans_and_flood_standards_are_not_figures() {
    for t in [
        "项目建成后每年可新增产值8亿元。",
        "工程全部投产后将带动就业1200人。",
        "明年计划完成投资30亿元以上。",
        "堤防防洪标准达到50年一遇。",
    ] {
        assert!(one(t).dataset.indicators.is_empty(), "{t}");
    }
    // a plan's completion rate is a result
    assert_eq!(
        summary(&one("年度计划完成率为103.5%。")),
        ["年度计划完成率 103.5%"]
    );
}

#[test]
fn names_of_one_length_share_the_measure_after_the_last() {
    assert_eq!(
        summary(&one(
            "本科、硕士、博士毕业生签约率分别为86.1%、91.4%和97.2%。"
        )),
        [
            "本科毕业生签约率 86.1%",
            "硕士毕业生签约率 91.4%",
            "博士毕业生签约率 97.2%"
        ]
    );
    // not the rest of a longer name, nor a count
    assert_eq!(
        summary(&one("增值税、企业所得税分别完成12.3亿元、4.5亿元。")),
        ["增值税 12.3亿元", "企业所得税 4.5亿元"]
    );
}
