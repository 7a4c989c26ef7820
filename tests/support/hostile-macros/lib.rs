//! Attribute macros that a hostile user, writing no `unsafe`, places after
//! `#[derive(DmaReadBuffer)]`: the derive has then read the struct, and these rewrite it before
//! the compiler sees it. Each takes the text of the struct and edits it, so that the tests of
//! `tests/ui/soundness/` can check that the derive's output no longer compiles (or, where the
//! rewrite keeps the layout sound, that the checks still hold).

use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro::TokenStream;

/// Replaces `from` with `to` in the item's source text, once.
fn rewrite(item: TokenStream, from: &str, to: &str) -> TokenStream {
    let text = item.to_string();
    assert!(text.contains(from), "`{from}` is not in `{text}`");
    text.replacen(from, to, 1)
        .parse()
        .expect("the rewritten item is tokens")
}

/// `struct` becomes `union`: the fields now overlap.
#[proc_macro_attribute]
pub fn into_union(_: TokenStream, item: TokenStream) -> TokenStream {
    rewrite(item, "struct", "union")
}

/// The first field of type `[u8; 1]` becomes a `bool`.
#[proc_macro_attribute]
pub fn byte_into_bool(_: TokenStream, item: TokenStream) -> TokenStream {
    rewrite(item, "[u8; 1]", "bool")
}

/// The first `u16` becomes a `u8`: the next field then sits after a byte of padding.
#[proc_macro_attribute]
pub fn u16_into_u8(_: TokenStream, item: TokenStream) -> TokenStream {
    rewrite(item, "u16", "u8")
}

/// A `bool` field is added before the closing brace.
#[proc_macro_attribute]
pub fn add_bool_field(_: TokenStream, item: TokenStream) -> TokenStream {
    let text = item.to_string();
    let end = text.rfind('}').expect("a struct with named fields");
    format!(
        "{}, extra: bool }}",
        text[..end].trim_end().trim_end_matches(',')
    )
    .parse()
    .expect("the rewritten item is tokens")
}

/// `#[repr(C)]` becomes `#[repr(C, align(8))]`: padding at the end.
#[proc_macro_attribute]
pub fn add_align(_: TokenStream, item: TokenStream) -> TokenStream {
    rewrite(item, "repr(C)", "repr(C, align(8))")
}

/// `struct Samples` gains a defaulted const parameter, `Samples<const N: usize = 4>`, and its
/// `[u16; 4]` field becomes `[u16; N]`: the derive's impls, written for `Samples`, are now
/// for `Samples<4>` only.
#[proc_macro_attribute]
pub fn add_const_param(_: TokenStream, item: TokenStream) -> TokenStream {
    let item = rewrite(item, "struct Samples", "struct Samples<const N: usize = 4>");
    rewrite(item, "[u16; 4]", "[u16; N]")
}

/// `#[repr(C)]` is removed: the compiler chooses the layout.
#[proc_macro_attribute]
pub fn remove_repr(_: TokenStream, item: TokenStream) -> TokenStream {
    rewrite(item, "#[repr(C)]", "")
}

/// A type that is `bool` at every other call and `[u8; 1]` at the others: the same size, but
/// one of them is not valid for every bit pattern.
#[proc_macro]
pub fn alternating_type(_: TokenStream) -> TokenStream {
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    (if call.is_multiple_of(2) {
        "bool"
    } else {
        "[u8; 1]"
    })
    .parse()
    .expect("a type is tokens")
}

/// `#[seq(a, b, ..)] const NAME: TYPE = ..;` gives the constant the next value of the list at
/// each expansion: inside an array length (`[u8; { #[seq(2, 1)] const L: usize = 0; L }]`), each
/// copy of the type that a derive writes gets its own length.
#[proc_macro_attribute]
pub fn seq(values: TokenStream, item: TokenStream) -> TokenStream {
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let values: Vec<String> = values
        .to_string()
        .split(',')
        .map(|value| value.trim().to_owned())
        .collect();
    let value = &values[CALLS.fetch_add(1, Ordering::Relaxed) % values.len()];
    let item = item.to_string();
    let head = item.split('=').next().expect("a `const` item");
    format!("{head} = {value};")
        .parse()
        .expect("the rewritten item is tokens")
}

/// `alternate!(A; B)` is `A` at every other call and `B` at the others.
#[proc_macro]
pub fn alternate(types: TokenStream) -> TokenStream {
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let types = types.to_string();
    let choices: Vec<&str> = types.split(';').collect();
    choices[CALLS.fetch_add(1, Ordering::Relaxed) % choices.len()]
        .parse()
        .expect("a type is tokens")
}
