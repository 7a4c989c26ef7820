//! Golden-file tests of what the derive emits, so that a reviewer reads exactly the generated
//! code.
//!
//! Each `tests/expand/NAME.rs` holds one struct with its attributes. Its first line may name the
//! derives to run, `// derive: DmaReadBuffer` or `// derive: DmaWriteBuffer`; without it both
//! run. The output of each, formatted by `prettyplease`, is compared with
//! `tests/expand/NAME.expanded.rs`.
//!
//! After a deliberate change to the expansion, rewrite the golden files and read the diff:
//!
//! ```text
//! OVERWRITE_EXPANDED=1 cargo test -p dma-buffer-derive --lib output_tests
//! ```
//!
//! `NAME.final.rs` beside them shows the code rustc compiles: the same output with
//! `dma_buffer`'s macros expanded too, every `unsafe impl` with its checks. `.ci/run` checks
//! them with `bash scripts/expand-final.sh`; `OVERWRITE=1` rewrites them.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::parse::{Parse, Parser};
use syn::punctuated::Punctuated;
use syn::{DeriveInput, Token};

use crate::ast::Direction;
use crate::expand;

/// Setting this environment variable (to anything) rewrites the golden files.
const OVERWRITE: &str = "OVERWRITE_EXPANDED";

/// The line that picks the derives to run; without it, both run.
const DERIVE_HEADER: &str = "// derive:";

/// Both derives, in the order their output appears in a golden file.
const DIRECTIONS: [Direction; 2] = [Direction::Read, Direction::Write];

#[test]
fn expansions_match_their_golden_files() {
    let overwrite = std::env::var_os(OVERWRITE).is_some();
    let cases = cases();
    // Guards against a moved directory making this test pass on nothing.
    assert!(cases.len() >= 10, "only {} cases found", cases.len());
    let mut stale = Vec::new();
    for input_path in cases {
        let expanded_path = input_path.with_extension("expanded.rs");
        let expanded = expand_file(&input_path);
        if overwrite {
            fs::write(&expanded_path, &expanded).expect("golden file is writable");
        } else if fs::read_to_string(&expanded_path).ok().as_deref() != Some(&expanded) {
            stale.push(format!("{}: expected\n{expanded}", expanded_path.display()));
        }
    }
    assert!(
        stale.is_empty(),
        "{} golden file(s) differ from the expansion; if the change is intended, rerun with \
         {OVERWRITE}=1 and review the diff\n\n{}",
        stale.len(),
        stale.join("\n")
    );
}

#[test]
fn every_golden_file_has_its_input() {
    for entry in fs::read_dir(expand_dir()).expect("tests/expand exists") {
        let path = entry.expect("directory entry").path();
        let name = path.to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".expanded.rs") {
            assert!(
                Path::new(&format!("{stem}.rs")).exists(),
                "{name} has no input file: delete it"
            );
        }
    }
}

fn expand_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand")
}

/// The input files, sorted so that failures come in a stable order.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(expand_dir())
        .expect("tests/expand exists")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            let name = path.to_string_lossy();
            name.ends_with(".rs") && !name.ends_with(".expanded.rs") && !name.ends_with(".final.rs")
        })
        .collect();
    cases.sort();
    cases
}

/// The golden text for one input file: for each derive, a comment naming it and its output.
fn expand_file(path: &Path) -> String {
    let source = fs::read_to_string(path).expect("input file is readable");
    let input: DeriveInput = syn::parse_str(&source)
        .unwrap_or_else(|error| panic!("{} is not one struct: {error}", path.display()));
    let mut golden = String::new();
    for direction in directions(&source, path) {
        let tokens = expand::derive(&input, direction);
        let file: syn::File = syn::parse2(tokens.clone()).unwrap_or_else(|error| {
            panic!(
                "{}: the output of {} is not items ({error}): {tokens}",
                path.display(),
                direction.derive_name()
            )
        });
        if !golden.is_empty() {
            golden.push('\n');
        }
        let _ = writeln!(golden, "// #[derive({})]", direction.derive_name());
        for item in file.items {
            golden.push_str(&render_item(item));
        }
    }
    golden
}

/// One output item: a call of a hidden macro one `key [value]` per line, with each value
/// formatted as Rust; anything else (`compile_error!`) as prettyplease prints it.
fn render_item(item: syn::Item) -> String {
    if let syn::Item::Macro(call) = &item {
        if let Some(body) = render_keyed_body(call.mac.tokens.clone()) {
            let path = call.mac.path.to_token_stream().to_string().replace(' ', "");
            return format!("{path}! {{\n{body}}}\n");
        }
    }
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![item],
    })
}

/// `read impl [..] type [..] ...` as lines `read`, `impl [..]`, `type [..]`, …; `None` if the
/// body is not a run of words and bracketed values.
fn render_keyed_body(body: TokenStream) -> Option<String> {
    let entries = keyed_entries(body)?;
    Some(
        entries
            .iter()
            .map(|entry| format!("    {entry}\n"))
            .collect(),
    )
}

/// The `key` and `key [value]` entries of a macro body, or `None` if it has other tokens.
fn keyed_entries(body: TokenStream) -> Option<Vec<String>> {
    let mut entries = Vec::new();
    let mut tokens = body.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let TokenTree::Ident(key) = token else {
            return None;
        };
        let mut entry = key.to_string();
        if let Some(TokenTree::Group(value)) = tokens.peek() {
            if value.delimiter() != Delimiter::Bracket {
                return None;
            }
            let _ = write!(entry, " [{}]", render_value(value.stream()));
            tokens.next();
        }
        entries.push(entry);
    }
    Some(entries)
}

/// A bracketed value, formatted by prettyplease as what it is: comma-separated types,
/// generic parameters or `where` predicates; anything else as plain tokens (`0`, `SameWord`).
fn render_value(value: TokenStream) -> String {
    let as_types = || {
        render_each(
            &value,
            ("type T = ", ";"),
            |ty: &syn::Type| quote!(type T = #ty;),
        )
    };
    let as_params = || {
        render_each(
            &value,
            ("struct S<", ">;"),
            |param: &syn::GenericParam| quote!(struct S<#param>;),
        )
    };
    let as_predicates = || {
        render_each(
            &value,
            ("struct S\nwhere\n", ",\n;"),
            |predicate: &syn::WherePredicate| quote!(struct S where #predicate;),
        )
    };
    let as_members = || {
        let list = Punctuated::<MemberType, Token![,]>::parse_terminated
            .parse2(value.clone())
            .ok()?;
        let rendered = list.iter().map(|MemberType { member, ty }| {
            let ty = render_each(
                &quote!(#ty),
                ("type T = ", ";"),
                |ty: &syn::Type| quote!(type T = #ty;),
            )?;
            Some(format!("{}: {ty}", quote!(#member)))
        });
        Some(rendered.collect::<Option<Vec<_>>>()?.join(", "))
    };
    // A nested `key [value] ...` list, as `embedded_dma [fields [..] phantoms [..]]`.
    let as_keyed = || keyed_entries(value.clone()).map(|entries| entries.join(" "));
    as_types()
        .or_else(as_members)
        .or_else(as_params)
        .or_else(as_predicates)
        .or_else(as_keyed)
        .unwrap_or_else(|| value.to_string())
}

/// `member: Type`, an entry of the `fields` and `phantoms` lists.
struct MemberType {
    member: syn::Member,
    ty: syn::Type,
}

impl Parse for MemberType {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let member = input.parse()?;
        input.parse::<Token![:]>()?;
        Ok(Self {
            member,
            ty: input.parse()?,
        })
    }
}

/// `value` as a comma-separated list of `T`, each printed by prettyplease as the item `wrap`
/// makes of it, less that item's `(start, end)`.
fn render_each<T: Parse>(
    value: &TokenStream,
    (start, end): (&str, &str),
    wrap: impl Fn(&T) -> TokenStream,
) -> Option<String> {
    let list = Punctuated::<T, Token![,]>::parse_terminated
        .parse2(value.clone())
        .ok()?;
    let rendered = list.iter().map(|element| {
        let file: syn::File = syn::parse2(wrap(element)).ok()?;
        let text = prettyplease::unparse(&file);
        let text = text.strip_prefix(start)?.trim_end().strip_suffix(end)?;
        Some(text.trim().to_owned())
    });
    Some(rendered.collect::<Option<Vec<_>>>()?.join(", "))
}

/// The derives the header line of `source` names, or both.
fn directions(source: &str, path: &Path) -> Vec<Direction> {
    let Some(names) = source
        .lines()
        .next()
        .and_then(|line| line.strip_prefix(DERIVE_HEADER))
    else {
        return DIRECTIONS.to_vec();
    };
    names
        .split(',')
        .map(|name| {
            let name = name.trim();
            DIRECTIONS
                .into_iter()
                .find(|direction| direction.derive_name() == name)
                .unwrap_or_else(|| panic!("{}: unknown derive `{name}`", path.display()))
        })
        .collect()
}
