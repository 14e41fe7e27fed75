//! `shuka-check <file.json>`: what an editor runs before publishing a dataset.
//! Prints `ok: N figures, M projects` or every problem with its path; exits 1 on any.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: shuka-check <dataset.json>");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match shuka::parse::parse_dataset(&text) {
        Ok(data) => {
            println!(
                "ok: {} figures, {} projects",
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
