//! The `shuka` command's subcommands, as functions the binaries call (`shuka`, and
//! `shuka-check`, its first name). Used natively; it builds for wasm too only because
//! `cargo test --target wasm32-unknown-unknown` builds every bin of the crate.

use std::io::Read;
use std::process::ExitCode;

/// The text of `path`, or of stdin for `-`.
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

/// `shuka check PATH`: every problem with its path on stderr and exit 1, or `ok: …`.
pub fn check(path: &str) -> ExitCode {
    let text = match read(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    match crate::parse::parse_dataset(&text) {
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

/// `shuka draft PATH`: the draft dataset as JSON on stdout, a summary on stderr.
pub fn draft(path: &str) -> ExitCode {
    let text = match read(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let d = crate::draft::draft(&text);
    if d.dataset.indicators.is_empty() && d.dataset.projects.is_empty() {
        eprintln!("{path}: no figures found: is this a report's text?");
        return ExitCode::FAILURE;
    }
    print!("{}", crate::draft::draft_json(&d));
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
