//! The `shuka` command as a newsroom runs it: exit codes, messages, stdin, HTML input.

use std::io::Write;
use std::process::{Command, Stdio};

const SHUKA: &str = env!("CARGO_BIN_EXE_shuka");
const REPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/corpus/01-chengxi-county-2023q3.txt"
);

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(SHUKA)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the shuka binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin takes the text");
    let out = child.wait_with_output().expect("shuka finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn draft_writes_json_the_checker_accepts() {
    let (code, json, summary) = run(&["draft", REPORT], "");
    assert_eq!(code, 0, "{summary}");
    assert!(summary.starts_with("drafted "), "{summary}");
    let dir = std::env::temp_dir().join(format!("shuka-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("draft.json");
    std::fs::write(&file, &json).unwrap();
    let (code, ok, _) = run(&["check", file.to_str().unwrap()], "");
    assert_eq!(code, 0);
    assert!(ok.starts_with("ok: "), "{ok}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn draft_reads_stdin_and_html_alike() {
    let text = std::fs::read_to_string(REPORT).unwrap();
    let html: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;")))
        .collect();
    let html = format!("<html><head><script>var x = \"力争增长5%\";</script></head><body><article>{html}</article></body></html>");
    let (a, from_text, _) = run(&["draft", "-"], &text);
    let (b, from_html, _) = run(&["draft", "-"], &html);
    assert_eq!((a, b), (0, 0));
    let figures = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        v["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["label"]["zh"].to_string(),
                    i["value"].to_string(),
                    i["quote"].to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(figures(&from_text), figures(&from_html));
}

#[test]
fn clear_messages_and_exit_codes() {
    let (code, _, err) = run(&["draft", "/no/such/report.txt"], "");
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/report.txt"), "{err}");
    let (code, out, err) = run(&["draft", "-"], "no figures in this text");
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("no figures found"), "{err}");
    let future =
        include_str!("../docs/example.json").replacen(r#""schema": 1"#, r#""schema": 9"#, 1);
    let (code, _, err) = run(&["check", "-"], &future);
    assert_eq!(code, 1);
    assert!(
        err.contains("-: schema: 9 is not a version this widget reads"),
        "{err}"
    );
    let (code, _, err) = run(&["frobnicate"], "");
    assert_eq!(code, 2);
    assert!(err.contains("usage:"), "{err}");
}
