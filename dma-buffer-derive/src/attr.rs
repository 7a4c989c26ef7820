//! `#[dma(...)]` on the struct: the keys `word = T`, `crate = path`, `delegate`, `zerocopy`.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, LitInt, Meta, Path, Token, Type};

use crate::errors::Errors;
use crate::repr;

/// Every key, as the errors about unknown or malformed keys list them.
const KNOWN_KEYS: &str =
    "`word = <type>`, `crate = <path>`, `delegate`, `zerocopy` and `cache_line = <bytes>`";

/// A key's value and where the key was written.
pub struct Key<T> {
    pub span: Span,
    pub value: T,
}

/// The struct's `#[dma(...)]` keys, from any number of `#[dma]` attributes.
#[derive(Default)]
pub struct DmaAttrs {
    /// `word = T`: view the struct as words `T`, whatever its fields' words.
    pub word: Option<Key<Type>>,
    /// `crate = path`: the path to `dma_buffer`, for crates that re-export the derive.
    pub krate: Option<Key<Path>>,
    /// `delegate`: the struct is a buffer handle that forwards to its one field.
    pub delegate: Option<Span>,
    /// `zerocopy`: zerocopy's traits prove the layout instead of this derive's field rules.
    pub zerocopy: Option<Span>,
    /// `cache_line = N`: the struct starts on and fills whole cache lines of `N` bytes.
    pub cache_line: Option<Key<LitInt>>,
}

/// What the derive makes of the struct.
pub enum Mode {
    /// A DMA target: memory a buffer may point at (the default).
    Target,
    /// A DMA buffer that forwards to its one field (`delegate`).
    Delegate,
    /// A DMA target whose layout zerocopy's traits prove (`zerocopy`).
    Zerocopy,
}

impl DmaAttrs {
    /// The mode the keys ask for; when they ask for two, validation reports it and this picks one.
    pub fn mode(&self) -> Mode {
        if self.zerocopy.is_some() {
            Mode::Zerocopy
        } else if self.delegate.is_some() {
            Mode::Delegate
        } else {
            Mode::Target
        }
    }
}

/// Reads every `#[dma(...)]` in `attrs`; malformed, unknown and repeated keys go to `errors`.
pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> DmaAttrs {
    let mut dma = DmaAttrs::default();
    for attr in attrs.iter().filter(|attr| is_dma(attr)) {
        if let Err(error) = parse_attr(attr, &mut dma, errors) {
            errors.push(error);
        }
    }
    dma
}

/// Whether `attr` is this derive's helper attribute, `#[dma ...]` (or `#[r#dma ...]`).
pub fn is_dma(attr: &Attribute) -> bool {
    repr::is_named(attr, "dma")
}

fn parse_attr(attr: &Attribute, dma: &mut DmaAttrs, errors: &mut Errors) -> syn::Result<()> {
    if !matches!(attr.meta, Meta::List(_)) {
        return Err(syn::Error::new_spanned(
            attr,
            format!("expected `#[dma(...)]` with one or more of {KNOWN_KEYS}"),
        ));
    }
    attr.parse_nested_meta(|meta| {
        let span = meta.path.span();
        if meta.path.is_ident("word") {
            let word = value(&meta, "word", "a word type: `#[dma(word = u8)]`")?;
            set_once(
                &mut dma.word,
                "word",
                span,
                Key { span, value: word },
                errors,
            );
        } else if meta.path.is_ident("crate") {
            let krate = value(
                &meta,
                "crate",
                "the path of the `dma_buffer` crate, without quotes: \
                 `#[dma(crate = my_hal::dma_buffer)]`",
            )?;
            set_once(
                &mut dma.krate,
                "crate",
                span,
                Key { span, value: krate },
                errors,
            );
        } else if meta.path.is_ident("delegate") {
            flag(&meta, "delegate")?;
            set_once(&mut dma.delegate, "delegate", span, span, errors);
        } else if meta.path.is_ident("cache_line") {
            let line: LitInt = value(
                &meta,
                "cache_line",
                "the line size in bytes, a power of two: `#[dma(cache_line = 32)]`",
            )?;
            if !line
                .base10_parse::<u32>()
                .is_ok_and(|bytes| bytes.is_power_of_two())
            {
                return Err(syn::Error::new(
                    line.span(),
                    "`cache_line` needs the line size in bytes, a power of two: \
                     `#[dma(cache_line = 32)]`",
                ));
            }
            set_once(
                &mut dma.cache_line,
                "cache_line",
                span,
                Key { span, value: line },
                errors,
            );
        } else if meta.path.is_ident("zerocopy") {
            flag(&meta, "zerocopy")?;
            set_once(&mut dma.zerocopy, "zerocopy", span, span, errors);
        } else {
            let key = match meta.path.get_ident() {
                Some(ident) => format!("`{ident}`"),
                None => "a path".to_owned(),
            };
            return Err(meta.error(format!(
                "unknown key {key} in `#[dma(...)]`; the known keys are {KNOWN_KEYS}"
            )));
        }
        Ok(())
    })
}

/// Parses the value of `key = value`; `expected` says what the value should look like.
fn value<T: syn::parse::Parse>(
    meta: &ParseNestedMeta,
    key: &str,
    expected: &str,
) -> syn::Result<T> {
    let missing = || meta.error(format!("`{key}` needs {expected}"));
    if !meta.input.peek(Token![=]) {
        return Err(missing());
    }
    let input = meta.value()?;
    if input.is_empty() || input.peek(Token![,]) {
        return Err(missing());
    }
    input
        .parse()
        .map_err(|error| syn::Error::new(error.span(), format!("`{key}` needs {expected}")))
}

/// Accepts a key that takes no value.
fn flag(meta: &ParseNestedMeta, key: &str) -> syn::Result<()> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(())
    } else {
        Err(meta.error(format!("`{key}` takes no value: write `#[dma({key})]`")))
    }
}

/// Stores the value of the key written at `span`, or reports the key if it was given before.
fn set_once<T>(slot: &mut Option<T>, key: &str, span: Span, value: T, errors: &mut Errors) {
    if slot.is_some() {
        errors.push(syn::Error::new(
            span,
            format!("`{key}` is given twice in `#[dma(...)]`; keep one"),
        ));
    } else {
        *slot = Some(value);
    }
}
