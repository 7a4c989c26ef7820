//! `#[repr(...)]`: every hint of every `repr` attribute, and which of them a DMA target may have.

use proc_macro2::{Group, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use syn::{Attribute, Ident, LitInt};

use crate::errors::Errors;

/// One hint of a `#[repr(...)]`, e.g. `C` or `align(4)`.
pub struct ReprHint {
    pub kind: HintKind,
    /// The tokens that wrote the hint, so that an error underlines exactly it.
    pub tokens: TokenStream,
}

/// The kinds of `repr` hint rustc knows for structs and enums.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HintKind {
    C,
    Transparent,
    Rust,
    Align,
    Packed,
    /// `u8`, `i32`, `usize`, …: a discriminant type, for enums.
    Integer,
    Simd,
}

impl HintKind {
    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "C" => Self::C,
            "transparent" => Self::Transparent,
            "Rust" => Self::Rust,
            "align" => Self::Align,
            "packed" => Self::Packed,
            "simd" => Self::Simd,
            "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64"
            | "i128" | "isize" => Self::Integer,
            _ => return None,
        })
    }

    /// Whether the hint may take an integer argument: `align(N)`, `packed(N)`.
    fn takes_argument(self) -> bool {
        matches!(self, Self::Align | Self::Packed)
    }
}

/// Reads the hints of every `#[repr(...)]` in `attrs`, in order; malformed ones go to `errors`.
pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> Vec<ReprHint> {
    let mut hints = Vec::new();
    for attr in attrs.iter().filter(|attr| is_named(attr, "repr")) {
        let parsed = attr.parse_nested_meta(|meta| {
            let kind = meta
                .path
                .get_ident()
                .and_then(|ident| HintKind::from_name(&ident.unraw().to_string()))
                .ok_or_else(|| meta.error("unknown `repr` hint"))?;
            let mut tokens = meta.path.to_token_stream();
            if meta.input.peek(syn::token::Paren) {
                let argument: Group = meta.input.parse()?;
                if !kind.takes_argument() || syn::parse2::<LitInt>(argument.stream()).is_err() {
                    return Err(syn::Error::new_spanned(
                        &argument,
                        "expected no argument, or an integer one as in `align(4)`",
                    ));
                }
                argument.to_tokens(&mut tokens);
            } else if kind == HintKind::Align {
                return Err(meta.error("`align` needs a power of two: `align(4)`"));
            }
            hints.push(ReprHint { kind, tokens });
            Ok(())
        });
        if let Err(error) = parsed {
            errors.push(error);
        }
    }
    hints
}

/// Whether `attr` is `#[name ...]`, also spelled as a raw identifier (`#[r#repr(C)]`), which
/// rustc reads as the same attribute.
pub fn is_named(attr: &Attribute, name: &str) -> bool {
    attr.path()
        .get_ident()
        .is_some_and(|ident| ident.unraw() == name)
}

/// Whether any hint is of `kind`.
pub fn has(hints: &[ReprHint], kind: HintKind) -> bool {
    find(hints, kind).is_some()
}

/// The first hint of `kind`.
pub fn find(hints: &[ReprHint], kind: HintKind) -> Option<&ReprHint> {
    hints.iter().find(|hint| hint.kind == kind)
}

/// `N` of `packed(N)`, `1` of `packed`: the most the struct's fields are aligned to.
pub fn packing(hints: &[ReprHint]) -> Option<TokenStream> {
    let hint = find(hints, HintKind::Packed)?;
    let argument = hint
        .tokens
        .clone()
        .into_iter()
        .find_map(|token| match token {
            TokenTree::Group(group) => Some(group.stream()),
            _ => None,
        });
    Some(argument.unwrap_or_else(|| quote!(1)))
}

/// Refuses every layout but `repr(C)`, `repr(C, align(N))` and `repr(transparent)`: the
/// others leave the field order to the compiler, misalign fields, or are for enums.
pub fn check_target(hints: &[ReprHint], ident: &Ident, errors: &mut Errors) {
    // Whether an error already tells the user to write `repr(C)`.
    let mut asked_for_c = false;
    for (index, hint) in hints.iter().enumerate() {
        if hints
            .iter()
            .take(index)
            .any(|earlier| earlier.kind == hint.kind)
        {
            errors.at(&hint.tokens, "this `repr` hint is repeated; write it once");
            continue;
        }
        let refusal = match hint.kind {
            HintKind::C | HintKind::Transparent => continue,
            HintKind::Align if has(hints, HintKind::Transparent) => {
                "`align` cannot be combined with `transparent`; use `#[repr(C, align(N))]`"
            }
            HintKind::Align if has(hints, HintKind::C) => continue,
            HintKind::Align => {
                "`align(N)` without `C` leaves the field order and padding to the compiler; \
                 write `#[repr(C, align(N))]`"
            }
            HintKind::Packed => {
                "`packed` lets fields, and the DMA's words in them, be unaligned; remove it and \
                 make the struct padding-free instead: reorder the fields, add explicit padding \
                 fields, or view the struct as bytes with `#[dma(word = u8)]`"
            }
            HintKind::Rust => {
                "`repr(Rust)` leaves the field order and padding to the compiler; \
                 a DMA target needs `#[repr(C)]`"
            }
            HintKind::Integer => {
                "an integer `repr` is for enums; a DMA target struct needs `#[repr(C)]`"
            }
            HintKind::Simd => "`repr(simd)` is not a DMA target layout; use `#[repr(C)]`",
        };
        asked_for_c |= hint.kind != HintKind::Packed;
        errors.at(&hint.tokens, refusal);
    }
    if has(hints, HintKind::C) && has(hints, HintKind::Transparent) {
        for hint in hints
            .iter()
            .filter(|hint| hint.kind == HintKind::Transparent)
        {
            errors.at(
                &hint.tokens,
                "`transparent` cannot be combined with `C`; keep one of them",
            );
        }
    }
    let has_layout = has(hints, HintKind::C) || has(hints, HintKind::Transparent);
    if !has_layout && !asked_for_c {
        errors.at(
            ident,
            "a DMA target needs a defined field layout: add `#[repr(C)]`, or \
             `#[repr(transparent)]` for a wrapper of one field",
        );
    }
}
