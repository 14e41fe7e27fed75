//! `shuka`: the newsroom's command-line tool.
//!
//! ```text
//! shuka check DATASET.json     every problem with its path; exit 1 on any
//! shuka draft REPORT.txt|-     a draft dataset (JSON) from a report's text, on stdout
//! ```

use std::process::ExitCode;

const USAGE: &str = "usage:
  shuka check DATASET.json     check a dataset before publishing it
  shuka draft REPORT.txt       draft a dataset from a report's text (plain text or HTML; - reads stdin)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["check", path] => shuka::cli::check(path),
        ["draft", path] => shuka::cli::draft(path),
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
