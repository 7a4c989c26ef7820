//! Turns a checked input into one call of a hidden `macro_rules!` of `dma_buffer`, which
//! writes the `unsafe impl` together with its layout checks. The derive itself emits no
//! `unsafe`, so user crates under `#![forbid(unsafe_code)]` compile, and no path it emits can
//! lead to an impl without checks (see `dma_buffer::__private`).

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::{DeriveInput, Member, Type};

use crate::ast::{Direction, Input};
use crate::attr::Mode;
use crate::errors::Errors;
use crate::generics::{self, LayoutParams};
use crate::repr::{self, HintKind};
use crate::valid;

/// The derive's whole output for `node`: the impl, or `compile_error!`s for every violation.
pub fn derive(node: &DeriveInput, direction: Direction) -> TokenStream {
    let mut errors = Errors::default();
    let input = Input::from_syn(node, direction, &mut errors);
    valid::check(&input, &mut errors);
    if let Some(compile_errors) = errors.into_compile_errors() {
        return compile_errors;
    }
    let krate = match &input.attrs.krate {
        Some(krate) => krate.value.to_token_stream(),
        None => quote!(::dma_buffer),
    };
    let direction = match input.direction {
        Direction::Read => quote!(read),
        Direction::Write => quote!(write),
    };
    let header = header(&input);
    match input.attrs.mode() {
        Mode::Target => target(&input, &krate, &direction, &header),
        Mode::Delegate => delegate(&input, &krate, &direction, &header),
        Mode::Zerocopy => quote! {
            #krate::__derive_zerocopy_target! { #direction #header }
        },
    }
}

/// `impl [..] type [..] where [..]`: how every hidden macro takes the impl's generics.
fn header(input: &Input) -> TokenStream {
    let params = generics::impl_params(input.generics);
    let self_type = generics::self_type(input.ident, input.generics);
    let predicates = generics::where_predicates(input.generics);
    quote!(impl [#params] type [#self_type] where [#predicates])
}

fn target(
    input: &Input,
    krate: &TokenStream,
    direction: &TokenStream,
    header: &TokenStream,
) -> TokenStream {
    let target_trait = match input.direction {
        Direction::Read => quote!(DmaReadTarget),
        Direction::Write => quote!(DmaWriteTarget),
    };
    let (data_members, fields): (Vec<&Member>, Vec<&Type>) = input
        .data_fields()
        .map(|field| (&field.member, field.ty))
        .unzip();
    let (phantom_members, phantoms): (Vec<&Member>, Vec<&Type>) = input
        .phantom_fields()
        .map(|field| (&field.member, field.ty))
        .unzip();
    let layout_params = LayoutParams::of(input.generics);
    let bounds = fields.iter().filter(|ty| layout_params.mentioned_in(ty));
    let (word, rule) = match &input.attrs.word {
        Some(word) => (word.value.to_token_stream(), quote!(AnyWord)),
        // The rule makes every field agree with this word. A word written out (`[u16; 4]`)
        // keeps a field that is not a target from also breaking the impl's `Word`.
        None => match (
            input
                .data_fields()
                .find_map(|field| valid::written_word(field.ty)),
            fields.first(),
        ) {
            (Some((written, _)), _) => (written.to_token_stream(), quote!(SameWord)),
            (None, Some(first)) => (
                quote!(<#first as #krate::#target_trait>::Word),
                quote!(SameWord),
            ),
            // Validation refuses a struct without data fields.
            (None, None) => return TokenStream::new(),
        },
    };
    // A struct whose only parameters are lifetimes has one layout: check it at the definition.
    let now = layout_params.is_empty().then(|| {
        let self_type = generics::self_type_static(input.ident, input.generics);
        quote!(now [#self_type])
    });
    let embedded_dma = embedded_dma_route(input, &layout_params).map(|route| match route {
        EmbeddedDmaRoute::CheckedAtDefinition => quote!(embedded_dma []),
        EmbeddedDmaRoute::EveryFieldBounded => {
            quote!(embedded_dma [fields [#(#fields),*] phantoms [#(#phantoms),*]])
        }
    });
    quote! {
        #krate::__derive_dma_target! {
            #direction #header
            word [#word] rule [#rule]
            bounds [#(#bounds),*]
            fields [#(#data_members: #fields),*]
            phantoms [#(#phantom_members: #phantoms),*]
            #now
            #embedded_dma
        }
    }
}

/// How a derived type whose layout holds for every instantiation is an embedded-dma target.
enum EmbeddedDmaRoute {
    /// One layout, checked at the definition: no bounds needed.
    CheckedAtDefinition,
    /// Every data field bounded on embedded-dma's own target trait of the struct's word, every
    /// phantom field on being `core::marker::PhantomData`.
    EveryFieldBounded,
}

/// The route for a struct whose layout holds for every instantiation; `None` when it may not.
/// embedded-dma's impls for arrays, slices and `MaybeUninit` of a target compute its
/// `(ptr, len)` without evaluating any check of ours, so a target whose check could fail must
/// stay off that route (`Compat` serves it). The choice here reads syntax; the bounds are the
/// proof: they see through a shadowed `u8` or `PhantomData`, and refuse a concrete field whose
/// own check could fail (`H<3>` in a wrapper generic over something else).
fn embedded_dma_route(input: &Input, layout_params: &LayoutParams) -> Option<EmbeddedDmaRoute> {
    if layout_params.is_empty() {
        return Some(EmbeddedDmaRoute::CheckedAtDefinition);
    }
    if input.attrs.word.is_some() {
        return None;
    }
    // Arrays of one word type, without `align`: no instantiation can pad or misalign.
    // Validation made the written words agree (there is no `word =` here).
    let one_word = input
        .data_fields()
        .all(|field| valid::written_word(field.ty).is_some())
        && !repr::has(&input.repr, HintKind::Align);
    // A transparent wrapper has its field's layout: sound where that field is an embedded-dma
    // target itself.
    (one_word || repr::has(&input.repr, HintKind::Transparent))
        .then_some(EmbeddedDmaRoute::EveryFieldBounded)
}

fn delegate(
    input: &Input,
    krate: &TokenStream,
    direction: &TokenStream,
    header: &TokenStream,
) -> TokenStream {
    // Validation made sure there is exactly one data field.
    let Some(field) = input.data_fields().next() else {
        return TokenStream::new();
    };
    let (ty, member) = (field.ty, &field.member);
    quote! {
        #krate::__derive_dma_delegate! {
            #direction #header
            field [#ty] member [#member]
        }
    }
}
