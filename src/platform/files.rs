//! Answer files in and out of the browser: download, read an uploaded file, copy to the clipboard.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::answer_file::MAX_IMPORT_BYTES;
use crate::domain::bank::{BankError, MAX_BANK_BYTES};
use crate::domain::encoding::{sniff, Sniffed, LEGACY_NAME};

/// Offer `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.set_attribute("hidden", "")?;
    if let Some(body) = document.body() {
        body.append_child(&a)?;
        a.click();
        body.remove_child(&a)?;
    }
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// What went wrong reading a file, before the core looks at its content.
pub enum ReadError {
    TooLarge(usize),
    Unreadable,
    /// Neither UTF-8 nor the named legacy encoding.
    NotText(&'static str),
}

/// A file's text, and the encoding it was read from when that was not UTF-8 or UTF-16 (the person is told).
pub struct FileText {
    pub text: String,
    pub decoded_as: Option<&'static str>,
}

/// The file's bytes, read by the browser.
async fn bytes_of(file: &web_sys::File) -> Result<Vec<u8>, ReadError> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Decode with the browser's own `TextDecoder`, failing on any byte sequence the encoding does not have
/// rather than writing a replacement character.
fn decode(bytes: &[u8], label: &str) -> Result<String, JsValue> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &options)?;
    decoder.decode_with_js_u8_array(&js_sys::Uint8Array::from(bytes))
}

/// The text of `bytes`: UTF-8 (a byte-order mark dropped), UTF-16 by its mark, else GB18030 with a notice.
pub fn text_of(bytes: &[u8]) -> Result<FileText, ReadError> {
    let sniffed = sniff(bytes);
    let Some(label) = sniffed.decoder_label() else {
        let Sniffed::Utf8(text) = sniffed else {
            return Err(ReadError::Unreadable);
        };
        return Ok(FileText {
            text,
            decoded_as: None,
        });
    };
    let legacy = sniffed == Sniffed::NotUtf8;
    match decode(bytes, label) {
        Ok(text) => Ok(FileText {
            text,
            decoded_as: legacy.then_some(LEGACY_NAME),
        }),
        Err(_) if legacy => Err(ReadError::NotText(LEGACY_NAME)),
        Err(_) => Err(ReadError::Unreadable),
    }
}

/// Read a picked or dropped file as text; a file too large for an answer file is not read at all.
pub async fn read_text(file: web_sys::File) -> Result<FileText, ReadError> {
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return Err(ReadError::TooLarge(size));
    }
    text_of(&bytes_of(&file).await?)
}

/// Read a bank file, in any encoding `text_of` reads; one larger than any bank is not read at all.
pub async fn read_bank_text(file: web_sys::File) -> Result<String, BankError> {
    let size = file.size() as usize;
    if size > MAX_BANK_BYTES {
        return Err(BankError::TooLarge { bytes: size });
    }
    let bytes = bytes_of(&file).await.map_err(|_| BankError::Unreadable)?;
    text_of(&bytes)
        .map(|t| t.text)
        .map_err(|_| BankError::Unreadable)
}

/// Write `text` to the clipboard. Fails where the page has no clipboard (`navigator.clipboard` exists only
/// in secure contexts, so not on plain HTTP at a LAN address) or the host or user refuses it.
pub async fn copy_to_clipboard(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let navigator = window.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return Err(JsValue::from_str("no clipboard"));
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
}

/// The kinds of data a drag carries (`dataTransfer.types`: `Files`, `text/plain`, …).
pub fn drag_types(ev: &web_sys::DragEvent) -> Vec<String> {
    ev.data_transfer()
        .map(|d| d.types().iter().filter_map(|t| t.as_string()).collect())
        .unwrap_or_default()
}
