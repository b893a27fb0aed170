//! A small JSON reader and writer for the app's own files: answer files, stored drafts and banks.
//!
//! A general JSON library costs several times this module in the wasm bundle; the formats here need only
//! objects, arrays, strings, whole numbers and short decimals. Numbers keep the text they were read from,
//! so a value is written back exactly as it came in, and objects keep their key order.

use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number as written in the source, already checked against the JSON grammar.
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Where and why a text is not JSON; line and column are 1-based, the column counts characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub detail: &'static str,
}

/// Objects and arrays nested deeper than this are refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

impl Json {
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut p = Parser {
            t: text,
            s: text.as_bytes(),
            i: 0,
            depth: 0,
        };
        p.ws();
        let v = p.value()?;
        p.ws();
        if p.i < p.s.len() {
            return Err(p.err("trailing characters"));
        }
        Ok(v)
    }

    /// The last value under `key` (a repeated key keeps its last value, as most readers do).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A whole, non-negative number (`3`, also `3.0`), as JSON readers usually accept.
    pub fn as_u64(&self) -> Option<u64> {
        let Json::Num(n) = self else {
            return None;
        };
        let digits = n.strip_suffix(".0").unwrap_or(n);
        if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.bytes().try_fold(0u64, |acc, b| {
            acc.checked_mul(10)?.checked_add(u64::from(b - b'0'))
        })
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Num(n) => Some(parse_number(n)),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// Set `key`, replacing the value `get` reads (the last, if the key repeats); does nothing on a non-object.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Json::Obj(fields) = self {
            match fields.iter_mut().rev().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = value,
                None => fields.push((key.to_string(), value)),
            }
        }
    }

    pub fn uint(n: u64) -> Json {
        Json::Num(n.to_string())
    }

    /// A decimal with at most `places` digits after the point, trailing zeros dropped.
    pub fn decimal(x: f64, places: u32) -> Json {
        if x.is_finite() {
            Json::Num(format_decimal(x, places))
        } else {
            Json::Null
        }
    }

    pub fn str(s: &str) -> Json {
        Json::Str(s.to_string())
    }

    /// Compact text, keys in their stored order.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, false);
        out
    }

    /// Two-space indented text, for files people may open.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0), false);
        out
    }

    /// Compact text with every object's keys sorted: equal values give equal strings, whatever the source's
    /// key order or spacing.
    pub fn to_canonical(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, true);
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, sorted: bool) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => out.push_str(n),
            Json::Str(s) => write_str(out, s),
            Json::Arr(items) => {
                out.push('[');
                for (k, v) in items.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    newline(out, indent.map(|d| d + 1));
                    v.write(out, indent.map(|d| d + 1), sorted);
                }
                if !items.is_empty() {
                    newline(out, indent);
                }
                out.push(']');
            }
            Json::Obj(fields) => {
                let mut order: Vec<&(String, Json)> = fields.iter().collect();
                if sorted {
                    super::sort::sort_by(&mut order, |a, b| a.0 < b.0);
                    order.dedup_by(|later, earlier| {
                        let same = later.0 == earlier.0;
                        if same {
                            *earlier = *later;
                        }
                        same
                    });
                }
                out.push('{');
                for (k, (key, v)) in order.into_iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    newline(out, indent.map(|d| d + 1));
                    write_str(out, key);
                    out.push(':');
                    if indent.is_some() {
                        out.push(' ');
                    }
                    v.write(out, indent.map(|d| d + 1), sorted);
                }
                if !fields.is_empty() {
                    newline(out, indent);
                }
                out.push('}');
            }
        }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::str(s)
    }
}

impl From<&String> for Json {
    fn from(s: &String) -> Json {
        Json::str(s)
    }
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(d) = indent {
        out.push('\n');
        for _ in 0..d {
            out.push_str("  ");
        }
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    // Copy runs that need no escape in one go; long notes are mostly such a run.
    let mut rest = s;
    while let Some(cut) = rest
        .bytes()
        .position(|b| b < 0x20 || b == b'"' || b == b'\\')
    {
        // The byte found is ASCII, so `cut` and `cut + 1` are character boundaries.
        out.push_str(&rest[..cut]);
        let c = char::from(rest.as_bytes()[cut]);
        rest = &rest[cut + 1..];
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
        }
    }
    out.push_str(rest);
    out.push('"');
}

/// `x` rounded to `places` decimals, without exponent or trailing zeros: 98.6 → "98.6", 3.0 → "3".
pub fn format_decimal(x: f64, places: u32) -> String {
    decimal_text(x, places, true)
}

/// `x` with exactly `places` decimals, as shown on screen: 3.4 → "3.40" for two places.
pub fn fixed(x: f64, places: u32) -> String {
    decimal_text(x, places, false)
}

fn decimal_text(x: f64, places: u32, trim: bool) -> String {
    let scale = 10u64.pow(places);
    let scaled = (x.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= 1e18 {
        return if x < 0.0 { "-0".into() } else { "0".into() };
    }
    let scaled = scaled as u64;
    let (whole, mut frac) = (scaled / scale, scaled % scale);
    let mut out = String::new();
    if x < 0.0 && scaled > 0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if frac > 0 || (!trim && places > 0) {
        let mut width = places as usize;
        while trim && frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        let digits = frac.to_string();
        out.push('.');
        for _ in digits.len()..width {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

/// A decimal as a person types it (`98.6`, `-3`, `0,5` with a comma), or `None` if it is not one.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    let body = t.strip_prefix('-').unwrap_or(&t);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty()
        || !digits(int)
        || !digits(frac)
        || body.ends_with('.') && int.is_empty()
    {
        return None;
    }
    let int = if int.is_empty() { "0" } else { int };
    let frac = if frac.is_empty() { "0" } else { frac };
    let sign = if t.starts_with('-') { "-" } else { "" };
    Some(parse_number(&format!("{sign}{int}.{frac}")))
}

/// The value of a number that passed the JSON grammar. Exact for up to 15 significant digits and small
/// exponents, which covers every number these files hold; others come out within a few units of the last
/// place.
pub fn parse_number(n: &str) -> f64 {
    let (neg, body) = match n.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, n),
    };
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(cut) => (&body[..cut], body[cut + 1..].parse::<i32>().unwrap_or(0)),
        None => (body, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: u64 = 0;
    let mut shift = exp;
    let mut dropped = 0i32;
    for b in int.bytes().chain(frac.bytes()) {
        if digits < 100_000_000_000_000_000 {
            digits = digits * 10 + u64::from(b - b'0');
        } else {
            dropped += 1;
        }
    }
    shift = shift - frac.len() as i32 + dropped;
    let mut v = digits as f64;
    if shift >= 0 {
        v *= pow10(shift);
    } else {
        v /= pow10(-shift);
    }
    if neg {
        -v
    } else {
        v
    }
}

fn pow10(e: i32) -> f64 {
    let mut r = 1.0;
    for _ in 0..e.min(400) {
        r *= 10.0;
    }
    r
}

struct Parser<'a> {
    t: &'a str,
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, detail: &'static str) -> JsonError {
        let upto = &self.s[..self.i.min(self.s.len())];
        let line = 1 + upto.iter().filter(|b| **b == b'\n').count();
        let start = upto.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
        let column = 1 + String::from_utf8_lossy(&upto[start..]).chars().count();
        JsonError {
            line,
            column,
            detail,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &[u8], v: Json) -> Result<Json, JsonError> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        match self.peek() {
            None => Err(self.err("the text ends where a value should be")),
            Some(b'n') => self.eat(b"null", Json::Null),
            Some(b't') => self.eat(b"true", Json::Bool(true)),
            Some(b'f') => self.eat(b"false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'[') => {
                self.enter()?;
                let mut items = Vec::new();
                if !self.closes(b']') {
                    loop {
                        self.ws();
                        items.push(self.value()?);
                        if !self.more(
                            b']',
                            "the text ends inside a list",
                            "expected , or ] in a list",
                        )? {
                            break;
                        }
                    }
                }
                self.depth -= 1;
                Ok(Json::Arr(items))
            }
            Some(b'{') => {
                self.enter()?;
                let mut fields = Vec::new();
                if !self.closes(b'}') {
                    loop {
                        self.ws();
                        if self.peek() != Some(b'"') {
                            return Err(self.err("expected a quoted key"));
                        }
                        let key = self.string()?;
                        self.ws();
                        if self.peek() != Some(b':') {
                            return Err(self.err("expected : after a key"));
                        }
                        self.i += 1;
                        self.ws();
                        fields.push((key, self.value()?));
                        if !self.more(
                            b'}',
                            "the text ends inside an object",
                            "expected , or } in an object",
                        )? {
                            break;
                        }
                    }
                }
                self.depth -= 1;
                Ok(Json::Obj(fields))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.err("expected a value")),
        }
    }

    /// Right after an opening bracket: whether `close` follows at once (an empty list or object).
    fn closes(&mut self, close: u8) -> bool {
        self.ws();
        let empty = self.peek() == Some(close);
        if empty {
            self.i += 1;
        }
        empty
    }

    /// After an item: a comma means another item follows, `close` ends the container.
    fn more(
        &mut self,
        close: u8,
        ends_inside: &'static str,
        expected: &'static str,
    ) -> Result<bool, JsonError> {
        self.ws();
        match self.peek() {
            Some(b',') => {
                self.i += 1;
                Ok(true)
            }
            Some(b) if b == close => {
                self.i += 1;
                Ok(false)
            }
            None => Err(self.err(ends_inside)),
            _ => Err(self.err(expected)),
        }
    }

    fn enter(&mut self) -> Result<(), JsonError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        self.i += 1;
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err(self.err("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        // Only ASCII was consumed, so this slice is valid UTF-8.
        let text = self.t[start..self.i].to_string();
        Ok(Json::Num(text))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.err("invalid \\u escape"))?;
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let Some(b) = self.peek() else {
                return Err(self.err("the text ends inside a string"));
            };
            match b {
                b'"' => {
                    self.i += 1;
                    break;
                }
                b'\\' => {
                    self.i += 1;
                    let e = self
                        .peek()
                        .ok_or_else(|| self.err("the text ends inside a string"))?;
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.s[self.i..].starts_with(b"\\u") {
                                    return Err(self.err("unpaired surrogate in a \\u escape"));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("unpaired surrogate in a \\u escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code)
                                .ok_or_else(|| self.err("unpaired surrogate in a \\u escape"))?
                        }
                        _ => {
                            self.i -= 1;
                            return Err(self.err("invalid escape in a string"));
                        }
                    };
                    out.push(c);
                }
                0..=0x1f => return Err(self.err("control character inside a string")),
                _ => {
                    // Take the whole run up to the next quote, escape or control character.
                    // The run ends at an ASCII byte or the end, so both ends are character boundaries.
                    let run = &self.s[self.i..];
                    let len = run
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .unwrap_or(run.len());
                    out.push_str(&self.t[self.i..self.i + len]);
                    self.i += len;
                }
            }
        }
        Ok(out)
    }
}

/// Reading helpers for typed records: a missing or mistyped field becomes a short reason naming it.
pub fn field<'a>(v: &'a Json, key: &str) -> Result<&'a Json, String> {
    v.get(key).ok_or_else(|| format!("missing field `{key}`"))
}

pub fn str_field(v: &Json, key: &str) -> Result<String, String> {
    field(v, key)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("`{key}` is not text"))
}

/// Text that may be absent (or null); absent reads as empty.
pub fn opt_str(v: &Json, key: &str) -> Result<String, String> {
    match v.get(key) {
        None | Some(Json::Null) => Ok(String::new()),
        Some(Json::Str(s)) => Ok(s.clone()),
        Some(_) => Err(format!("`{key}` is not text")),
    }
}

pub fn u64_field(v: &Json, key: &str) -> Result<u64, String> {
    field(v, key)?
        .as_u64()
        .ok_or_else(|| format!("`{key}` is not a whole number"))
}

/// An object whose fields are written in the order they are added; empty optional fields are skipped.
#[derive(Default)]
pub struct ObjBuilder(Vec<(String, Json)>);

impl ObjBuilder {
    pub fn new() -> ObjBuilder {
        ObjBuilder(Vec::new())
    }
    pub fn put(mut self, key: &str, v: Json) -> ObjBuilder {
        self.0.push((key.to_string(), v));
        self
    }
    pub fn text(self, key: &str, s: &str) -> ObjBuilder {
        self.put(key, Json::str(s))
    }
    /// Text written only when not empty.
    pub fn text_opt(self, key: &str, s: &str) -> ObjBuilder {
        if s.is_empty() {
            self
        } else {
            self.text(key, s)
        }
    }
    pub fn build(self) -> Json {
        Json::Obj(self.0)
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_and_writes_every_kind_of_value() {
        let text = r#"{"a":[1,-2.5,3e2,true,false,null],"b":{"c":"x\"\\\n\u00e9\ud83d\ude00/"},"d":[],"e":{}}"#;
        let v = Json::parse(text).unwrap();
        assert_eq!(v.get("a").unwrap().as_array().unwrap().len(), 6);
        assert_eq!(
            v.get("b").unwrap().get("c").unwrap().as_str(),
            Some("x\"\\\né😀/")
        );
        // Written back compactly, only escapes that must be escaped remain.
        assert_eq!(
            v.to_compact(),
            r#"{"a":[1,-2.5,3e2,true,false,null],"b":{"c":"x\"\\\né😀/"},"d":[],"e":{}}"#
        );
        assert_eq!(Json::parse(&v.to_pretty()).unwrap(), v);
        assert!(v.to_pretty().contains("\n  \"a\": [\n    1,"));
    }

    #[test]
    fn errors_say_where_with_lines_and_characters() {
        let e = Json::parse("{\n  \"名称\": tru }").unwrap_err();
        assert_eq!((e.line, e.column), (2, 9));
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "\"\\x\"",
            "\"a",
            "[1 2]",
            "{} x",
            "\"\u{1}\"",
            "{'a':1}",
            "\"\\ud800\"",
            "1e",
        ] {
            assert!(Json::parse(bad).is_err(), "{bad:?} should be refused");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(Json::parse(&deep).unwrap_err().detail, "nested too deeply");
    }

    #[test]
    fn canonical_text_sorts_keys_and_keeps_the_last_of_repeated_ones() {
        let a = Json::parse(r#"{"b":1,"a":{"d":[2],"c":"x"},"b":3}"#).unwrap();
        assert_eq!(a.to_canonical(), r#"{"a":{"c":"x","d":[2]},"b":3}"#);
        assert_eq!(a.get("b").unwrap().as_u64(), Some(3));
        // What `set` writes is what `get` then reads, even with the key repeated.
        let mut a = a;
        a.set("b", Json::uint(4));
        assert_eq!(a.get("b").unwrap().as_u64(), Some(4));
        assert_eq!(a.to_canonical(), r#"{"a":{"c":"x","d":[2]},"b":4}"#);
    }

    #[test]
    fn numbers_read_and_write_as_people_write_them() {
        for (s, x) in [
            ("98.6", 98.6),
            ("0.1", 0.1),
            ("-3", -3.0),
            ("2.5e1", 25.0),
            ("1E-2", 0.01),
        ] {
            assert_eq!(parse_number(s), x, "{s}");
        }
        assert_eq!(format_decimal(98.6, 6), "98.6");
        assert_eq!(format_decimal(3.0, 2), "3");
        assert_eq!(format_decimal(3.456, 2), "3.46");
        assert_eq!(format_decimal(0.05, 2), "0.05");
        assert_eq!(format_decimal(-1.5, 2), "-1.5");
        assert_eq!(fixed(3.4, 2), "3.40");
        assert_eq!(fixed(3.0, 2), "3.00");
        assert_eq!(fixed(0.004, 2), "0.00");
        assert_eq!(fixed(-0.25, 1), "-0.3");
        assert_eq!(fixed(12.5, 0), "13");
        assert_eq!(Json::Num("3.0".into()).as_u64(), Some(3));
        for (typed, x) in [
            ("98.6", Some(98.6)),
            (" 0,5 ", Some(0.5)),
            ("-3", Some(-3.0)),
            (".5", Some(0.5)),
            ("7.", Some(7.0)),
        ] {
            assert_eq!(parse_decimal(typed), x, "{typed}");
        }
        for bad in ["", "-", ".", "1e3", "1.2.3", "abc", "١٢", "+1", "--1"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        assert_eq!(Json::Num("3.5".into()).as_u64(), None);
        assert_eq!(Json::Num("-3".into()).as_u64(), None);
    }

    proptest! {
        /// Whatever text goes in comes back out, in both writers, and serde_json reads our output the same way.
        #[test]
        fn strings_round_trip_and_agree_with_serde_json(s in "\\PC*|[\\u{0}-\\u{40}]*") {
            let v = Json::Obj(vec![("k".into(), Json::Str(s.clone()))]);
            prop_assert_eq!(Json::parse(&v.to_compact()).unwrap(), v.clone());
            prop_assert_eq!(Json::parse(&v.to_pretty()).unwrap(), v.clone());
            let theirs: serde_json::Value = serde_json::from_str(&v.to_compact()).unwrap();
            prop_assert_eq!(theirs["k"].as_str().unwrap(), s.as_str());
            prop_assert_eq!(serde_json::to_string(&theirs).unwrap(), v.to_canonical());
        }

        #[test]
        fn decimals_round_trip(n in -1_000_000_000i64..1_000_000_000, places in 0u32..7) {
            let x = n as f64 / 10f64.powi(places as i32);
            let text = format_decimal(x, places);
            prop_assert_eq!(parse_number(&text), x);
        }

        /// Random bytes never panic the reader.
        #[test]
        fn any_text_is_a_value_or_an_error(s in "[\\[\\]{}\",:0-9eE.+\\-a-z\\\\ \n]{0,40}") {
            let _ = Json::parse(&s);
        }
    }
}
