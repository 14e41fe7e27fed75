//! Bad data is the normal case: every problem is found with its path, nothing panics.

use shuka::error::DataError;
use shuka::parse::parse_dataset;
use shuka::DEFAULT_DATASET;

const EXAMPLE: &str = include_str!("../docs/example.json");

fn issues(text: &str) -> Vec<String> {
    match parse_dataset(text) {
        Ok(_) => vec![],
        Err(e) => e.issues().iter().map(|i| i.to_string()).collect(),
    }
}

/// The example with one JSON edit applied by string replacement.
fn example_with(from: &str, to: &str) -> String {
    assert!(EXAMPLE.contains(from), "{from}");
    EXAMPLE.replacen(from, to, 1)
}

#[test]
fn the_documented_example_passes() {
    let data = parse_dataset(EXAMPLE).unwrap();
    assert_eq!((data.figure_count(), data.projects.len()), (4, 1));
}

#[test]
fn broken_datasets_name_the_path_and_problem() {
    let cases = [
        (
            example_with(r#""value": 10.25"#, r#""value": 125"#),
            "indicators[0].shares[0].value: 125 is outside 0–100",
        ),
        (
            example_with(r#""category": "economy""#, r#""category": "nope""#),
            "indicators[0].category: “nope” is not a category id",
        ),
        (
            example_with(r#""headline": ["gdp"]"#, r#""headline": ["gpd"]"#),
            "headline[0]: “gpd” is not an indicator id",
        ),
        (
            example_with(r#""value": 120.5"#, r#""value": 121.5"#),
            "indicators[0].highlight: the quote does not contain “121.5亿元”",
        ),
        (
            example_with(r#""id": "example-park""#, r#""id": "gdp""#),
            "projects[0].id: “gdp” is used twice",
        ),
        (
            example_with("签约投资12亿元的示例产业园项目。", "签约投资12亿元的项目。"),
            "projects[0].highlight: is not part of the quote",
        ),
    ];
    for (text, expected) in cases {
        let found = issues(&text);
        assert!(
            found.iter().any(|i| i == expected),
            "expected {expected:?}, got {found:?}"
        );
    }
}

#[test]
fn shape_errors_carry_the_field_path() {
    let text = example_with(
        r#""unit": "亿元""#,
        r#""unit": "亿元", "qualifier": "roughly""#,
    );
    match parse_dataset(&text) {
        Err(DataError::Shape(issues)) => assert_eq!(
            issues[0].to_string(),
            "indicators[0].qualifier: “roughly” is not a qualifier (over, about, nearly)"
        ),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        parse_dataset("{not json"),
        Err(DataError::NotJson(_))
    ));
    assert!(matches!(parse_dataset(""), Err(DataError::NotJson(_))));
}

#[test]
fn every_shape_problem_is_reported_with_its_path() {
    let text = example_with(r#""unit": "亿元""#, r#""unit": 7"#)
        .replacen(r#""schema": 1"#, r#""schema": "1""#, 1)
        .replacen(r#""highlight":"#, r#""highlight_typo":"#, 1)
        .replacen(r#""elapsed": [6, 12]"#, r#""elapsed": [6]"#, 1);
    let found = issues(&text);
    assert_eq!(
        found,
        [
            "schema: expected a whole number, found a string",
            "periods[0].elapsed: expected two whole numbers: [months elapsed, of months]",
            "indicators[0].unit: expected a string, found a number",
            "indicators[0].highlight: is missing",
        ]
    );
    assert_eq!(
        issues("[]"),
        ["(top level): expected an object, found a list"]
    );
}

#[test]
fn null_is_absent_and_decimal_strings_keep_their_digits() {
    let text = example_with(r#""value": 120.5"#, r#""value": "120.50""#).replacen(
        r#""unit": "亿元""#,
        r#""unit": "亿元", "note": null, "extra": {"ignored": true}"#,
        1,
    );
    // The string keeps its trailing zero, which the highlight then has to state.
    assert!(issues(&text)
        .iter()
        .any(|i| i == "indicators[0].highlight: the quote does not contain “120.50亿元”"));
    let text = example_with(r#""value": 120.5"#, r#""value": "12O.5""#);
    assert_eq!(
        issues(&text),
        ["indicators[0].value: “12O.5” is not a decimal number"]
    );
    let text = example_with(r#""value": 120.5"#, r#""value": 120.0000001"#);
    assert_eq!(
        issues(&text),
        ["indicators[0].value: is not a number with at most 6 decimal places"]
    );
}

#[test]
fn all_problems_are_reported_not_only_the_first() {
    let text = example_with(r#""value": 10.25"#, r#""value": 125"#).replacen(
        r#""elapsed": [6, 12]"#,
        r#""elapsed": [13, 12]"#,
        1,
    );
    assert!(issues(&text).len() >= 2, "{:?}", issues(&text));
}

#[test]
fn mutated_and_random_input_never_panics() {
    let mut rng = fuzz::Rng(0x5eed_1234_abcd_ef01);
    let seed = EXAMPLE.as_bytes();
    let tokens = fuzz::TOKENS;
    for _ in 0..3000 {
        let mut bytes = seed.to_vec();
        for _ in 0..1 + rng.below(4) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    bytes.remove(at);
                }
                2 => bytes
                    .splice(at..at, tokens[rng.below(tokens.len())].iter().copied())
                    .for_each(drop),
                _ => bytes.truncate(at),
            }
        }
        let _ = parse_dataset(&String::from_utf8_lossy(&bytes));
    }
    for _ in 0..2000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = parse_dataset(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn a_five_megabyte_dataset_parses_and_validates() {
    // Its time is measured by `make bench` (examples/parse_bench.rs), not here.
    let text = big::five_megabytes(DEFAULT_DATASET);
    assert!(text.len() > 5_000_000);
    let data = parse_dataset(&text)
        .unwrap_or_else(|e| panic!("{}", e.to_string().chars().take(500).collect::<String>()));
    assert!(data.indicators.len() > 9_000);
}

/// Runs work written in pieces (`run(pause)`) to its end, counting the pauses: natively each
/// pause is ready at once, so one poll finishes it.
fn in_pieces<T, F: std::future::Future<Output = T>>(
    run: impl FnOnce(Box<dyn FnMut() -> std::future::Ready<()>>) -> F,
) -> (T, usize) {
    use std::task::{Context, Poll, Waker};
    let pauses = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = pauses.clone();
    let mut fut = std::pin::pin!(run(Box::new(move || {
        counter.set(counter.get() + 1);
        std::future::ready(())
    })));
    let Poll::Ready(result) = fut.as_mut().poll(&mut Context::from_waker(Waker::noop())) else {
        panic!("natively, work in pieces never waits");
    };
    (result, pauses.get())
}

/// `parse_shared_in_tasks` to its end, with its count of pauses.
fn in_tasks(text: &str) -> (Result<shuka::data::Shared, DataError>, usize) {
    in_pieces(|pause| shuka::parse::parse_shared_in_tasks(text, pause))
}

#[test]
fn parsing_in_tasks_gives_exactly_what_parsing_in_one_piece_gives() {
    use shuka::write::dataset_json;
    let many = big::many_projects(DEFAULT_DATASET, 3_000);
    let escaped_key = DEFAULT_DATASET.replacen("\"projects\": [", "\"proj\\u0065cts\": [", 1);
    let twice = DEFAULT_DATASET.replacen("\"projects\": [", "\"projects\": [], \"projects\": [", 1);
    let broken_project = many.replacen("\"status\": \"signed\"", "\"status\": \"sold\"", 2000);
    let syntax = many.replacen("\"status\": \"signed\",", "\"status\": \"signed\",,", 1500);
    let trailing = DEFAULT_DATASET.replacen("\n    }\n  ]", "\n    },\n  ]", 1);
    let not_a_list = example_with("\"projects\": [", "\"projects\": {\"a\": [");
    let texts = [
        EXAMPLE,
        DEFAULT_DATASET,
        &many,
        &escaped_key,
        &twice,
        &broken_project,
        &syntax,
        &trailing,
        &not_a_list,
        "{",
        "[]",
        "{\"projects\": [1, 2]}",
        "{\"projects\": []}",
    ];
    for text in texts {
        let one = parse_dataset(text);
        let (pieces, _) = in_tasks(text);
        match (one, pieces) {
            (Ok(a), Ok(b)) => assert_eq!(dataset_json(&a), dataset_json(&b)),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            (a, b) => panic!("one piece: {:?}, in tasks: {:?}", a.is_ok(), b.is_ok()),
        }
    }
    assert_eq!(parse_dataset(&many).unwrap().projects.len(), 3_000);
    assert!(parse_dataset(&broken_project).is_err() && parse_dataset(&syntax).is_err());
}

#[test]
fn parsing_in_tasks_pauses_and_shares_the_parse() {
    use shuka::parse::parse_shared;
    let (a, pauses) = in_tasks(EXAMPLE);
    let a = a.unwrap();
    // The size check, the split, the validation: a pause before each.
    assert!(pauses >= 3, "{pauses}");
    // `Shared` compares identity: these are the very same parse.
    assert!(a == parse_shared(EXAMPLE).unwrap());
    assert!(a == in_tasks(EXAMPLE).0.unwrap());
}

#[test]
fn a_big_text_parsed_in_tasks_is_found_again_by_the_same_key() {
    use shuka::parse::parse_shared;
    // Over 512 KB: its key is hashed in several pieces, with pauses, and must equal the key the
    // one-piece path computes, or two widgets of one page would parse it twice.
    let many = big::many_projects(DEFAULT_DATASET, 3_000);
    assert!(many.len() > 2 * 512 * 1024, "{}", many.len());
    let (a, pauses) = in_tasks(&many);
    let a = a.unwrap();
    assert!(pauses > 3);
    assert!(
        a == parse_shared(&many).unwrap(),
        "the same parse, found by its key"
    );
}

#[test]
fn widgets_showing_the_same_text_share_one_parse_while_alive() {
    use shuka::parse::parse_shared;
    let a = parse_shared(EXAMPLE).unwrap();
    let b = parse_shared(EXAMPLE).unwrap();
    assert!(a == b);
    let other = parse_shared(DEFAULT_DATASET).unwrap();
    assert!(a != other);
    // Once no widget holds it, it is freed, not kept for a page that no longer shows it.
    let weak = a.downgrade();
    drop((a, b));
    assert!(weak.upgrade().is_none());
    assert!(parse_shared("{").is_err());
}

#[test]
fn a_dataset_equals_its_clone_and_a_shared_one_only_itself() {
    use shuka::data::Shared;
    let data = parse_dataset(EXAMPLE).unwrap();
    let copy = data.clone();
    assert_eq!(data, copy, "a Dataset compares by content");
    let (one, other) = (Shared::new(data), Shared::new(copy));
    assert!(*one == *other, "the same content");
    assert!(one != other, "two loads are two datasets to the views");
    assert!(one == one.clone(), "a clone of a Shared is the same load");
}

/// Files where `JSON.parse` and serde_json once disagreed, each in a field the decoder does
/// not read, with the message both give now (tests/web.rs checks the same in the browser).
pub const DISAGREEMENTS: [(&str, &str); 5] = [
    (
        r#""\uD800""#,
        "a string holds a lone surrogate \\uD800 (at byte 11)",
    ),
    (
        r#""x\uDC00""#,
        "a string holds a lone surrogate \\uDC00 (at byte 12)",
    ),
    (
        r#""\uD800\u0041""#,
        "a string holds a lone surrogate \\uD800 (at byte 11)",
    ),
    ("1e400", "the number 1e400 is out of range (at byte 10)"),
    ("-1e999", "the number -1e999 is out of range (at byte 10)"),
];

#[test]
fn checker_and_browser_rules_lone_surrogates_big_numbers_and_deep_nesting() {
    let with_extra = |v: &str| EXAMPLE.replacen('{', &format!("{{\"extra\": {v},"), 1);
    for (value, message) in DISAGREEMENTS {
        assert_eq!(
            parse_dataset(&with_extra(value)).err(),
            Some(DataError::NotJson(message.into())),
            "{value}"
        );
    }
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    // The root object is one level: 126 more are accepted, 127 more are not.
    assert!(parse_dataset(&with_extra(&nest(126))).is_ok());
    assert_eq!(
        parse_dataset(&with_extra(&nest(127))).err(),
        Some(DataError::NotJson(
            "lists and objects nest deeper than 127 (at byte 136)".into()
        ))
    );
    // Still fine: a surrogate pair, a big but finite number, escaped backslashes.
    for ok in [r#""\uD83D\uDE00""#, "1e308", "-1.5e-400", r#""\\uD800""#] {
        assert!(parse_dataset(&with_extra(ok)).is_ok(), "{ok}");
    }
}

#[test]
fn labels_and_names_without_a_visible_character_are_rejected() {
    let text = example_with(
        r#""zh": "地区生产总值""#,
        r#""zh": "\u200B\u200C\u202E \u3164""#,
    );
    let text = text.replacen(r#""zh": "示例产业园""#, r#""zh": "\u2060\uFEFF""#, 1);
    let text = text.replacen(r#""zh": "产业园区""#, r#""zh": "\u2066\u2069""#, 1);
    let problem = "has no visible character (only spaces, zero-width or bidi control characters)";
    assert_eq!(
        issues(&text),
        [
            format!("project_categories[0].label.zh: {problem}"),
            format!("indicators[0].label.zh: {problem}"),
            format!("projects[0].name.zh: {problem}"),
        ]
    );
    // A visible character among invisible ones is enough.
    assert_eq!(
        issues(&example_with(
            r#""zh": "地区生产总值""#,
            r#""zh": "\u200B值""#
        )),
        Vec::<String>::new()
    );
}

#[test]
fn data_over_ten_megabytes_is_refused_with_its_size() {
    let padded = format!("{EXAMPLE}{}", " ".repeat(10_000_001 - EXAMPLE.len()));
    assert_eq!(
        parse_dataset(&padded).err(),
        Some(DataError::TooLarge(10_000_001))
    );
    assert_eq!(
        DataError::TooLarge(10_000_001).to_string(),
        "the data is 10000001 bytes, over the limit of 10000000 bytes"
    );
    let at_limit = format!("{EXAMPLE}{}", " ".repeat(10_000_000 - EXAMPLE.len()));
    assert!(parse_dataset(&at_limit).is_ok());
}

#[path = "common/big.rs"]
mod big;
#[path = "common/fuzz.rs"]
mod fuzz;

/// The digest tests/web.rs must reach with JSON.parse on the same inputs.
pub const FUZZ_DIGEST: (u64, usize) = (12598419567094282028, 80);

#[test]
fn checker_and_browser_agree_on_a_mutation_fuzz() {
    assert_eq!(fuzz::digest(EXAMPLE, 600), FUZZ_DIGEST);
}

/// Equality chosen where it is used: a rank value written `1.0` is position 1 (compared by
/// value), while the figure keeps the digits it was written with.
#[test]
fn a_rank_written_one_point_zero_is_position_one() {
    let text = example_with(
        r#""value": 120.5,
      "unit": "亿元","#,
        r#""value": "1.0",
      "unit": "rank",
      "rank": {"scope": {"zh": "全市", "en": "the city"}, "position": 1, "written": "全市首位"},"#,
    )
    .replacen(
        "同比增长4.2%,占全市的10.25%。",
        "同比增长4.2%,占全市的10.25%,居全市首位。",
        1,
    )
    .replacen(
        r#""highlight": "地区生产总值120.5亿元""#,
        r#""highlight": "居全市首位""#,
        1,
    );
    let data = parse_dataset(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.indicators[0].value.to_string(), "1.0");
}

/// The widget reads a data file's bytes itself (not `Response.text()`, which would decode it
/// into a JS string for the wasm to encode again); it must read them as `text()` does.
#[test]
fn data_bytes_are_read_as_response_text_reads_them() {
    use shuka::fetch::utf8_text;
    assert_eq!(utf8_text("数卡".as_bytes().to_vec()), "数卡");
    assert_eq!(utf8_text(b"\xEF\xBB\xBF{}".to_vec()), "{}");
    assert_eq!(
        utf8_text(b"\xEF\xBB\xBF\xEF\xBB\xBF{}".to_vec()),
        "\u{FEFF}{}"
    );
    assert_eq!(utf8_text(b"a\xFFb\xE6\x95".to_vec()), "a\u{FFFD}b\u{FFFD}");
    // In pieces, a pause between them: the same text, a character cut at a piece's end included.
    let in_pieces =
        |bytes: Vec<u8>| in_pieces(|pause| shuka::fetch::utf8_text_in_tasks(bytes, pause));
    // 1.2 MB of three-byte characters: a piece of 524,288 bytes ends inside one for two of the
    // three prefixes (524,288 = 3 × 174,762 + 2).
    let big = "数卡".repeat(200_000);
    for cut in 0..3 {
        let text = format!("{}{big}", "x".repeat(cut));
        let (same, pauses) = in_pieces(format!("\u{FEFF}{text}").into_bytes());
        assert!(same == text, "cut {cut}");
        assert_eq!(pauses, text.len().div_ceil(512 * 1024) - 1);
    }
    let mut bad = big.clone().into_bytes();
    bad[700_000] = 0xFF;
    assert_eq!(in_pieces(bad.clone()).0, utf8_text(bad));
}

#[test]
fn a_quote_states_a_number_whose_unit_ends_its_list() {
    use shuka::validate::states;
    // The unit written once at the end of a list, across 、, 和, 及 and 与, an item keeping
    // the unit's 个.
    for (text, figure) in [
        ("分别提高1.2、0.9个百分点", "1.2个百分点"),
        ("分别下降0.47和0.35个百分点", "0.47个百分点"),
        ("分别提高0.8个和0.5个百分点", "0.8个百分点"),
        ("分别回落1.5、0.7与0.2个百分点", "1.5个百分点"),
        ("分别增长3.2及1.1个百分点", "3.2个百分点"),
    ] {
        assert!(states(text, figure), "{text} states {figure}");
    }
    // Not a number whose own unit differs, nor one joined to words rather than a number.
    for (text, figure) in [
        ("分别提高0.8%和0.5个百分点", "0.8个百分点"),
        ("提高0.8和其他0.5个百分点", "0.8个百分点"),
        ("分别下降0.47和0.35个百分点", "0.47%"),
        ("增加12和3个", "12万人"),
    ] {
        assert!(!states(text, figure), "{text} does not state {figure}");
    }
}
