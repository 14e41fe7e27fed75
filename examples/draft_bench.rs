//! How long `shuka draft` takes on a long report: every report of tests/corpus/ and the
//! article, joined into one text (about 40,000 characters) and cut into pieces of
//! 10,000 characters at paragraph ends; each piece drafted 21 times. Prints every run and
//! the median. `make bench` runs it (release build); it is a measurement, not a test.

use std::time::Instant;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut all = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/article.txt"),
    )
    .expect("the article");
    for n in &names {
        all.push('\n');
        all.push_str(&std::fs::read_to_string(dir.join(n)).expect("a report"));
    }
    // Pieces of at least 10,000 characters, cut at paragraph ends.
    let mut pieces = vec![String::new()];
    let mut count = 0;
    for para in all.split_inclusive('\n') {
        let last = pieces.last_mut().expect("one piece");
        last.push_str(para);
        count += para.chars().count();
        if count >= 10_000 {
            pieces.push(String::new());
            count = 0;
        }
    }
    pieces.retain(|p| p.chars().count() >= 10_000);
    // `draft_bench once`: one draft of the first piece, for a profiler.
    if std::env::args().nth(1).as_deref() == Some("once") {
        std::hint::black_box(shuka::draft::draft(&pieces[0]));
        return;
    }
    println!(
        "shuka draft, release build, native: {} pieces of ≥10,000 characters, 21 runs each",
        pieces.len()
    );
    for (i, p) in pieces.iter().enumerate() {
        let mut ms: Vec<f64> = (0..21)
            .map(|_| {
                let t = Instant::now();
                let d = shuka::draft::draft(p);
                std::hint::black_box(&d);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        let runs: Vec<String> = ms.iter().map(|m| format!("{m:.2}")).collect();
        ms.sort_by(f64::total_cmp);
        let d = shuka::draft::draft(p);
        println!(
            "piece {} ({} characters, {} figures): median {:.2} ms; runs (ms): {}",
            i + 1,
            p.chars().count(),
            d.dataset.figure_count(),
            ms[ms.len() / 2],
            runs.join(" ")
        );
    }
}
