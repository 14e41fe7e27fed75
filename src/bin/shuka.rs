//! `shuka`: the newsroom's command-line tool.
//!
//! ```text
//! shuka check DATASET.json     every problem with its path; exit 1 on any
//! shuka draft REPORT.txt|-     a draft dataset (JSON) from a report's text, on stdout
//! shuka render DATASET.json    the embed snippet with the figures prerendered, on stdout
//! ```

use std::process::ExitCode;

const USAGE: &str = "usage:
  shuka check DATASET.json     check a dataset before publishing it
  shuka draft REPORT.txt       draft a dataset from a report's text (plain text or HTML; - reads stdin)
  shuka render DATASET.json    the embed snippet, its figures prerendered (no script needed to see them)
      --src URL                where the page serves DATASET.json (default: the widget's own data)
      --view all|cards|table   --lang zh|en   --label TEXT (the host's aria-label)   --class CLASS
      --base URL               where dist/ is served (default ./); --dist DIR: the build (default dist)
      --css URL                the widget's stylesheet (default: from DIST/assets.json)
      --no-script              leave out the loader's script tag (the page has it)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["check", path] => shuka::cli::check(path),
        ["draft", path] => shuka::cli::draft(path),
        #[cfg(not(target_arch = "wasm32"))]
        ["render", ref rest @ ..] => shuka::cli::render(rest),
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
