//! Exact decimals: a figure keeps exactly the digits the article wrote.

use std::fmt;

/// An exact decimal number: `digits × 10^-scale`.
///
/// Two equalities, chosen at each use: `==` is the same digits as written (`25.50 != 25.5`:
/// what the article wrote), [`Decimal::same_value`] and [`Decimal::cmp_value`] compare values
/// (`1.0` is position 1).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    pub digits: i64,
    pub scale: u8,
}

impl Decimal {
    /// Largest number of decimal places a figure may have.
    pub const MAX_SCALE: u8 = 6;

    pub const fn new(digits: i64, scale: u8) -> Self {
        Decimal { digits, scale }
    }

    /// The shortest exact decimal that the double `x` was parsed from, if it has at most
    /// [`Decimal::MAX_SCALE`] places. Exact because `digits / 10^scale` is correctly rounded,
    /// just like parsing the written text was, so equality means the same written number.
    pub fn from_f64(x: f64) -> Option<Self> {
        if !x.is_finite() || x.abs() >= 9.0e15 {
            return None;
        }
        let mut pow = 1.0_f64;
        for scale in 0..=Self::MAX_SCALE {
            let digits = (x * pow).round();
            if digits.abs() < 9.0e15 && digits / pow == x {
                return Some(Decimal::new(digits as i64, scale));
            }
            pow *= 10.0;
        }
        None
    }

    /// Parses a plain decimal like `-12.50` (no exponent, no grouping).
    pub fn parse(s: &str) -> Option<Self> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty()
            || (body.contains('.') && frac.is_empty())
            || frac.len() > Self::MAX_SCALE as usize
        {
            return None;
        }
        let mut digits: i64 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            digits = digits.checked_mul(10)?.checked_add((b - b'0') as i64)?;
        }
        Some(Decimal::new(
            if neg { -digits } else { digits },
            frac.len() as u8,
        ))
    }

    /// The value as a double, for proportions and sorting (never for display).
    pub fn to_f64(self) -> f64 {
        self.digits as f64 / 10f64.powi(self.scale as i32)
    }

    /// The same value without trailing zeros after the point, for amounts the code
    /// computes (8000万元 → 0.8亿元), never for figures as written.
    pub fn normalized(self) -> Self {
        let mut d = self;
        while d.scale > 0 && d.digits % 10 == 0 {
            d = Decimal::new(d.digits / 10, d.scale - 1);
        }
        d
    }

    pub fn is_negative(self) -> bool {
        self.digits < 0
    }

    /// `self × 10^shift` exactly, or `None` on overflow.
    pub fn shift(self, shift: i32) -> Option<Self> {
        let mut d = self;
        let mut s = shift;
        while s > 0 && d.scale > 0 {
            d.scale -= 1;
            s -= 1;
        }
        while s > 0 {
            d.digits = d.digits.checked_mul(10)?;
            s -= 1;
        }
        while s < 0 {
            d.scale = d.scale.checked_add(1)?;
            s += 1;
        }
        Some(d)
    }

    /// Exact sum, or `None` on overflow.
    pub fn checked_add(self, other: Self) -> Option<Self> {
        let scale = self.scale.max(other.scale);
        let a = self
            .digits
            .checked_mul(10i64.checked_pow((scale - self.scale) as u32)?)?;
        let b = other
            .digits
            .checked_mul(10i64.checked_pow((scale - other.scale) as u32)?)?;
        Some(Decimal::new(a.checked_add(b)?, scale))
    }

    /// Exact difference, or `None` on overflow.
    pub fn checked_sub(self, other: Self) -> Option<Self> {
        self.checked_add(Decimal::new(other.digits.checked_neg()?, other.scale))
    }

    /// True when the two are the same number, however written (`1.50` and `1.5`).
    pub fn same_value(self, other: Self) -> bool {
        self.cmp_value(other).is_eq()
    }

    /// Compares numerically (1.50 == 1.5).
    pub fn cmp_value(self, other: Self) -> std::cmp::Ordering {
        let scale = self.scale.max(other.scale);
        let a = self.digits as i128 * 10i128.pow((scale - self.scale) as u32);
        let b = other.digits as i128 * 10i128.pow((scale - other.scale) as u32);
        a.cmp(&b)
    }
}

/// Writes the digits exactly as stored: `307.3`, `12713`, `-0.50`.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.digits < 0 {
            f.write_str("-")?;
        }
        let abs = self.digits.unsigned_abs();
        let scale = self.scale as u32;
        if scale == 0 {
            return write!(f, "{abs}");
        }
        let pow = 10u64.pow(scale);
        write!(f, "{}.", abs / pow)?;
        let frac = abs % pow;
        // Leading zeros of the fraction, written without width formatting machinery.
        let mut p = pow / 10;
        while p > 1 && frac < p {
            f.write_str("0")?;
            p /= 10;
        }
        write!(f, "{frac}")
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_keeps_written_digits() {
        for s in [
            "307.3", "25.56", "12713", "0", "216.58", "0.05", "-3.10", "1.34",
        ] {
            assert_eq!(Decimal::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn decimal_from_f64_is_shortest_exact() {
        for (x, s) in [
            (307.3, "307.3"),
            (25.56, "25.56"),
            (88.05, "88.05"),
            (396.43, "396.43"),
            (12713.0, "12713"),
            (0.1, "0.1"),
        ] {
            assert_eq!(Decimal::from_f64(x).unwrap().to_string(), s);
        }
        assert_eq!(Decimal::from_f64(f64::NAN), None);
        assert_eq!(Decimal::from_f64(1.0 / 3.0), None);
    }

    #[test]
    fn decimal_rejects_non_numbers() {
        for s in [
            "",
            "1.",
            ".5",
            "1e3",
            "1,000",
            "12.3456789",
            "--1",
            "99999999999999999999",
        ] {
            assert_eq!(Decimal::parse(s), None, "{s}");
        }
    }

    #[test]
    fn decimal_arithmetic_is_exact() {
        let d = |s| Decimal::parse(s).unwrap();
        assert_eq!(
            d("396.43").checked_sub(d("100")).unwrap().to_string(),
            "296.43"
        );
        assert_eq!(d("0.1").checked_add(d("0.2")).unwrap().to_string(), "0.3");
        assert_eq!(d("307.3").shift(8).unwrap().to_string(), "30730000000");
        assert_eq!(d("307.3").shift(-1).unwrap().to_string(), "30.73");
        assert_eq!(d("1.50").cmp_value(d("1.5")), std::cmp::Ordering::Equal);
    }
}
