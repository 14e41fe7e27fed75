//! JSON text → [`Dataset`], with the path of every shape error.
//!
//! The syntax is the platform's: `JSON.parse` in the browser, serde_json natively. The
//! resulting tree is read by one hand-written decoder, generic over [`Json`], so both targets
//! accept and reject exactly the same files. A hand-written decoder rather than serde derives:
//! in the wasm, serde's monomorphised visitors plus path tracking cost far more (measured in
//! docs/PERFORMANCE.md, "hand-written decoder"), and this one reports *every* shape problem, not only
//! the first. Unknown fields are ignored, so a newer dataset still loads; `null` counts as
//! absent for optional fields.

use crate::data::*;
use crate::error::{DataError, Issue};
use crate::validate::validate;
use std::rc::Rc;

/// Parses and validates a dataset.
pub fn parse_dataset(text: &str) -> Result<Dataset, DataError> {
    crate::json_limits::check(text)?;
    let root = parse_json(text)?;
    #[cfg(not(target_arch = "wasm32"))]
    let root = &root;
    let mut d = Decoder::default();
    let data = d.dataset(&root);
    match data {
        Some(data) if d.issues.is_empty() => {
            let issues = validate(&data);
            if issues.is_empty() {
                Ok(data)
            } else {
                Err(DataError::Invalid(issues))
            }
        }
        _ => Err(DataError::Shape(d.issues)),
    }
}

/// Parses and validates a dataset, sharing the result with every widget on the page that
/// shows the same text while any of them is alive: several widgets of one article (cards
/// here, the table there) parse and hold it once.
///
/// The cache knows a text by its length and a 64-bit SipHash (keys drawn once per thread),
/// not by a copy of it: a 4 MB dataset is not held a second time as its own key. Two
/// different texts of one length would have to agree in all 64 bits to be mistaken for
/// each other.
pub fn parse_shared(text: &str) -> Result<Shared, DataError> {
    let (key, alive) = shared(text);
    if let Some(d) = alive {
        return Ok(d.into());
    }
    let data = Rc::new(parse_dataset(text)?);
    PARSED.with_borrow_mut(|(_, parsed)| parsed.push((key, Rc::downgrade(&data))));
    Ok(data.into())
}

thread_local! {
    /// Parsed datasets by (length, SipHash of the text), while a widget holds them.
    #[allow(clippy::type_complexity)]
    static PARSED: std::cell::RefCell<(
        std::collections::hash_map::RandomState,
        Vec<((usize, u64), std::rc::Weak<Dataset>)>,
    )> = Default::default();
}

/// [`parse_shared`] in pieces, with `pause().await` between them, so a big dataset never
/// blocks the page for long: a 4 MB file was one task of about 1.5 s on a phone (4× CPU
/// slowdown) in one piece (docs/PERFORMANCE.md). Its cache key; the split points of its
/// projects list (a scan, [`SCAN_BYTES`] at a time); the rest of the dataset; then the
/// projects, checked (`json_limits`), parsed (`JSON.parse`) and decoded a run at a time; the
/// validation, a run of projects at a time: a pause whenever about [`SLICE_MS`] have passed.
/// The result is exactly [`parse_dataset`]'s: a file that is not shaped as expected, or has
/// any problem, is parsed again in one piece for its report (errors need not be fast).
pub async fn parse_shared_in_tasks<F: std::future::Future<Output = ()>>(
    text: &str,
    mut pause: impl FnMut() -> F,
) -> Result<Shared, DataError> {
    if text.len() > crate::json_limits::MAX_BYTES {
        return Err(DataError::TooLarge(text.len()));
    }
    let (key, alive) = shared_in_tasks(text, &mut pause).await;
    if let Some(d) = alive {
        return Ok(d.into());
    }
    pause().await;
    let mut split = Split::default();
    let mut at = 0;
    while at < text.len() && split.scan(text, at + SCAN_BYTES).is_some() {
        at += SCAN_BYTES;
        pause().await;
    }
    let data = match split.done(text) {
        Some(split) => parse_split(text, split, &mut pause).await,
        None => None,
    };
    let data = match data {
        Some(data) => data,
        None => parse_dataset(text)?,
    };
    pause().await;
    // The clock starts before the dataset-wide checks: they and the first projects' checks
    // share one slice (9,000 ids in sets take a slice of their own on a phone).
    let mut slice = now_ms();
    let mut v = crate::validate::Validation::new(&data);
    let mut from = 0;
    while from < data.projects.len() {
        let to = data.projects.len().min(from + 64);
        v.projects(from..to);
        from = to;
        if now_ms() - slice > SLICE_MS {
            pause().await;
            slice = now_ms();
        }
    }
    let issues = v.finish();
    if !issues.is_empty() {
        return Err(DataError::Invalid(issues));
    }
    // Another widget may have finished the same text meanwhile: share the first.
    let data = Rc::new(data);
    let first = PARSED.with_borrow_mut(|(_, parsed)| {
        let first = parsed
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, d)| d.upgrade());
        if first.is_none() {
            parsed.push((key, Rc::downgrade(&data)));
        }
        first
    });
    Ok(first.unwrap_or(data).into())
}

/// How long one piece of [`parse_shared_in_tasks`] runs before it pauses (ms, wall clock: a
/// slow phone gets smaller pieces, each well under the 50 ms of a long task).
pub const SLICE_MS: f64 = 15.0;

/// How much text [`parse_shared_in_tasks`] scans for split points between two pauses.
pub const SCAN_BYTES: usize = 512 * 1024;

fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::time::{SystemTime, UNIX_EPOCH};
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
}

/// A scan for the top-level `"projects": [ … ]` list of a JSON text, in pieces: where the
/// list's inside is cut at its own commas (`cuts[0]` just after `[`, the last at `]`), so
/// that any run of its elements can be parsed on its own.
#[derive(Default)]
struct Split {
    i: usize,
    depth: usize,
    /// 0: before the key; 1: after it; 2: inside its list; 3: after the list.
    state: u8,
    cuts: Vec<usize>,
}

impl Split {
    /// Scans on to about byte `until` (a string is scanned to its end). `None` when the text
    /// cannot be split: a second `"projects"`, a top-level key written with an escape
    /// (`"proj\u0065cts"`: the platform's parser, not this scan, should decide which member
    /// counts), or brackets that close more than they open.
    fn scan(&mut self, text: &str, until: usize) -> Option<()> {
        let b = text.as_bytes();
        let (mut i, mut depth, mut state) = (self.i, self.depth, self.state);
        while i < b.len().min(until) {
            match b[i] {
                b'"' => {
                    let start = i;
                    let mut escaped = false;
                    i += 1;
                    while i < b.len() && b[i] != b'"' {
                        escaped |= b[i] == b'\\';
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                    let after = text.get(i + 1..)?.trim_start();
                    if depth == 1 && after.starts_with(':') {
                        if escaped {
                            return None;
                        }
                        if text.get(start..=i)? == "\"projects\"" {
                            if state != 0 {
                                return None;
                            }
                            state = u8::from(after[1..].trim_start().starts_with('['));
                        }
                    }
                }
                b'{' | b'[' => {
                    depth += 1;
                    if state == 1 && depth == 2 {
                        state = 2;
                        self.cuts.push(i + 1);
                    }
                }
                b'}' | b']' => {
                    if state == 2 && depth == 2 {
                        state = 3;
                        self.cuts.push(i);
                    }
                    depth = depth.checked_sub(1)?;
                }
                b',' if state == 2 && depth == 2 => self.cuts.push(i),
                _ => {}
            }
            i += 1;
        }
        (self.i, self.depth, self.state) = (i, depth, state);
        Some(())
    }

    /// After the whole text is scanned: the text with the list emptied, and the cuts.
    fn done(self, text: &str) -> Option<(String, Vec<usize>)> {
        let (first, end) = (*self.cuts.first()?, *self.cuts.last()?);
        if self.i < text.len() || self.state != 3 || text[first..end].trim().is_empty() {
            return None;
        }
        Some((format!("{}{}", &text[..first], &text[end..]), self.cuts))
    }
}

/// Decodes a text [`Split`] cut: the rest of the dataset in one piece, then the projects a
/// run at a time, pausing every [`SLICE_MS`]. `None` on any problem (the caller parses the
/// text in one piece to report it).
async fn parse_split<F: std::future::Future<Output = ()>>(
    text: &str,
    (rest, cuts): (String, Vec<usize>),
    pause: &mut impl FnMut() -> F,
) -> Option<Dataset> {
    crate::json_limits::check_within(&rest, 0).ok()?;
    let root = parse_json(&rest).ok()?;
    #[cfg(not(target_arch = "wasm32"))]
    let root = &root;
    // The emptied list must be the one the parser kept (no other member of that name).
    if !root.member("projects")?.items()?.is_empty() {
        return None;
    }
    let mut d = Decoder::default();
    let mut data = d.dataset(&root)?;
    pause().await;
    let mut slice = now_ms();
    // Runs of elements of at most ~64 KB of text: each checked and parsed on its own, as
    // deep as it sits in the whole text (inside the dataset and its list).
    let mut at = 0;
    while at + 1 < cuts.len() {
        let mut to = at + 1;
        while to + 1 < cuts.len() && cuts[to + 1] - cuts[at] < 65_536 {
            to += 1;
        }
        let run = format!("[{}]", &text[cuts[at] + usize::from(at > 0)..cuts[to]]);
        crate::json_limits::check_within(&run, 1).ok()?;
        let piece = parse_json(&run).ok()?;
        #[cfg(not(target_arch = "wasm32"))]
        let piece = &piece;
        d.path.push(Seg::Key("projects"));
        for item in piece.items()?.iter() {
            d.path.push(Seg::Index(data.projects.len()));
            let p = d.project(item);
            d.path.pop();
            data.projects.push(p?);
            if now_ms() - slice > SLICE_MS {
                pause().await;
                slice = now_ms();
            }
        }
        d.path.pop();
        at = to;
    }
    d.issues.is_empty().then_some(data)
}

/// The cache key of `text` and the dataset parsed from it, if a widget still holds it.
fn shared(text: &str) -> ((usize, u64), Option<Rc<Dataset>>) {
    let mut hasher = PARSED.with_borrow(|(keys, _)| std::hash::BuildHasher::build_hasher(keys));
    for piece in text.as_bytes().chunks(SCAN_BYTES) {
        std::hash::Hasher::write(&mut hasher, piece);
    }
    alive(text, hasher)
}

/// [`shared`], the text hashed a piece at a time with `pause().await` between pieces: the
/// same key, since both feed the hasher the same pieces ([`SCAN_BYTES`] each) in order.
async fn shared_in_tasks<F: std::future::Future<Output = ()>>(
    text: &str,
    pause: &mut impl FnMut() -> F,
) -> ((usize, u64), Option<Rc<Dataset>>) {
    let mut hasher = PARSED.with_borrow(|(keys, _)| std::hash::BuildHasher::build_hasher(keys));
    for (i, piece) in text.as_bytes().chunks(SCAN_BYTES).enumerate() {
        if i > 0 {
            pause().await;
        }
        std::hash::Hasher::write(&mut hasher, piece);
    }
    alive(text, hasher)
}

/// The key from a hasher that has read the text, and the dataset of that key still alive.
fn alive(text: &str, hasher: std::hash::DefaultHasher) -> ((usize, u64), Option<Rc<Dataset>>) {
    let key = (text.len(), std::hash::Hasher::finish(&hasher));
    PARSED.with_borrow_mut(|(_, parsed)| {
        parsed.retain(|(_, d)| d.strong_count() > 0);
        let alive = parsed
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, d)| d.upgrade());
        (key, alive)
    })
}

/// The kinds of JSON value, for "expected …, found …" messages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "a boolean",
            Kind::Number => "a number",
            Kind::String => "a string",
            Kind::Array => "a list",
            Kind::Object => "an object",
        }
    }
}

/// A parsed JSON value, as the decoder reads it.
pub trait Json: Sized {
    fn kind(&self) -> Kind;
    /// The member `key` of an object; `None` when absent or `null`.
    fn member(&self, key: &str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn items(&self) -> Option<Vec<Self>>;
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_json(text: &str) -> Result<serde_json::Value, DataError> {
    serde_json::from_str(text).map_err(|e| DataError::NotJson(e.to_string()))
}

#[cfg(not(target_arch = "wasm32"))]
impl Json for &serde_json::Value {
    fn kind(&self) -> Kind {
        use serde_json::Value as V;
        match self {
            V::Null => Kind::Null,
            V::Bool(_) => Kind::Bool,
            V::Number(_) => Kind::Number,
            V::String(_) => Kind::String,
            V::Array(_) => Kind::Array,
            V::Object(_) => Kind::Object,
        }
    }
    fn member(&self, key: &str) -> Option<Self> {
        self.get(key).filter(|v| !v.is_null())
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(String::from)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().map(|a| a.iter().collect())
    }
}

#[cfg(target_arch = "wasm32")]
fn parse_json(text: &str) -> Result<wasm_bindgen::JsValue, DataError> {
    js_sys::JSON::parse(text).map_err(|e| {
        DataError::NotJson(
            js_sys::Error::from(e)
                .message()
                .as_string()
                .unwrap_or_default(),
        )
    })
}

#[cfg(target_arch = "wasm32")]
impl Json for wasm_bindgen::JsValue {
    fn kind(&self) -> Kind {
        if self.is_null() || self.is_undefined() {
            Kind::Null
        } else if self.as_bool().is_some() {
            Kind::Bool
        } else if self.as_f64().is_some() {
            Kind::Number
        } else if self.is_string() {
            Kind::String
        } else if js_sys::Array::is_array(self) {
            Kind::Array
        } else {
            Kind::Object
        }
    }
    fn member(&self, key: &str) -> Option<Self> {
        if !self.is_object() || js_sys::Array::is_array(self) {
            return None;
        }
        js_sys::Reflect::get(self, &wasm_bindgen::JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_null() && !v.is_undefined())
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn items(&self) -> Option<Vec<Self>> {
        use wasm_bindgen::JsCast;
        js_sys::Array::is_array(self)
            .then(|| self.unchecked_ref::<js_sys::Array>().iter().collect())
    }
}

enum Seg {
    Key(&'static str),
    Index(usize),
}

/// Reads a JSON tree into the dataset types. Each reader returns `None` after recording why
/// at the current path; readers of objects read every member before giving up, so one pass
/// finds every shape problem.
#[derive(Default)]
struct Decoder {
    path: Vec<Seg>,
    issues: Vec<Issue>,
}

type Read<J, T> = fn(&mut Decoder, &J) -> Option<T>;

impl Decoder {
    fn fail<T>(&mut self, problem: String) -> Option<T> {
        let mut path = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Seg::Index(i) => {
                    path.push('[');
                    path.push_str(&i.to_string());
                    path.push(']');
                }
            }
        }
        if path.is_empty() {
            path.push_str("(top level)");
        }
        self.issues.push(Issue { path, problem });
        None
    }

    fn expected<J: Json, T>(&mut self, v: &J, what: &str) -> Option<T> {
        let found = v.kind().name();
        self.fail(format!("expected {what}, found {found}"))
    }

    fn object<J: Json>(&mut self, v: &J) -> Option<()> {
        match v.kind() {
            Kind::Object => Some(()),
            _ => self.expected(v, "an object"),
        }
    }

    /// Steps into member `key` of `obj` (the caller steps out with `leave`).
    #[inline(never)]
    fn enter<J: Json>(&mut self, obj: &J, key: &'static str) -> Option<J> {
        self.path.push(Seg::Key(key));
        obj.member(key)
    }

    fn leave<T>(&mut self, r: T) -> T {
        self.path.pop();
        r
    }

    /// The member `key` of `obj`, which must be present.
    fn req<J: Json, T>(&mut self, obj: &J, key: &'static str, read: Read<J, T>) -> Option<T> {
        let r = match self.enter(obj, key) {
            Some(v) => read(self, &v),
            None => self.missing(),
        };
        self.leave(r)
    }

    #[inline(never)]
    fn missing<T>(&mut self) -> Option<T> {
        self.fail("is missing".into())
    }

    /// The member `key` of `obj` if present: `Some(None)` when absent, `None` when wrong.
    fn opt<J: Json, T>(
        &mut self,
        obj: &J,
        key: &'static str,
        read: Read<J, T>,
    ) -> Option<Option<T>> {
        let r = match self.enter(obj, key) {
            Some(v) => read(self, &v).map(Some),
            None => Some(None),
        };
        self.leave(r)
    }

    fn list<J: Json, T>(&mut self, v: &J, read: Read<J, T>) -> Option<Vec<T>> {
        let Some(items) = v.items() else {
            return self.expected(v, "a list");
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            self.path.push(Seg::Index(i));
            match read(self, item) {
                Some(x) => out.push(x),
                None => ok = false,
            }
            self.path.pop();
        }
        ok.then_some(out)
    }

    fn str<J: Json>(&mut self, v: &J) -> Option<Rc<str>> {
        match v.string() {
            Some(s) => Some(s.into()),
            None => self.expected(v, "a string"),
        }
    }

    fn strs<J: Json>(&mut self, v: &J) -> Option<Vec<Rc<str>>> {
        self.list(v, Self::str)
    }

    fn text<J: Json>(&mut self, v: &J) -> Option<Text> {
        self.object(v)?;
        let at = self.issues.len();
        let t = Text {
            zh: self.req(v, "zh", Self::str).unwrap_or_default(),
            // English is optional: the widget falls back to the Chinese, marked as such.
            en: self.opt(v, "en", Self::str).flatten().unwrap_or_default(),
        };
        self.whole(at, t)
    }

    fn texts<J: Json>(&mut self, v: &J) -> Option<Vec<Text>> {
        self.list(v, Self::text)
    }

    /// A number, or a string holding a plain decimal (`"25.50"` keeps its zero).
    fn decimal<J: Json>(&mut self, v: &J) -> Option<Decimal> {
        if let Some(x) = v.number() {
            Decimal::from_f64(x)
                .or_else(|| self.fail("is not a number with at most 6 decimal places".into()))
        } else if let Some(s) = v.string() {
            Decimal::parse(&s).or_else(|| self.fail(format!("“{s}” is not a decimal number")))
        } else {
            self.expected(v, "a number")
        }
    }

    fn int<J: Json>(&mut self, v: &J) -> Option<i64> {
        match v.number() {
            Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => Some(x as i64),
            Some(_) => self.fail("is not a whole number".into()),
            None => self.expected(v, "a whole number"),
        }
    }

    /// One of `keys`' names, as its value.
    fn one_of<J: Json, T: Copy>(&mut self, v: &J, what: &str, keys: &[(&str, T)]) -> Option<T> {
        let s = self.str(v)?;
        if let Some((_, t)) = keys.iter().find(|(k, _)| *k == &*s) {
            return Some(*t);
        }
        let names: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
        self.fail(format!("“{s}” is not {what} ({})", names.join(", ")))
    }

    /// Any unit, as the article writes it (the widget knows many: see [`crate::units`]).
    fn unit<J: Json>(&mut self, v: &J) -> Option<Unit> {
        let s = self.str(v)?;
        Some(Unit::new(s.trim()))
    }

    fn status<J: Json>(&mut self, v: &J) -> Option<Status> {
        self.one_of(v, "a status", &Status::KEYS)
    }

    fn qualifier<J: Json>(&mut self, v: &J) -> Option<Qualifier> {
        self.one_of(v, "a qualifier", &Qualifier::KEYS)
    }

    fn elapsed<J: Json>(&mut self, v: &J) -> Option<[i64; 2]> {
        match *self.list(v, Self::int)? {
            [done, of] => Some([done, of]),
            _ => self.fail("expected two whole numbers: [months elapsed, of months]".into()),
        }
    }

    /// `value` if nothing went wrong since `at` issues: a struct is read field by field, each
    /// missing one standing in as a default, so no field's problem hides another's.
    fn whole<T>(&self, at: usize, value: T) -> Option<T> {
        (self.issues.len() == at).then_some(value)
    }

    fn change<J: Json>(&mut self, v: &J) -> Option<Change> {
        self.object(v)?;
        let at = self.issues.len();
        let c = Change {
            value: self.req(v, "value", Self::decimal).unwrap_or_default(),
            unit: self.req(v, "unit", Self::unit).unwrap_or_default(),
            written: self.opt(v, "written", Self::str).flatten(),
        };
        self.whole(at, c)
    }

    fn share<J: Json>(&mut self, v: &J) -> Option<Share> {
        self.object(v)?;
        let at = self.issues.len();
        let s = Share {
            scope: self.req(v, "scope", Self::text).unwrap_or_default(),
            value: self.req(v, "value", Self::decimal).unwrap_or_default(),
        };
        self.whole(at, s)
    }

    fn progress<J: Json>(&mut self, v: &J) -> Option<Progress> {
        self.object(v)?;
        let at = self.issues.len();
        let p = Progress {
            value: self.req(v, "value", Self::decimal).unwrap_or_default(),
            target: self.req(v, "target", Self::text).unwrap_or_default(),
        };
        self.whole(at, p)
    }

    fn rank<J: Json>(&mut self, v: &J) -> Option<Rank> {
        self.object(v)?;
        let at = self.issues.len();
        let r = Rank {
            scope: self.req(v, "scope", Self::text).unwrap_or_default(),
            position: self.req(v, "position", Self::int).unwrap_or_default(),
            written: self.req(v, "written", Self::str).unwrap_or_default(),
            tied_with: self.opt(v, "tied_with", Self::text).flatten(),
        };
        self.whole(at, r)
    }

    fn derived<J: Json>(&mut self, v: &J) -> Option<Derived> {
        self.object(v)?;
        let at = self.issues.len();
        let d = Derived {
            formula: self.req(v, "formula", Self::text).unwrap_or_default(),
            from: self.req(v, "from", Self::strs).unwrap_or_default(),
        };
        self.whole(at, d)
    }

    fn indicator<J: Json>(&mut self, v: &J) -> Option<Indicator> {
        self.object(v)?;
        let at = self.issues.len();
        let i = Indicator {
            id: self.req(v, "id", Self::str).unwrap_or_default(),
            category: self.req(v, "category", Self::str).unwrap_or_default(),
            label: self.req(v, "label", Self::text).unwrap_or_default(),
            value: self.req(v, "value", Self::decimal).unwrap_or_default(),
            unit: self.req(v, "unit", Self::unit).unwrap_or_default(),
            period: self.req(v, "period", Self::str).unwrap_or_default(),
            qualifier: self.opt(v, "qualifier", Self::qualifier).flatten(),
            written: self.opt(v, "written", Self::text).flatten(),
            noun_en: self.opt(v, "noun_en", Self::str).flatten(),
            yoy: self.opt(v, "yoy", Self::change).flatten(),
            shares: self
                .opt(v, "shares", |d, v| d.list(v, Self::share))
                .flatten()
                .unwrap_or_default(),
            progress: self.opt(v, "progress", Self::progress).flatten(),
            rank: self.opt(v, "rank", Self::rank).flatten(),
            part_of: self.opt(v, "part_of", Self::str).flatten(),
            derived: self.opt(v, "derived", Self::derived).flatten(),
            note: self.opt(v, "note", Self::str).flatten(),
            review: self.opt(v, "review", Self::str).flatten(),
            quote: self.req(v, "quote", Self::str).unwrap_or_default(),
            highlight: self.req(v, "highlight", Self::str).unwrap_or_default(),
        };
        self.whole(at, i)
    }

    fn project<J: Json>(&mut self, v: &J) -> Option<Project> {
        self.object(v)?;
        let at = self.issues.len();
        let p = Project {
            id: self.req(v, "id", Self::str).unwrap_or_default(),
            name: self.req(v, "name", Self::text).unwrap_or_default(),
            status: self
                .req(v, "status", Self::status)
                .unwrap_or(Status::Signed),
            category: self.opt(v, "category", Self::str).flatten(),
            amount: self.opt(v, "amount", Self::decimal).flatten(),
            count: self.opt(v, "count", Self::int).flatten(),
            derived: self.opt(v, "derived", Self::derived).flatten(),
            review: self.opt(v, "review", Self::str).flatten(),
            quote: self.req(v, "quote", Self::str).unwrap_or_default(),
            highlight: self.req(v, "highlight", Self::str).unwrap_or_default(),
        };
        self.whole(at, p)
    }

    fn category<J: Json>(&mut self, v: &J) -> Option<Category> {
        self.object(v)?;
        let at = self.issues.len();
        let c = Category {
            id: self.req(v, "id", Self::str).unwrap_or_default(),
            label: self.req(v, "label", Self::text).unwrap_or_default(),
        };
        self.whole(at, c)
    }

    fn categories<J: Json>(&mut self, v: &J) -> Option<Vec<Category>> {
        self.list(v, Self::category)
    }

    fn period<J: Json>(&mut self, v: &J) -> Option<Period> {
        self.object(v)?;
        let at = self.issues.len();
        let p = Period {
            id: self.req(v, "id", Self::str).unwrap_or_default(),
            label: self.req(v, "label", Self::text).unwrap_or_default(),
            elapsed: self.opt(v, "elapsed", Self::elapsed).flatten(),
        };
        self.whole(at, p)
    }

    fn note<J: Json>(&mut self, v: &J) -> Option<Note> {
        self.object(v)?;
        let at = self.issues.len();
        let n = Note {
            id: self.req(v, "id", Self::str).unwrap_or_default(),
            text: self.req(v, "text", Self::text).unwrap_or_default(),
            refs: self.req(v, "refs", Self::strs).unwrap_or_default(),
        };
        self.whole(at, n)
    }

    fn article<J: Json>(&mut self, v: &J) -> Option<Article> {
        self.object(v)?;
        let at = self.issues.len();
        let a = Article {
            title: self.req(v, "title", Self::str).unwrap_or_default(),
            subtitle: self.req(v, "subtitle", Self::str).unwrap_or_default(),
            date: self.req(v, "date", Self::str).unwrap_or_default(),
            place: self.req(v, "place", Self::text).unwrap_or_default(),
            byline: self.req(v, "byline", Self::str).unwrap_or_default(),
            sections: self.req(v, "sections", Self::texts).unwrap_or_default(),
        };
        self.whole(at, a)
    }

    fn dataset<J: Json>(&mut self, v: &J) -> Option<Dataset> {
        self.object(v)?;
        let at = self.issues.len();
        let d = Dataset {
            schema: self.req(v, "schema", Self::int).unwrap_or_default(),
            article: self.req(v, "article", Self::article).unwrap_or_default(),
            periods: self
                .req(v, "periods", |d, v| d.list(v, Self::period))
                .unwrap_or_default(),
            categories: self
                .req(v, "categories", Self::categories)
                .unwrap_or_default(),
            project_categories: self
                .req(v, "project_categories", Self::categories)
                .unwrap_or_default(),
            headline: self.req(v, "headline", Self::strs).unwrap_or_default(),
            indicators: self
                .req(v, "indicators", |d, v| d.list(v, Self::indicator))
                .unwrap_or_default(),
            projects: self
                .opt(v, "projects", |d, v| d.list(v, Self::project))
                .flatten()
                .unwrap_or_default(),
            notes: self
                .opt(v, "notes", |d, v| d.list(v, Self::note))
                .flatten()
                .unwrap_or_default(),
        };
        self.whole(at, d)
    }
}
