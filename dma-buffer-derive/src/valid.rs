//! Every rule the derive checks before it emits anything. All violations are reported together.
//!
//! The field checks here read syntax only, to give a precise error for an obviously wrong type.
//! They are not the proof: `dma_buffer`'s blanket target impls over the derive's field list
//! are, and they also see through type aliases, nested types and generics.

use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::{Expr, ExprLit, GenericArgument, Ident, Lit, Path, PathArguments, PathSegment, Type};

use crate::ast::{Direction, Input, Shape};
use crate::attr::{DmaAttrs, Mode};
use crate::errors::Errors;
use crate::repr::{self, HintKind};

/// The DMA words, with their sizes in bits.
const WORDS: [(&str, u32); 8] = [
    ("u8", 8),
    ("i8", 8),
    ("u16", 16),
    ("i16", 16),
    ("u32", 32),
    ("i32", 32),
    ("u64", 64),
    ("i64", 64),
];

const REFERENCE: &str = "a reference is an address, not DMA memory: the DMA would overwrite \
    it. For a handle that holds a `&'static mut` buffer, derive on a struct with only this \
    field and `#[dma(delegate)]`";
const OWNING_POINTER: &str = "this is a pointer, not DMA memory: the DMA would overwrite the \
    address. For a handle that owns a buffer, derive on a struct with only this field and \
    `#[dma(delegate)]`";
const RAW_POINTER: &str =
    "a raw pointer is an address, not DMA memory: the DMA would overwrite it; store the data";
const TUPLE: &str = "a tuple's layout is unspecified; use an array `[W; N]`, or a nested \
    `#[repr(C)]` struct that derives this trait too";
const UNSIZED: &str = "a DMA target's fields need a fixed size; use an array `[W; N]`";
const INTERIOR_MUTABILITY: &str = "a cell is not DMA memory: it lets the CPU write through \
    shared references while the DMA reads; use the plain word";
const MAYBE_UNINIT_READ: &str = "`MaybeUninit` may be uninitialized, which a DMA read must \
    not see; derive only `DmaWriteBuffer` for this struct";

/// Checks `input`; every violation goes to `errors`.
pub fn check(input: &Input, errors: &mut Errors) {
    for attr in &input.misplaced_attrs {
        errors.at(
            attr,
            "`#[dma(...)]` belongs on the struct, not on a field or variant",
        );
    }
    check_key_combinations(&input.attrs, errors);
    match input.attrs.mode() {
        // zerocopy's traits on each field decide which types are allowed.
        Mode::Zerocopy => {
            if is_struct(input, errors) {
                check_has_data(input, errors);
                check_no_macro_types(input, errors);
            }
        }
        Mode::Delegate => {
            if is_struct(input, errors) {
                check_delegate_field(input, errors);
                check_no_macro_types(input, errors);
            }
        }
        Mode::Target => {
            if is_struct(input, errors) {
                repr::check_target(&input.repr, input.ident, errors);
                check_target_fields(input, errors);
                check_no_macro_types(input, errors);
            }
        }
    }
}

fn check_key_combinations(attrs: &DmaAttrs, errors: &mut Errors) {
    if let (Some(line), Some(_)) = (&attrs.cache_line, attrs.delegate) {
        errors.push(syn::Error::new(
            line.span,
            "`cache_line` cannot be combined with `delegate`: a delegate struct is a buffer, not \
             the memory; put `cache_line` on the target its field points at",
        ));
    }
    let word = attrs.word.as_ref().map(|word| word.span);
    if attrs.zerocopy.is_some() {
        if let Some(word) = word {
            errors.push(syn::Error::new(
                word,
                "`word` cannot be combined with `zerocopy`: a zerocopy target's words are bytes",
            ));
        }
        if let Some(delegate) = attrs.delegate {
            errors.push(syn::Error::new(
                delegate,
                "`delegate` cannot be combined with `zerocopy`: a delegate struct is a buffer \
                 that points at a target, a zerocopy struct is a target",
            ));
        }
    } else if let (Some(word), Some(_)) = (word, attrs.delegate) {
        errors.push(syn::Error::new(
            word,
            "`word` cannot be combined with `delegate`: a delegate struct's word is its field's",
        ));
    }
}

/// Whether the input is a struct; reports it if not.
fn is_struct(input: &Input, errors: &mut Errors) -> bool {
    let (span, reason) = match input.shape {
        Shape::Struct(_) => return true,
        Shape::Enum(span) => (
            span,
            "an enum's discriminant is not valid for every bit pattern, and its variants \
             differ in layout",
        ),
        Shape::Union(span) => (
            span,
            "nothing proves which of a union's overlapping fields is initialized",
        ),
    };
    let derive = input.direction.derive_name();
    errors.push(syn::Error::new(
        span,
        format!("`#[derive({derive})]` is for structs: {reason}; use a `#[repr(C)]` struct"),
    ));
    false
}

/// Refuses every field type that may expand to different types: one that calls a macro or
/// carries an attribute anywhere in it (`evil!()`, `[u8; len!()]`, an attribute macro or a
/// derive on an item in a `const` block). The derive writes each field's type several times
/// (the field list, its proof, the layout messages), and each copy is expanded on its own: a
/// stateful macro could make the proof's copy differ from the list's. Any other type means the
/// same wherever it is written.
fn check_no_macro_types(input: &Input, errors: &mut Errors) {
    for field in input.fields() {
        if let Some(call) = macro_call(field.ty.to_token_stream()) {
            errors.at(
                call,
                "a field type that calls a macro or holds an attribute cannot be proved: the \
                 derive writes the type more than once, and a macro may expand differently \
                 each time; write the type it expands to, or name it once with `type` (or \
                 `const`, for a length)",
            );
        }
    }
}

/// The first `name!` (a `!` right after an identifier) or `#` in `tokens`, at any depth.
fn macro_call(tokens: TokenStream) -> Option<TokenStream> {
    let mut previous: Option<TokenTree> = None;
    for token in tokens {
        match &token {
            TokenTree::Punct(bang) if bang.as_char() == '!' => {
                if let Some(TokenTree::Ident(name)) = &previous {
                    return Some(quote!(#name #bang));
                }
            }
            TokenTree::Punct(pound) if pound.as_char() == '#' => return Some(quote!(#pound)),
            TokenTree::Group(group) => {
                if let Some(call) = macro_call(group.stream()) {
                    return Some(call);
                }
            }
            _ => {}
        }
        previous = Some(token);
    }
    None
}

fn check_delegate_field(input: &Input, errors: &mut Errors) {
    let mut fields = input.data_fields();
    if fields.next().is_none() {
        errors.at(
            input.ident,
            "`#[dma(delegate)]` needs one field that is a DMA buffer, \
             e.g. `&'static mut [u8; 256]`; this struct has none",
        );
    }
    for extra in fields {
        errors.at(
            extra.ty,
            "`#[dma(delegate)]` forwards to the struct's one buffer field, so it allows no \
             other field but `PhantomData`; move this field out of the struct",
        );
    }
}

/// Refuses a struct without a field that is not `PhantomData`: it is no memory.
fn check_has_data(input: &Input, errors: &mut Errors) {
    if input.data_fields().next().is_none() {
        errors.at(
            input.ident,
            "a DMA target needs a field of DMA words, e.g. `[u8; 64]`: a struct without one \
             is no memory for a DMA engine",
        );
    }
}

fn check_target_fields(input: &Input, errors: &mut Errors) {
    check_has_data(input, errors);
    for field in input.data_fields() {
        if let Some(error) = refusal(field.ty, input.direction) {
            errors.push(error);
        }
    }
    if input.attrs.word.is_none() {
        check_one_word(input, errors);
    }
}

/// Without `#[dma(word = ..)]`, all fields must have the same word; this sees the fields whose
/// words are written out (`u16`, `[[u16; 2]; N]`), the trait bounds see the others.
fn check_one_word(input: &Input, errors: &mut Errors) {
    let words: Vec<_> = input
        .data_fields()
        .filter_map(|field| written_word(field.ty).map(|word| (field, word)))
        .collect();
    let Some(((first_field, (first, _)), rest)) = words.split_first() else {
        return;
    };
    let Some(smallest) = words
        .iter()
        .map(|(_, word)| word)
        .min_by_key(|(_, bits)| bits)
    else {
        return;
    };
    let as_words = padding_as_words(input).map_or_else(String::new, |padding| match padding {
        None => "; with it, the layout is padding-free".to_owned(),
        Some(gap) => format!(
            "; even with it, the struct has {gap}: reorder the fields, largest words first, or \
             add a field for those bytes"
        ),
    });
    for (field, (word, _)) in rest.iter().filter(|(_, (word, _))| word != first) {
        errors.at(
            field.ty,
            format!(
                "this field is made of `{word}` words, but field `{}` of `{first}` words; \
                 a DMA target has one word type: use it for all fields, or view the struct \
                 as words of one type with `#[dma(word = {})]`{as_words}",
                first_field.name(),
                smallest.0,
            ),
        );
    }
}

/// For a `repr(C)` struct whose fields are all written as words or arrays of them with literal
/// lengths, its first padding as a phrase (`3 bytes of padding before `b``), or `None` if it
/// has none; `None` outside when the sizes cannot be read off the syntax. Words are aligned to
/// their size, as on the thumb targets; only the message relies on this, the compiler's
/// `size_of` is the check.
fn padding_as_words(input: &Input) -> Option<Option<String>> {
    if !repr::has(&input.repr, HintKind::C) || repr::has(&input.repr, HintKind::Align) {
        return None;
    }
    let mut end = 0u64;
    let mut align = 1u64;
    for field in input.data_fields() {
        let (size, field_align) = written_layout(field.ty)?;
        let offset = end.next_multiple_of(field_align);
        if offset > end {
            let name = field.name();
            return Some(Some(format!(
                "{} of padding before `{name}` (offset {offset})",
                bytes(offset - end)
            )));
        }
        end = offset + size;
        align = align.max(field_align);
    }
    let size = end.next_multiple_of(align);
    Some((size > end).then(|| format!("{} of padding at the end", bytes(size - end))))
}

/// `1 byte`, `3 bytes`.
fn bytes(count: u64) -> String {
    format!("{count} byte{}", if count == 1 { "" } else { "s" })
}

/// The size and alignment of a word or a (nested) array of words with literal lengths.
fn written_layout(ty: &Type) -> Option<(u64, u64)> {
    match ty {
        Type::Array(array) => {
            let Expr::Lit(ExprLit {
                lit: Lit::Int(len), ..
            }) = &array.len
            else {
                return None;
            };
            let (size, align) = written_layout(&array.elem)?;
            Some((size.checked_mul(len.base10_parse().ok()?)?, align))
        }
        Type::Group(group) => written_layout(&group.elem),
        Type::Paren(paren) => written_layout(&paren.elem),
        Type::Path(path) if path.qself.is_none() && path.path.get_ident().is_some() => {
            let bytes = u64::from(written_word(ty)?.1 / 8);
            Some((bytes, bytes))
        }
        _ => None,
    }
}

/// The primitive word a type is written as an array (of arrays …) of, with its size in bits.
pub fn written_word(ty: &Type) -> Option<(&Ident, u32)> {
    match ty {
        Type::Array(array) => written_word(&array.elem),
        Type::Group(group) => written_word(&group.elem),
        Type::Paren(paren) => written_word(&paren.elem),
        Type::Path(path) if path.qself.is_none() => {
            let segment = path.path.segments.last()?;
            if segment.ident == "MaybeUninit" && names_std(&path.path, true) {
                return written_word(first_type_argument(segment)?);
            }
            let ident = path.path.get_ident()?;
            let bits = WORDS.iter().find(|(word, _)| ident == word)?.1;
            Some((ident, bits))
        }
        _ => None,
    }
}

/// The refusal of a field type that is syntactically not DMA memory, spanned at the offending
/// part (`bool` in `[bool; 4]`).
fn refusal(ty: &Type, direction: Direction) -> Option<syn::Error> {
    let message = match ty {
        Type::Array(array) => return refusal(&array.elem, direction),
        Type::Group(group) => return refusal(&group.elem, direction),
        Type::Paren(paren) => return refusal(&paren.elem, direction),
        Type::Path(path) if path.qself.is_none() => return path_refusal(ty, &path.path, direction),
        Type::Reference(_) => REFERENCE.to_owned(),
        Type::Ptr(_) => RAW_POINTER.to_owned(),
        Type::Tuple(tuple) if tuple.elems.is_empty() => {
            "`()` holds no data; remove the field".to_owned()
        }
        Type::Tuple(_) => TUPLE.to_owned(),
        Type::Slice(_) | Type::TraitObject(_) => UNSIZED.to_owned(),
        Type::BareFn(_) => "a function pointer is an address, not DMA memory".to_owned(),
        _ => return None,
    };
    Some(syn::Error::new_spanned(ty, message))
}

fn path_refusal(ty: &Type, path: &Path, direction: Direction) -> Option<syn::Error> {
    let segment = path.segments.last()?;
    let name = segment.ident.to_string();
    if name == "MaybeUninit" && names_std(path, true) {
        return match direction {
            Direction::Read => Some(syn::Error::new_spanned(ty, MAYBE_UNINIT_READ)),
            Direction::Write => refusal(first_type_argument(segment)?, direction),
        };
    }
    // A one-segment name may be a primitive or an imported standard type (`NonZeroU8`).
    let primitive = is_primitive(path)
        .then(|| primitive_refusal(&name))
        .flatten();
    let message = primitive.or_else(|| std_refusal(path, &name))?;
    Some(syn::Error::new_spanned(ty, message))
}

/// Refusals of primitive types that are not DMA words.
fn primitive_refusal(name: &str) -> Option<String> {
    let message = match name {
        "bool" => "`bool` is not a DMA word: a DMA write may store any byte, and only 0 and 1 \
                   are valid `bool`s; use `u8`"
            .to_owned(),
        "char" => "`char` is not a DMA word: most `u32` values are not valid `char`s; use \
                   `u32` and `char::from_u32`"
            .to_owned(),
        "f16" | "f32" | "f64" => {
            let bits = name.trim_start_matches('f');
            format!("`{name}` is not a DMA word; store its bits as `u{bits}` (`{name}::from_bits`)")
        }
        "f128" => "`f128` is not a DMA word; store its bits as `[u64; 2]`".to_owned(),
        "usize" | "isize" => {
            let sign = if name == "usize" { 'u' } else { 'i' };
            format!(
                "`{name}` is not a DMA word: its width changes with the target; \
                 use `{sign}32` or `{sign}64`"
            )
        }
        "u128" | "i128" => format!(
            "`{name}` is not a DMA word: DMA engines move words of at most 64 bits; use `[u64; 2]`"
        ),
        "str" => {
            "`str` is unsized; a DMA target's fields need a fixed size: use `[u8; N]`".to_owned()
        }
        _ => return None,
    };
    Some(message)
}

/// Refusals of standard library types that are not DMA memory.
fn std_refusal(path: &Path, name: &str) -> Option<String> {
    let generic = |expected: bool| names_std(path, expected);
    let message = match name {
        "Option" if generic(true) => "`Option` is not valid for every bit pattern the DMA may \
                                      write; use the plain word, with a value or a separate \
                                      field for \"none\""
            .to_owned(),
        "NonZero" if generic(true) => {
            "`NonZero` is not a DMA word: the DMA may write zero; use the plain integer".to_owned()
        }
        _ if name.starts_with("NonZero") && generic(false) => {
            let plain = name.trim_start_matches("NonZero").to_lowercase();
            format!("`{name}` is not a DMA word: the DMA may write zero; use `{plain}`")
        }
        "Cell" | "RefCell" | "UnsafeCell" | "OnceCell" | "SyncUnsafeCell" if generic(true) => {
            INTERIOR_MUTABILITY.to_owned()
        }
        _ if name.starts_with("Atomic") && generic(false) => {
            "an atomic is not a DMA word; use the plain integer: the CPU touches a DMA buffer \
             only when no transfer runs"
                .to_owned()
        }
        "Box" | "Vec" | "Rc" | "Arc" if generic(true) => OWNING_POINTER.to_owned(),
        "String" if generic(false) => OWNING_POINTER.to_owned(),
        _ => return None,
    };
    Some(message)
}

/// Whether `path` is a primitive type's name: `u8`, or `core::primitive::u8`.
fn is_primitive(path: &Path) -> bool {
    let segments: Vec<_> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    match segments.as_slice() {
        [_] => path.leading_colon.is_none() && path.segments.iter().all(no_arguments),
        [root, module, _] => is_std_root(root) && module == "primitive",
        _ => false,
    }
}

/// Whether `path` names a standard library type: written with a `core`/`std`/`alloc` path,
/// or imported, as one segment, with generic arguments if the type is `generic`. A type of
/// one's own with a standard name can always be written with a path, `self::Cell`.
fn names_std(path: &Path, generic: bool) -> bool {
    let mut segments = path.segments.iter();
    match (segments.next(), segments.next()) {
        (Some(only), None) => path.leading_colon.is_none() && generic != no_arguments(only),
        (Some(root), Some(_)) => is_std_root(&root.ident.to_string()),
        (None, _) => false,
    }
}

fn is_std_root(root: &str) -> bool {
    matches!(root, "core" | "std" | "alloc")
}

fn no_arguments(segment: &PathSegment) -> bool {
    matches!(segment.arguments, PathArguments::None)
}

/// `T` in `Name<T>`.
fn first_type_argument(segment: &PathSegment) -> Option<&Type> {
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    arguments.args.iter().find_map(|argument| match argument {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}
