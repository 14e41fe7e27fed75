//! `shuka`: the newsroom's command-line tool.
//!
//! ```text
//! shuka check DATASET.json     every problem with its path; exit 1 on any
//! shuka draft REPORT.txt|-     a draft dataset (JSON) from a report's text, on stdout
//! ```

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage:
  shuka check DATASET.json     check a dataset before publishing it
  shuka draft REPORT.txt       draft a dataset from a report's text (plain text or HTML; - reads stdin)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["check", path] => check(path),
        ["draft", path] => draft(path),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("stdin: {e}"))?;
        return Ok(s);
    }
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn check(path: &str) -> ExitCode {
    let text = match read(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    match shuka::parse::parse_dataset(&text) {
        Ok(data) => {
            let reviews =
                data.indicators
                    .iter()
                    .enumerate()
                    .filter_map(|(i, ind)| Some((format!("indicators[{i}]"), ind.review.clone()?)))
                    .chain(
                        data.projects.iter().enumerate().filter_map(|(i, p)| {
                            Some((format!("projects[{i}]"), p.review.clone()?))
                        }),
                    );
            let mut left = 0;
            for (at, why) in reviews {
                eprintln!("{path}: {at}.review: {why}");
                left += 1;
            }
            let tail = match left {
                0 => String::new(),
                n => format!(" ({n} drafted figures still marked for review)"),
            };
            println!(
                "ok: {} figures, {} projects{tail}",
                data.figure_count(),
                data.projects.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            let issues = e.issues();
            if issues.is_empty() {
                eprintln!("{path}: {e}");
            }
            for issue in issues {
                eprintln!("{path}: {issue}");
            }
            ExitCode::FAILURE
        }
    }
}

fn draft(path: &str) -> ExitCode {
    let text = match read(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let d = shuka::draft::draft(&text);
    if d.dataset.indicators.is_empty() && d.dataset.projects.is_empty() {
        eprintln!("{path}: no figures found: is this a report's text?");
        return ExitCode::FAILURE;
    }
    print!("{}", shuka::draft::draft_json(&d));
    let reviews = d
        .dataset
        .indicators
        .iter()
        .filter(|i| i.review.is_some())
        .count()
        + d.dataset
            .projects
            .iter()
            .filter(|p| p.review.is_some())
            .count();
    eprintln!(
        "drafted {} figures ({} indicators), {} projects; {} marked for review, {} numbers unread",
        d.dataset.figure_count(),
        d.dataset.indicators.len(),
        d.dataset.projects.len(),
        reviews,
        d.unread.len()
    );
    ExitCode::SUCCESS
}
