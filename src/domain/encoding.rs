//! Which encoding a file's bytes are in, before they become text. Answer and bank files are written as
//! UTF-8 by the app, but an editor on a Chinese Windows system may save them again in the system code page
//! (GBK, whose superset is GB18030) or as UTF-16. The browser's `TextDecoder` does the decoding; this
//! decides which one, so text is never shown as mojibake.

/// The legacy encoding tried for text that is not UTF-8: GB18030 contains GBK and GB2312 (WHATWG Encoding).
pub const LEGACY: &str = "gb18030";
/// How the legacy encoding is named to people.
pub const LEGACY_NAME: &str = "GB18030 (GBK)";

/// What a file's first bytes say about its encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// Valid UTF-8, with the byte-order mark removed if there was one.
    Utf8(String),
    /// A UTF-16 byte-order mark: decode the rest with the browser (`utf-16le` or `utf-16be`).
    Utf16 { big_endian: bool },
    /// Not valid UTF-8 and no byte-order mark: decode as [`LEGACY`] and tell the person.
    NotUtf8,
}

impl Sniffed {
    /// The `TextDecoder` label for the bytes that still need decoding; `None` for UTF-8 text.
    pub fn decoder_label(&self) -> Option<&'static str> {
        match self {
            Sniffed::Utf8(_) => None,
            Sniffed::Utf16 { big_endian: false } => Some("utf-16le"),
            Sniffed::Utf16 { big_endian: true } => Some("utf-16be"),
            Sniffed::NotUtf8 => Some(LEGACY),
        }
    }
}

/// Look at a file's bytes: UTF-8 with or without a byte-order mark, UTF-16 by its byte-order mark, or
/// something else. UTF-16 without a mark is not guessed; it is not valid UTF-8 when it holds any text
/// beyond ASCII, and as ASCII it is refused by the JSON reader with its own reason.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    match bytes {
        [0xFF, 0xFE, ..] => Sniffed::Utf16 { big_endian: false },
        [0xFE, 0xFF, ..] => Sniffed::Utf16 { big_endian: true },
        _ => {
            let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
            match std::str::from_utf8(body) {
                Ok(text) => Sniffed::Utf8(text.to_string()),
                Err(_) => Sniffed::NotUtf8,
            }
        }
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_byte_order_mark_is_text() {
        assert_eq!(
            sniff("{\"名\":1}".as_bytes()),
            Sniffed::Utf8("{\"名\":1}".into())
        );
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("{}".as_bytes());
        assert_eq!(sniff(&bom), Sniffed::Utf8("{}".into()));
        assert_eq!(sniff(b""), Sniffed::Utf8(String::new()));
    }

    #[test]
    fn utf16_is_known_by_its_mark() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("{}".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("{}".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(sniff(&le), Sniffed::Utf16 { big_endian: false });
        assert_eq!(sniff(&be).decoder_label(), Some("utf-16be"));
        assert_eq!(sniff(&le).decoder_label(), Some("utf-16le"));
    }

    /// The case of issue 19: an answer file re-saved in the Chinese Windows code page.
    #[test]
    fn a_gbk_file_needs_decoding_and_a_latin1_file_too() {
        let gbk = include_bytes!("../../tests/fixtures/c04-gbk.json");
        assert_eq!(sniff(gbk), Sniffed::NotUtf8);
        assert_eq!(sniff(gbk).decoder_label(), Some(LEGACY));
        // "Qualité" in Latin-1: é is 0xE9, not UTF-8.
        assert_eq!(sniff(b"{\"n\":\"Qualit\xE9\"}"), Sniffed::NotUtf8);
        assert_eq!(sniff(&[0xEF, 0xBB, 0xBF, 0xC3]), Sniffed::NotUtf8);
    }
}
