//! The drafter's word tables: verbs, change words, places, the glossary of statistical
//! terms (the National Bureau of Statistics' English names) and the category keywords.

/// Verbs between a subject and its number (`GDP实现307.3亿元`): dropped from the label.
pub const VERBS: &[&str] = &[
    "实现了",
    "实现",
    "完成了",
    "完成",
    "达到了",
    "达到",
    "达",
    "为",
    "共计",
    "共有",
    "共",
    "累计",
    "合计",
    "总计",
    "有",
    "拥有",
    "突破",
    "增至",
    "是",
    "录得",
    "形成",
    "超过",
    "超",
    "约",
    "近",
    "逾",
];

/// Words before a change in percent or points, with the sign they give it.
pub const CHANGE_WORDS: &[(&str, i8)] = &[
    ("增速为", 1),
    ("增速达", 1),
    ("增速是", 1),
    ("增速", 1),
    ("增幅为", 1),
    ("增幅达", 1),
    ("增幅", 1),
    ("涨幅", 1),
    ("降幅为", -1),
    ("降幅", -1),
    ("增长了", 1),
    ("增长", 1),
    ("增加了", 1),
    ("增加", 1),
    ("提高了", 1),
    ("提高", 1),
    ("提升", 1),
    ("上升", 1),
    ("上涨", 1),
    ("回升", 1),
    ("比增", 1),
    ("加快", 1),
    ("扩大", 1),
    ("增", 1),
    ("高", 1),
    ("快", 1),
    ("下降了", -1),
    ("下降", -1),
    ("减少了", -1),
    ("减少", -1),
    ("降低", -1),
    ("回落", -1),
    ("下滑", -1),
    ("收窄", -1),
    ("放缓", -1),
    ("下跌", -1),
    ("低", -1),
    ("慢", -1),
    ("降", -1),
];

/// Words that say what a change is measured against, between subject and change word.
pub const CHANGE_BASES: &[&str] = &[
    "按可比口径计算",
    "按可比价格计算",
    "按不变价格计算",
    "按可比口径",
    "同口径",
    "同比",
    "比上年同期",
    "比去年同期",
    "较上年同期",
    "较去年同期",
    "比上年末",
    "较上年末",
    "比年初",
    "较年初",
    "比上月末",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "比上月",
    "环比",
    "年均",
    "两年平均",
    "分别",
    "比2019年同期",
    "较2019年同期",
    "比2019年",
];

/// Words before a number that make it a goal, not a result (力争全年增长6%).
pub const TARGET_WORDS: &[&str] = &[
    "力争",
    "预计",
    "预期增长",
    "预期目标",
    "预期为",
    "确保",
    "目标是",
    "目标为",
    "主要目标",
    "拟",
    "预期达到",
    "将达到",
    "有望",
    "计划到",
    "争取到",
];

/// Places and connectors a label loses at its start (全县社会消费品零售总额 → 社会…).
pub const LABEL_PREFIXES: &[&str] = &[
    "年末",
    "年底",
    "期末",
    "月末",
    "其中",
    "此外",
    "另外",
    "同时",
    "全年",
    "今年以来",
    "今年",
    "当年",
    "累计",
    "全县",
    "全市",
    "全区",
    "全省",
    "全州",
    "全镇",
    "全乡",
    "我县",
    "我市",
    "我区",
    "全国",
    "辖区",
    "区内",
    "县内",
    "市内",
    "本地",
    "实现",
    "完成",
    "达到",
    "、",
    "）",
    ")",
];

/// Standard statistical terms in English (NBS usage), longest first where one contains
/// another.
pub const GLOSSARY: &[(&str, &str)] = &[
    (
        "规模以上工业增加值",
        "Value added of industrial enterprises above designated size",
    ),
    (
        "规上工业增加值",
        "Value added of industrial enterprises above designated size",
    ),
    ("社会消费品零售总额", "Total retail sales of consumer goods"),
    (
        "限上消费品零售总额",
        "Retail sales of consumer goods above designated size",
    ),
    ("一般公共预算收入", "General public budget revenue"),
    ("一般公共预算支出", "General public budget expenditure"),
    (
        "城镇居民人均可支配收入",
        "Per capita disposable income of urban residents",
    ),
    (
        "农村居民人均可支配收入",
        "Per capita disposable income of rural residents",
    ),
    (
        "居民人均可支配收入",
        "Per capita disposable income of residents",
    ),
    (
        "居民人均消费支出",
        "Per capita consumption expenditure of residents",
    ),
    ("固定资产投资", "Fixed-asset investment"),
    ("房地产开发投资", "Investment in real estate development"),
    ("工业投资", "Industrial investment"),
    ("地区生产总值", "GDP"),
    ("生产总值", "GDP"),
    ("GDP", "GDP"),
    ("第一产业增加值", "Value added of the primary industry"),
    ("第二产业增加值", "Value added of the secondary industry"),
    ("第三产业增加值", "Value added of the tertiary industry"),
    ("城镇新增就业", "New urban jobs"),
    ("城镇调查失业率", "Surveyed urban unemployment rate"),
    ("进出口总额", "Total imports and exports"),
    ("进出口总值", "Total imports and exports"),
    ("实际利用外资", "Foreign capital actually used"),
    ("实际使用外资", "Foreign capital actually used"),
    ("税收收入", "Tax revenue"),
    ("全社会用电量", "Total electricity consumption"),
    ("工业用电量", "Industrial electricity consumption"),
    ("粮食总产量", "Total grain output"),
    ("粮食播种面积", "Grain sown area"),
    ("常住人口", "Permanent residents"),
    ("城镇化率", "Urbanisation rate"),
    ("货物周转量", "Freight turnover"),
    ("旅客周转量", "Passenger turnover"),
    ("旅游收入", "Tourism revenue"),
    ("接待游客", "Tourist visits"),
    ("建筑业总产值", "Total output value of construction"),
    ("民生支出", "Spending on people's livelihood"),
    ("高新技术企业", "High-tech enterprises"),
    ("有效发明专利", "Valid invention patents"),
    ("专利授权", "Patents granted"),
    ("集装箱吞吐量", "Container throughput"),
    ("货物吞吐量", "Cargo throughput"),
    (
        "金融机构本外币存款余额",
        "Deposits of financial institutions",
    ),
    ("金融机构本外币贷款余额", "Loans of financial institutions"),
    ("出口", "Exports"),
    ("进口", "Imports"),
];

/// The glossary's English for a label that is, or ends with, a standard term.
pub fn english(label: &str) -> Option<&'static str> {
    GLOSSARY
        .iter()
        .find(|(zh, _)| {
            label == *zh || label.ends_with(zh) && label.chars().count() <= zh.chars().count() + 3
        })
        .map(|(_, en)| *en)
}

/// Categories the drafter sorts figures into, each with its keywords, first match wins.
pub const CATEGORIES: &[(&str, &str, &str, &[&str])] = &[
    (
        "tourism",
        "文化旅游",
        "Tourism",
        &["游客", "旅游", "景区", "过夜", "文旅", "酒店", "接待"],
    ),
    (
        "employment",
        "就业民生",
        "Jobs & livelihood",
        &[
            "就业", "失业", "创业", "培训", "民生", "社保", "养老", "医保", "学位", "医院", "住房",
            "安置", "收入",
        ],
    ),
    (
        "trade",
        "开放与外贸",
        "Trade & opening-up",
        &[
            "进出口",
            "出口",
            "进口",
            "外资",
            "外贸",
            "口岸",
            "标箱",
            "集装箱",
            "港口",
            "吞吐",
        ],
    ),
    (
        "investment",
        "投资与项目",
        "Investment & projects",
        &["投资", "项目", "签约", "招商", "开工", "到位资金"],
    ),
    (
        "industry",
        "工业",
        "Industry",
        &["工业", "制造", "产量", "用电", "产值", "企业"],
    ),
    (
        "consumption",
        "消费",
        "Consumption",
        &["消费", "零售", "销售", "餐饮"],
    ),
    (
        "finance",
        "财政金融",
        "Finance",
        &["财政", "税收", "预算", "存款", "贷款", "融资", "基金"],
    ),
    (
        "agriculture",
        "农业农村",
        "Agriculture",
        &[
            "粮食", "农业", "农村", "农民", "播种", "亩产", "农田", "畜", "生猪", "蔬菜",
        ],
    ),
    (
        "innovation",
        "科技创新",
        "Innovation",
        &["专利", "科技", "研发", "创新", "高新技术", "高企"],
    ),
    (
        "transport",
        "交通物流",
        "Transport",
        &["周转量", "公路", "铁路", "物流", "快递", "客运", "货运"],
    ),
    (
        "economy",
        "经济运行",
        "Economy",
        &[
            "生产总值",
            "GDP",
            "增加值",
            "经济",
            "服务业",
            "营收",
            "营业收入",
        ],
    ),
    ("population", "人口", "Population", &["人口", "城镇化"]),
];

/// The category of a figure from its label and clause.
pub fn category(text: &str) -> Option<usize> {
    CATEGORIES
        .iter()
        .position(|(_, _, _, words)| words.iter().any(|w| text.contains(w)))
}

/// The English of a rank's scope.
pub fn scope_en(scope: &str) -> String {
    match scope {
        "全国" => "the country".into(),
        "全省" => "the province".into(),
        "全市" => "the city".into(),
        "全区" => "the district".into(),
        "全县" => "the county".into(),
        "同类园区" | "同类开发区" => "comparable parks".into(),
        _ => String::new(),
    }
}
