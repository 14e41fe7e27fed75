//! Chinese numerals: reading 三, 十二, 二十五, 一百零八, 两 (for the drafter) and writing
//! small whole numbers (for checking that a quote states a figure).

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit(c: char) -> Option<u64> {
    match c {
        '两' => Some(2),
        '〇' => Some(0),
        _ => DIGITS.iter().position(|&d| d == c).map(|d| d as u64),
    }
}

fn power(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// True for the characters a Chinese numeral is made of.
pub fn is_numeral(c: char) -> bool {
    digit(c).is_some() || power(c).is_some()
}

/// Reads a Chinese numeral below 10,000 at the start of `s`: its value and its length in
/// bytes. `None` when `s` does not start with one.
///
/// # Example
/// ```
/// assert_eq!(shuka::numerals::read("十二个"), Some((12, 6)));
/// assert_eq!(shuka::numerals::read("一百零八将"), Some((108, 12)));
/// ```
pub fn read(s: &str) -> Option<(u64, usize)> {
    let mut total = 0u64;
    let mut pending: Option<u64> = None;
    let mut len = 0;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            if pending.is_some_and(|p| p != 0) {
                break; // 二三 is not a number
            }
            pending = Some(d);
        } else if let Some(p) = power(c) {
            total += pending.unwrap_or(1) * p;
            pending = None;
        } else {
            break;
        }
        len += c.len_utf8();
    }
    if len == 0 {
        return None;
    }
    Some((total + pending.unwrap_or(0), len))
}

/// Writes `n` (1–99) in Chinese numerals, as articles write counts: 三, 十二, 二十.
// `n % 10 == 0` rather than clippy's `is_multiple_of`: the same meaning, and it kept the
// widget's wasm byte for byte as it was when measured (docs/PERFORMANCE.md).
#[allow(clippy::manual_is_multiple_of)]
pub fn chinese(n: u32) -> Option<String> {
    let d = |k: u32| DIGITS[k as usize];
    match n {
        1..=9 => Some(d(n).to_string()),
        10 => Some("十".into()),
        11..=19 => Some(format!("十{}", d(n % 10))),
        20..=99 if n.is_multiple_of(10) => Some(format!("{}十", d(n / 10))),
        20..=99 => Some(format!("{}十{}", d(n / 10), d(n % 10))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numerals_as_articles_write_them() {
        for (s, n) in [
            ("三个", 3),
            ("十家", 10),
            ("十二项", 12),
            ("二十个", 20),
            ("二十五名", 25),
            ("一百零八", 108),
            ("两千", 2000),
            ("第一", 0), // not at the start: handled by the caller
        ] {
            if s.starts_with('第') {
                assert_eq!(read(s), None);
            } else {
                assert_eq!(read(s).map(|r| r.0), Some(n), "{s}");
            }
        }
    }

    #[test]
    fn writes_small_numbers() {
        assert_eq!(chinese(3).as_deref(), Some("三"));
        assert_eq!(chinese(12).as_deref(), Some("十二"));
        assert_eq!(chinese(20).as_deref(), Some("二十"));
        assert_eq!(chinese(45).as_deref(), Some("四十五"));
        assert_eq!(chinese(100), None);
        for n in 1..100 {
            assert_eq!(read(&chinese(n).unwrap()).map(|r| r.0), Some(n as u64));
        }
    }
}
