//! How long the native checker (`shuka check`) takes to parse and validate a 5 MB dataset:
//! the default dataset's indicators repeated to over 5 MB (tests/common/big.rs, the same
//! file the 5 MB test reads), parsed and validated 11 times. Prints every run and the
//! median. `make bench` runs it (release build); a measurement, not a test.

use std::time::Instant;

#[path = "../tests/common/big.rs"]
mod big;

fn main() {
    let text = big::five_megabytes(shuka::DEFAULT_DATASET);
    let mut ms: Vec<f64> = (0..11)
        .map(|_| {
            let t = Instant::now();
            let data = shuka::parse::parse_dataset(&text).expect("the 5 MB dataset is valid");
            std::hint::black_box(&data);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let runs: Vec<String> = ms.iter().map(|m| format!("{m:.1}")).collect();
    ms.sort_by(f64::total_cmp);
    let data = shuka::parse::parse_dataset(&text).expect("the 5 MB dataset is valid");
    println!(
        "shuka check's parse + validate, release build, native: {} bytes, {} indicators: median {:.1} ms; runs (ms): {}",
        text.len(),
        data.indicators.len(),
        ms[ms.len() / 2],
        runs.join(" ")
    );
}
