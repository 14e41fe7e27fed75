//! `shuka-check <file.json>`: `shuka check` under its first name, for scripts that use it.

use std::process::ExitCode;

fn main() -> ExitCode {
    match std::env::args().nth(1) {
        Some(path) => shuka::cli::check(&path),
        None => {
            eprintln!("usage: shuka-check <dataset.json>");
            ExitCode::from(2)
        }
    }
}
