//! One bounded mutation fuzz for both decoders: the same inputs natively (serde_json) and in
//! the browser (JSON.parse), summed into one digest of every outcome. Equal digests: the
//! checker and the widget accept and reject the same files, with the same problems.

use shuka::error::DataError;
use shuka::parse::parse_dataset;

/// A small deterministic generator (xorshift), so the cases are the same every run.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces of JSON that break a dataset in the ways files do: numbers out of range, wrong
/// types, a lone surrogate, deep nesting.
pub const TOKENS: [&[u8]; 16] = [
    b"-1",
    b"1e400",
    b"null",
    b"[]",
    b"{}",
    b"\"\"",
    b"0.0000001",
    b"99999999999999999999",
    b"\"\xe4\xba\xbf\"",
    b",",
    b"\"rank\"",
    b"true",
    b"\"\\ud800\"",
    b"\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],",
    b"\"extra\": -1e999,",
    b"1.5e-400",
];

/// What parsing `text` came to, in words both targets produce alike (JSON syntax messages
/// differ between the parsers, so a syntax error is only "not JSON").
fn outcome(text: &str) -> String {
    match parse_dataset(text) {
        Ok(d) => format!("ok {} {}", d.figure_count(), d.projects.len()),
        Err(DataError::NotJson(m)) if m.contains("(at byte") => format!("limit {m}"),
        Err(DataError::NotJson(_)) => "not JSON".into(),
        Err(e) => format!("{e}"),
    }
}

/// FNV-1a over every outcome of `cases` mutations of `seed`, and the number that parsed.
pub fn digest(seed: &str, cases: usize) -> (u64, usize) {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let (mut hash, mut ok) = (0xcbf2_9ce4_8422_2325_u64, 0);
    for _ in 0..cases {
        let mut bytes = seed.as_bytes().to_vec();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    bytes.remove(at);
                }
                2 | 3 => bytes
                    .splice(at..at, TOKENS[rng.below(TOKENS.len())].iter().copied())
                    .for_each(drop),
                _ => unreachable!(),
            }
        }
        let o = outcome(&String::from_utf8_lossy(&bytes));
        ok += usize::from(o.starts_with("ok"));
        for b in o.bytes() {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    (hash, ok)
}
