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

/// `shuka render DATASET [options]`: the embed snippet with the widget's first view
/// prerendered (`crate::render`), on stdout. Native only, as the server renderer is.
#[cfg(not(target_arch = "wasm32"))]
pub fn render(args: &[&str]) -> ExitCode {
    match render_args(args).and_then(|(path, o)| {
        let text = read(&path)?;
        let data = crate::parse::parse_dataset(&text).map_err(|e| {
            let issues: Vec<String> = e.issues().iter().map(|i| i.to_string()).collect();
            match issues.is_empty() {
                true => format!("{path}: {e}"),
                false => format!("{path}: {e}\n{}", issues.join("\n")),
            }
        })?;
        // Without data-src the live widget loads its own default data: only right for that.
        let is_default = crate::parse::parse_dataset(crate::DEFAULT_DATASET).is_ok_and(|d| d == data);
        if o.src.is_none() && !is_default {
            return Err(format!(
                "{path}: give --src URL, where the page serves this dataset (without it the live widget would load its own default data, not these figures)"
            ));
        }
        Ok(crate::render::snippet(&data.into(), &o))
    }) {
        Ok(snippet) => {
            print!("{snippet}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// The dataset's path and the render options from `shuka render`'s arguments. The stylesheet's
/// hashed name comes from the build (`DIST/assets.json`, written by tools/postbuild.mjs).
#[cfg(not(target_arch = "wasm32"))]
fn render_args(args: &[&str]) -> Result<(String, crate::render::Options), String> {
    use crate::components::View;
    use crate::data::Lang;
    let mut path = None;
    let (mut view, mut lang, mut src, mut label, mut class) =
        (View::All, Lang::Zh, None, None, None);
    let (mut dist, mut base, mut css, mut script) =
        ("dist".to_string(), "./".to_string(), None, true);
    let mut it = args.iter();
    while let Some(&arg) = it.next() {
        let mut value = || {
            it.next()
                .map(|v| v.to_string())
                .ok_or_else(|| format!("{arg} needs a value"))
        };
        match arg {
            "--view" => {
                view = match value()?.as_str() {
                    "all" => View::All,
                    "cards" => View::Cards,
                    "table" => View::Table,
                    v => return Err(format!("--view {v}: use all, cards or table")),
                }
            }
            "--lang" => {
                lang = match value()?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    v => return Err(format!("--lang {v}: use zh or en")),
                }
            }
            "--src" => src = Some(value()?),
            "--label" => label = Some(value()?),
            "--class" => class = Some(value()?),
            "--dist" => dist = value()?,
            "--base" => base = value()?,
            "--css" => css = Some(value()?),
            "--no-script" => script = false,
            a if a.starts_with("--") => return Err(format!("unknown option {a}")),
            a if path.is_none() => path = Some(a.to_string()),
            a => return Err(format!("one dataset only ({a})")),
        }
    }
    let path = path.ok_or("shuka render DATASET.json: which dataset?")?;
    let css = match css {
        Some(css) => css,
        None => {
            let manifest = format!("{dist}/assets.json");
            let text = std::fs::read_to_string(&manifest).map_err(|e| {
                format!("{manifest}: {e} (build the widget first, `make build`, or give --css URL)")
            })?;
            let assets: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("{manifest}: {e}"))?;
            let name = assets["css"]
                .as_str()
                .ok_or(format!("{manifest}: no \"css\""))?;
            format!("{base}{name}")
        }
    };
    let script = script.then(|| format!("{base}shuka.js"));
    let o = crate::render::Options {
        view,
        lang,
        src,
        css,
        script,
        label,
        class,
    };
    Ok((path, o))
}
