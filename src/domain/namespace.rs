//! A host's `data-namespace` as the start of its storage keys. Every name maps to its own keys: letters,
//! digits, `-` and `_` are kept, anything else is percent-encoded (its UTF-8 bytes, `%` included), so
//! `一车间` and `二车间` never meet, and a name that was already plain ASCII keeps exactly the keys it had.

use super::bank::BankRef;
use super::text::Lang;

/// The namespace of a host that names none.
pub const DEFAULT_NAMESPACE: &str = "qmpc";
/// The longest namespace accepted, in characters, so keys stay short in every browser's storage.
pub const MAX_NAMESPACE_CHARS: usize = 64;

/// Why a `data-namespace` cannot be used; the widget then uses [`DEFAULT_NAMESPACE`] and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamespaceProblem {
    /// Empty, or only white space.
    Empty,
    TooLong,
}

impl NamespaceProblem {
    pub fn reason(&self, lang: Lang) -> String {
        match (self, lang) {
            (NamespaceProblem::Empty, Lang::Zh) => "为空".into(),
            (NamespaceProblem::Empty, Lang::En) => "it is empty".into(),
            (NamespaceProblem::TooLong, Lang::Zh) => {
                format!("超过 {MAX_NAMESPACE_CHARS} 个字符")
            }
            (NamespaceProblem::TooLong, Lang::En) => {
                format!("it is longer than {MAX_NAMESPACE_CHARS} characters")
            }
        }
    }
}

/// The key namespace of a `data-namespace` value: trimmed, then escaped. `qmpc` → `qmpc`,
/// `一车间` → `%E4%B8%80%E8%BD%A6%E9%97%B4`, `a:b` → `a%3Ab`.
pub fn key_namespace(attr: &str) -> Result<String, NamespaceProblem> {
    let name = attr.trim();
    if name.is_empty() {
        return Err(NamespaceProblem::Empty);
    }
    if name.chars().count() > MAX_NAMESPACE_CHARS {
        return Err(NamespaceProblem::TooLong);
    }
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    Ok(out)
}

/// The keys an earlier release used for `attr`: the other characters were dropped. `None` when that is
/// the same as today's namespace, or nothing was left (those hosts fell back to the default namespace,
/// which was shared, so its data cannot be said to be theirs).
pub fn earlier_key_namespace(attr: &str) -> Option<String> {
    let stripped: String = attr
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let today = key_namespace(attr).ok();
    (!stripped.is_empty() && today.as_deref() != Some(stripped.as_str())).then_some(stripped)
}

/// Which namespace a host's drafts live in: today's, unless only the earlier release's keys hold data,
/// so drafts written before the escaping stay where they are and nothing moves.
pub fn choose_namespace(
    attr: &str,
    has_data: impl Fn(&str) -> bool,
) -> Result<String, NamespaceProblem> {
    let today = key_namespace(attr)?;
    match earlier_key_namespace(attr) {
        Some(earlier) if !has_data(&today) && has_data(&earlier) => Ok(earlier),
        _ => Ok(today),
    }
}

/// The namespace drafts are stored under: the host's, then the bank's id and version when it is not the
/// built-in bank (drafts of one bank never meet another's), then `-demo` in trainer mode.
pub fn storage_namespace(namespace: &str, bank: Option<&BankRef>, trainer: bool) -> String {
    let mut ns = namespace.to_string();
    if let Some(b) = bank {
        let id: String = format!("{}-{}", b.id, b.version)
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        ns = format!("{ns}~{id}");
    }
    if trainer {
        ns.push_str("-demo");
    }
    ns
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_namespaces_keep_their_keys() {
        for ns in ["qmpc", "plant-1", "line_2", "A1"] {
            assert_eq!(key_namespace(ns).as_deref(), Ok(ns));
            assert_eq!(earlier_key_namespace(ns), None);
        }
        assert_eq!(key_namespace("  plant-1 ").as_deref(), Ok("plant-1"));
    }

    #[test]
    fn every_other_name_is_escaped_to_its_own_keys() {
        let one = key_namespace("一车间").unwrap();
        let two = key_namespace("二车间").unwrap();
        assert_ne!(one, two);
        assert_eq!(one, "%E4%B8%80%E8%BD%A6%E9%97%B4");
        assert_eq!(key_namespace("a:b").as_deref(), Ok("a%3Ab"));
        assert_eq!(key_namespace("plant 1").as_deref(), Ok("plant%201"));
        // `%` itself is escaped, so no name can spell another's keys.
        assert_ne!(key_namespace("a%3Ab"), key_namespace("a:b"));
        assert_ne!(key_namespace("ab"), key_namespace("a:b"));
        assert_eq!(key_namespace("车间"), key_namespace(" 车间 "), "trimmed");
        let names = [
            "一车间",
            "二车间",
            "a:b",
            "a b",
            "a%b",
            "ab",
            "a_b",
            "a-b",
            "ÄB",
            "äb",
        ];
        let keys: std::collections::BTreeSet<_> =
            names.iter().map(|n| key_namespace(n).unwrap()).collect();
        assert_eq!(keys.len(), names.len());
        for k in &keys {
            assert!(!k.contains(':'), "{k}");
        }
    }

    #[test]
    fn a_namespace_that_cannot_be_used_says_why() {
        assert_eq!(key_namespace(""), Err(NamespaceProblem::Empty));
        assert_eq!(key_namespace(" \u{3000} "), Err(NamespaceProblem::Empty));
        assert_eq!(
            key_namespace(&"车".repeat(MAX_NAMESPACE_CHARS + 1)),
            Err(NamespaceProblem::TooLong)
        );
        assert!(key_namespace(&"车".repeat(MAX_NAMESPACE_CHARS)).is_ok());
        assert!(NamespaceProblem::TooLong.reason(Lang::En).contains("64"));
    }

    #[test]
    fn drafts_under_the_earlier_keys_stay_where_they_are() {
        // The first release stripped `plant 1` to `plant1`; drafts there are still found.
        let only_earlier = |ns: &str| ns == "plant1";
        assert_eq!(
            choose_namespace("plant 1", only_earlier).as_deref(),
            Ok("plant1")
        );
        let both = |_: &str| true;
        assert_eq!(
            choose_namespace("plant 1", both).as_deref(),
            Ok("plant%201")
        );
        let none = |_: &str| false;
        assert_eq!(
            choose_namespace("plant 1", none).as_deref(),
            Ok("plant%201")
        );
        // A name that lost every character fell back to the shared default: that is never adopted.
        assert_eq!(earlier_key_namespace("一车间"), None);
        assert_eq!(
            choose_namespace("一车间", |ns| ns == DEFAULT_NAMESPACE).unwrap(),
            key_namespace("一车间").unwrap()
        );
    }

    #[test]
    fn bank_and_trainer_keep_their_own_spaces() {
        let b = BankRef {
            id: "plant bank".into(),
            version: "1.0".into(),
            hash: "sha256:00".into(),
        };
        assert_eq!(storage_namespace("qmpc", None, false), "qmpc");
        assert_eq!(
            storage_namespace("qmpc", Some(&b), true),
            "qmpc~plant_bank-1_0-demo"
        );
    }
}
