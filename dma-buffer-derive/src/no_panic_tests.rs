//! The derive never panics: whatever the input, it answers with the impl or with
//! `compile_error!`s. A deterministic generator combines odd attributes, generics, shapes and
//! field types; hand-picked inputs pin down which of them must be refused.

use std::panic::{catch_unwind, AssertUnwindSafe};

use proc_macro2::TokenStream;
use syn::{DeriveInput, Item};

use crate::ast::Direction;
use crate::expand;

const DIRECTIONS: [Direction; 2] = [Direction::Read, Direction::Write];

const REPRS: &[&str] = &[
    "",
    "#[repr(C)]",
    "#[repr(transparent)]",
    "#[repr(C, C)]",
    "#[repr(transparent, align(2))]",
    "#[repr(align)]",
    "#[repr(align(x))]",
    "#[repr(align(0))]",
    "#[repr(align(3))]",
    "#[repr(align(99999999999999999999999))]",
    "#[repr(packed(2), C)]",
    "#[repr(C, packed)]",
    "#[repr]",
    "#[repr = \"C\"]",
    "#[repr()]",
    "#[repr(,)]",
    "#[repr(C, align(4))]",
    "#[repr(C)] #[repr(align(8))]",
    "#[repr(C, transparent)]",
    "#[repr(u8)]",
    "#[repr(Rust)]",
    "#[repr(simd)]",
    "#[repr(foo(1, 2))]",
    "#[repr(core::C)]",
];

const DMA_ATTRS: &[&str] = &[
    "",
    "#[dma]",
    "#[dma = 1]",
    "#[dma()]",
    "#[dma(word)]",
    "#[dma(word = )]",
    "#[dma(word = , crate = x)]",
    "#[dma(word = u8)]",
    "#[dma(word = [u8; 2])]",
    "#[dma(word = u8, word = u16)]",
    "#[dma(wrod = u8)]",
    "#[dma(a::b)]",
    "#[dma(crate)]",
    "#[dma(crate = \"x\")]",
    "#[dma(crate = my_hal::dma_buffer)]",
    "#[dma(delegate)]",
    "#[dma(delegate = 1)]",
    "#[dma(delegate(1))]",
    "#[dma(delegate)] #[dma(delegate)]",
    "#[dma(zerocopy)]",
    "#[dma(zerocopy, delegate, word = u16)]",
    "#[dma(delegate, word = u16)]",
];

/// Generic parameters and the `where` clause that goes with them.
const GENERICS: &[(&str, &str)] = &[
    ("", ""),
    ("<T>", ""),
    ("<T = u8>", "where T: Copy"),
    ("<'a>", ""),
    ("<const N: usize>", ""),
    ("<const N: usize = 4>", "where [u8; N]: Sized"),
    ("<T: ?Sized>", ""),
    (
        "<'a, T: Copy + 'a = u8, const N: usize = 4>",
        "where T: Default, [T; N]: Copy, 'a: 'static,",
    ),
];

const FIELD_TYPES: &[&str] = &[
    "u8",
    "[u8; 4]",
    "[u16; N]",
    "[[u32; 2]; N * 2]",
    "T",
    "[T; 3]",
    "Self",
    "Self::Assoc",
    "<T as Tr>::Assoc",
    "ty_macro!(u8)",
    "impl Copy",
    "dyn Copy",
    "[u8]",
    "str",
    "!",
    "_",
    "bool",
    "char",
    "f32",
    "usize",
    "u128",
    "&'a mut [u8]",
    "&'static mut [u8; 256]",
    "*const u8",
    "(u8, u16)",
    "()",
    "fn()",
    "PhantomData<T>",
    "core::marker::PhantomData<&'a ()>",
    "MaybeUninit<[u32; 2]>",
    "core::mem::MaybeUninit<bool>",
    "MaybeUninit",
    "Option<u8>",
    "NonZeroU8",
    "core::num::NonZero<u16>",
    "Cell<u8>",
    "AtomicU32",
    "Box<[u8]>",
    "Vec<u32>",
    "String",
    "::core::primitive::u32",
    "core::primitive::char",
    "Wrapper<'a, T>",
];

const FIELD_ATTRS: &[&str] = &["", "#[dma(word = u8)]", "#[doc = \"x\"]", "#[dma]"];

/// The struct, enum or union `S` with `generics` and its `where` clause, of one of six shapes;
/// `fields` are `(attributes, type)`.
fn item(shape: usize, (params, where_clause): (&str, &str), fields: &[(&str, &str)]) -> String {
    let named: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(index, (attrs, ty))| format!("{attrs} f{index}: {ty}"))
        .collect();
    let tuple: Vec<String> = fields
        .iter()
        .map(|(attrs, ty)| format!("{attrs} {ty}"))
        .collect();
    let (named, tuple) = (named.join(", "), tuple.join(", "));
    match shape % 6 {
        0 => format!("struct S{params} {where_clause} {{ {named} }}"),
        1 => format!("struct S{params}({tuple}) {where_clause};"),
        2 => format!("struct S{params} {where_clause};"),
        3 => format!("enum S{params} {where_clause} {{ A({tuple}), B {{ {named} }}, C = 3 }}"),
        4 => format!("union S{params} {where_clause} {{ {named} }}"),
        _ => format!("struct S{params}() {where_clause};"),
    }
}

/// Runs both derives on `source` and checks that each answers with exactly one call of a
/// hidden macro of `dma_buffer`, or with `compile_error!`s only; returns the latter's count
/// for each derive.
fn derive_both(source: &str) -> [usize; 2] {
    let input: DeriveInput = syn::parse_str(source)
        .unwrap_or_else(|error| panic!("test input does not parse ({error}): {source}"));
    DIRECTIONS.map(|direction| {
        let output = catch_unwind(AssertUnwindSafe(|| expand::derive(&input, direction)))
            .unwrap_or_else(|_| panic!("{} panicked on: {source}", direction.derive_name()));
        compile_errors(&output, source)
    })
}

/// The number of `compile_error!`s in `output`, which must be either a refused struct's output
/// (only those, and at most one fallback `unsafe impl`), or an accepted struct's: at most one
/// `unsafe impl` and at most two calls of hidden (`__`) macros, and something.
fn compile_errors(output: &TokenStream, source: &str) -> usize {
    let file: syn::File = syn::parse2(output.clone())
        .unwrap_or_else(|error| panic!("output is not items ({error}): {output}\ninput: {source}"));
    let mut macros = Vec::new();
    let mut unsafe_impls = 0;
    for item in &file.items {
        match item {
            Item::Macro(call) => macros.push(
                call.mac
                    .path
                    .segments
                    .last()
                    .map_or_else(String::new, |segment| segment.ident.to_string()),
            ),
            Item::Impl(item) if item.unsafety.is_some() => unsafe_impls += 1,
            _ => panic!("unexpected item in {output}\ninput: {source}"),
        }
    }
    let errors = macros
        .iter()
        .filter(|name| *name == "compile_error")
        .count();
    let is_impl = errors == 0
        && unsafe_impls <= 1
        && macros.len() <= 2
        && macros.iter().all(|name| name.starts_with("__"))
        && unsafe_impls + macros.len() > 0;
    assert!(
        is_impl || (errors > 0 && errors == macros.len() && unsafe_impls <= 1),
        "output is neither an accepted struct's nor compile errors: {output}\ninput: {source}"
    );
    errors
}

#[test]
fn generated_inputs_never_panic() {
    let (mut cases, mut accepted) = (0, 0);
    for (repr_index, repr) in REPRS.iter().enumerate() {
        for (dma_index, dma) in DMA_ATTRS.iter().enumerate() {
            for shape in 0..6 {
                // Vary the rest with the case number, so that every piece meets many others.
                let seed = repr_index * 31 + dma_index * 7 + shape;
                let field_count = seed % 4 + usize::from(shape == 0);
                let fields: Vec<(&str, &str)> = (0..field_count)
                    .map(|index| {
                        (
                            FIELD_ATTRS[(seed + index) % FIELD_ATTRS.len()],
                            FIELD_TYPES[(seed * 5 + index * 11) % FIELD_TYPES.len()],
                        )
                    })
                    .collect();
                let generics = GENERICS[seed % GENERICS.len()];
                let errors =
                    derive_both(&format!("{dma} {repr} {}", item(shape, generics, &fields)));
                accepted += errors.iter().filter(|&&count| count == 0).count();
                cases += 1;
            }
        }
    }
    assert_eq!(cases, REPRS.len() * DMA_ATTRS.len() * 6);
    // The generator also reaches the expansion, not only the refusals.
    assert!(accepted > 20, "only {accepted} of {cases} inputs accepted");
}

#[test]
fn every_field_type_with_every_generics_never_panics() {
    for ty in FIELD_TYPES {
        for generics in GENERICS {
            for repr in ["#[repr(C)]", "#[repr(transparent)]"] {
                for dma in ["", "#[dma(word = u8)]", "#[dma(delegate)]"] {
                    derive_both(&format!("{dma} {repr} {}", item(0, *generics, &[("", ty)])));
                    derive_both(&format!(
                        "{dma} {repr} {}",
                        item(1, *generics, &[("", ty), ("", "u8")])
                    ));
                }
            }
        }
    }
}

#[test]
fn odd_inputs_are_refused() {
    let refused = [
        "#[repr(C, C)] struct S([u8; 4]);",
        "#[repr(transparent, align(2))] struct S([u8; 4]);",
        "#[repr(align)] struct S([u8; 4]);",
        "#[repr(align(x))] struct S([u8; 4]);",
        "#[repr(packed(2), C)] struct S([u8; 4]);",
        "#[repr] struct S([u8; 4]);",
        "#[repr = \"C\"] struct S([u8; 4]);",
        "#[dma] #[repr(C)] struct S([u8; 4]);",
        "#[dma = 1] #[repr(C)] struct S([u8; 4]);",
        "#[dma(word = )] #[repr(C)] struct S([u8; 4]);",
        "#[dma(crate = \"x\")] #[repr(C)] struct S([u8; 4]);",
        "#[dma(delegate = 1)] struct S(&'static mut [u8; 4]);",
        "#[repr(C)] struct S(#[dma(word = u8)] [u8; 4]);",
        "#[repr(C)] enum S { #[dma(word = u8)] A([u8; 4]) }",
        "#[repr(C)] struct S {}",
        "#[repr(C)] struct S;",
        "#[repr(C)] struct S();",
        "#[repr(C)] enum S { A([u8; 4]), B(u32) }",
        "#[repr(C)] union S { a: [u8; 4], b: u32 }",
        "#[repr(C)] struct S { a: [u8; 4], rest: [u8] }",
        "#[repr(C)] struct S(dyn Copy);",
        "#[repr(C)] struct S(PhantomData<u8>);",
        "#[dma(delegate)] struct S;",
        "#[dma(delegate)] struct S(&'static mut [u8; 4], &'static mut [u8; 4]);",
        "#[dma(zerocopy)] struct S;",
        "#[dma(zerocopy)] #[repr(C)] struct S {}",
        // A macro may expand differently each time the derive writes the type.
        "#[repr(C)] struct S(ty_macro!(u8));",
        "#[repr(C)] struct S([u8; len!()]);",
        "#[repr(C)] struct S([u8; 4], PhantomData<ty_macro!()>);",
        "#[dma(delegate)] struct S(ty_macro!(&'static mut [u8; 4]));",
        "#[repr(C)] struct S([u8; { #[seq(1, 2)] const L: usize = 0; L }]);",
        "#[dma(delegate)] struct S(Box<[u8; { #[attr] const L: usize = 4; L }]>);",
    ];
    for source in refused {
        assert!(
            derive_both(source).iter().all(|&errors| errors > 0),
            "accepted: {source}"
        );
    }
}

#[test]
fn odd_but_valid_inputs_are_accepted() {
    let accepted = [
        // Rustc, not the derive, judges these types; the derive passes them to the checks.
        "#[repr(C)] struct S(Self);",
        "#[repr(C)] struct S(impl Copy);",
        "#[repr(C)] struct S(!);",
        "#[repr(C)] struct S<T = u8>(T) where T: Copy;",
        "#[repr(C)] struct S<'a, const N: usize = 4>([u8; N], PhantomData<&'a ()>) where [u8; N]: Sized;",
        "#[repr(C)] #[repr(align(8))] struct S([u32; 2]);",
        "#[dma(crate = my_hal::dma_buffer)] #[repr(C)] struct S([u8; 4]);",
    ];
    for source in accepted {
        assert_eq!(derive_both(source), [0, 0], "refused: {source}");
    }
}

#[test]
fn two_hundred_fields_expand_or_are_all_reported() {
    let fields =
        |ty: &str| -> String { (0..200).map(|index| format!("f{index}: {ty}, ")).collect() };
    let words = format!("#[repr(C)] struct S {{ {} }}", fields("[u8; 1]"));
    assert_eq!(derive_both(&words), [0, 0]);
    let bools = format!("#[repr(C)] struct S {{ {} }}", fields("bool"));
    assert_eq!(derive_both(&bools), [200, 200]);
}
