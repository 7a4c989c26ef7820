//! Turns a checked input into the derive's output: the `unsafe impl` of `dma_buffer`'s
//! `ReadFields`/`WriteFields` (a target) or `DmaReadBuffer`/`DmaWriteBuffer` (a delegate),
//! and a call of one of `dma_buffer`'s macros for what needs `$crate`.
//!
//! Nothing emitted here is a fact that an `unsafe impl` takes on trust: the field list comes
//! with a path-free proof (in `FIELDS`), every layout check runs in `dma_buffer`'s blanket
//! impls, and a delegate forwards to its field's impl of the same trait. Paths go through the
//! crate path, which may be the user's (see `dma_buffer::__private` for why that is harmless).

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::DeriveInput;

use crate::ast::{Direction, Field, Input};
use crate::attr::Mode;
use crate::errors::Errors;
use crate::generics;
use crate::repr::{self, HintKind};
use crate::valid;

/// The derive's whole output for `node`: the impl, or `compile_error!`s for every violation.
pub fn derive(node: &DeriveInput, direction: Direction) -> TokenStream {
    let mut errors = Errors::default();
    let input = Input::from_syn(node, direction, &mut errors);
    valid::check(&input, &mut errors);
    let krate = match &input.attrs.krate {
        Some(krate) => krate.value.to_token_stream(),
        None => quote!(::dma_buffer),
    };
    let header = Header::of(&input);
    if let Some(compile_errors) = errors.into_compile_errors() {
        let fallback = fallback(&input, &krate, &header);
        return quote!(#compile_errors #fallback);
    }
    match input.attrs.mode() {
        Mode::Target => target(&input, &krate, &header),
        Mode::Delegate => delegate(&input, &krate, &header),
        // zerocopy's traits on each field, not on the struct (zerocopy's own derive reads the
        // struct's syntax, which an attribute macro after it can change): the same list, proof
        // and checks as a target, with the fields' rule `Zerocopy` and bytes as the word.
        Mode::Zerocopy => {
            let feature = quote!(#krate::__derive_zerocopy_target! {});
            let target = target(&input, &krate, &header);
            quote!(#feature #target)
        }
    }
}

/// The impl's generics, as every emitted impl and macro call takes them.
struct Header {
    /// `'a, T: Copy, const N: usize`
    params: TokenStream,
    /// `H<'a, T, N>`
    self_type: TokenStream,
    /// `T: Bound, …,` from the struct's `where` clause
    predicates: TokenStream,
}

impl Header {
    fn of(input: &Input) -> Self {
        Header {
            params: generics::impl_params(input.generics),
            self_type: generics::self_type(input.ident, input.generics),
            predicates: generics::where_predicates(input.generics),
        }
    }
}

/// What a refused struct gets besides its errors, so that its uses do not add "not a DMA
/// buffer" errors of their own (as thiserror's fallback does): the trait the derive would have
/// made it implement. The impl must be sound by itself, since a hostile crate can make the
/// `compile_error!`s beside it expand to nothing (`extern crate self as core;` and a macro of
/// its own): the buffer method never returns, and the target's check, which every route to a
/// pointer evaluates (arrays and slices of the type too), fails to compile, without naming
/// any path.
fn fallback(input: &Input, krate: &TokenStream, header: &Header) -> TokenStream {
    let Header {
        params,
        self_type,
        predicates,
    } = header;
    let word = input
        .data_fields()
        .find_map(|field| valid::written_word(field.ty))
        .map_or_else(|| quote!(u8), |(word, _)| word.to_token_stream());
    let items = match (input.attrs.mode(), input.direction) {
        (Mode::Delegate, Direction::Read) => quote! {
            DmaReadBuffer for #self_type where #predicates {
                type Word = #word;
                fn dma_read_buffer(&self) -> (*const Self::Word, usize) {
                    loop {}
                }
            }
        },
        (Mode::Delegate, Direction::Write) => quote! {
            DmaWriteBuffer for #self_type where #predicates {
                type Word = #word;
                fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
                    loop {}
                }
            }
        },
        (_, Direction::Read) => quote! {
            DmaReadTarget for #self_type where #predicates {
                type Word = #word;
                const READ_CHECK: () = [()][1];
                fn read_word_len(_: *const Self) -> usize {
                    loop {}
                }
            }
        },
        (_, Direction::Write) => quote! {
            DmaWriteTarget for #self_type where #predicates {
                type Word = #word;
                const WRITE_CHECK: () = [()][1];
                fn write_word_len(_: *mut Self) -> usize {
                    loop {}
                }
            }
        },
    };
    quote!(unsafe impl<#params> #krate::#items)
}

/// `(A, B, ())`: field types as a list without any path, which `dma_buffer`'s traits walk;
/// in chunks of at most `CHUNK` types (`(F0, .., F7, (F8, ()))`), which keep the nesting, and
/// so rustc's recursion, shallow for structs with many fields.
fn field_list<'a>(fields: impl Iterator<Item = &'a Field<'a>>) -> TokenStream {
    const CHUNK: usize = 8;
    let types: Vec<_> = fields.map(|field| field.ty).collect();
    types
        .rchunks(CHUNK)
        .fold(quote!(()), |rest, chunk| quote!((#(#chunk,)* #rest)))
}

/// `(P0, (P1, ()))`: the phantom fields' types.
fn phantom_list<'a>(fields: impl Iterator<Item = &'a Field<'a>>) -> TokenStream {
    let types: Vec<_> = fields.map(|field| field.ty).collect();
    types
        .iter()
        .rev()
        .fold(quote!(()), |rest, ty| quote!((#ty, #rest)))
}

fn target(input: &Input, krate: &TokenStream, header: &Header) -> TokenStream {
    let (fields_trait, target_trait, direction) = match input.direction {
        Direction::Read => (quote!(ReadFields), quote!(DmaReadTarget), quote!(read)),
        Direction::Write => (quote!(WriteFields), quote!(DmaWriteTarget), quote!(write)),
    };
    // The word, its rule, and the bound that makes the word well-formed when it is read off the
    // first field's type.
    let (word, rule, word_bound) = match &input.attrs.word {
        _ if input.attrs.zerocopy.is_some() => (quote!(u8), quote!(Zerocopy), None),
        Some(word) => (word.value.to_token_stream(), quote!(AnyWord), None),
        // The rule makes every field agree with this word. A word written out (`[u16; 4]`)
        // keeps a field that is not a target from also breaking the impl's `Word`.
        None => match input
            .data_fields()
            .find_map(|field| valid::written_word(field.ty))
        {
            Some((written, _)) => (written.to_token_stream(), quote!(SameWord), None),
            None => match input.data_fields().next() {
                Some(first) => {
                    let first = first.ty;
                    (
                        quote!(<#first as #krate::#target_trait>::Word),
                        quote!(SameWord),
                        Some(quote!(#first: #krate::#target_trait,)),
                    )
                }
                // Validation refuses a struct without data fields.
                None => return TokenStream::new(),
            },
        },
    };
    let fields = field_list(input.data_fields());
    let phantoms = phantom_list(input.phantom_fields());
    let members = input.fields().iter().map(|field| &field.member);
    // With one field, `..`, which no union pattern may have, so `Self` is a struct (raw borrows
    // of a union's fields are safe).
    let not_a_union = (input.fields().len() == 1).then(|| quote!(let Self { .. } = this;));
    let exact_types = input.fields().iter().map(|field| {
        let (member, ty) = (&field.member, field.ty);
        quote!(let _: *const #ty = &raw const this.#member;)
    });
    let layout = layout_checks(input, krate);
    let Header {
        params,
        self_type,
        predicates,
    } = header;
    // A struct whose only parameters are lifetimes has one layout, and so one type to check
    // where it is defined.
    let one_type = generics::one_layout_type(input.ident, input.generics);
    // That one is also embedded-dma's target. A generic one is checked per instantiation, by
    // the target impl; its `'static` pointers are embedded-dma buffers when its parameters can
    // be given to a macro as opaque pieces, and anything else of it reaches a HAL through
    // `Compat`.
    let routes = match &one_type {
        Some(one_type) => Some(quote!(#krate::__derived_routes! { #direction type [#one_type] })),
        None => generics::plain_params(input.generics).map(|params| {
            quote!(#krate::__derived_pointer_routes! { #direction #params type [#self_type] })
        }),
    };
    let cache_lines = input.attrs.cache_line.as_ref().map(|line| {
        let (span, line) = (line.value.span(), &line.value);
        let check_krate = respanned(krate, span);
        let check = quote_spanned!(span=> #check_krate::derived::assert_cache_lines::<Self>(#line));
        // A struct with one layout is checked where it is defined; a generic one by the
        // cache-maintained channel that takes it.
        let now = one_type.as_ref().map(
            |one_type| quote!(const _: () = <#one_type as #krate::derived::CacheLines>::CHECK;),
        );
        quote! {
            impl<#params> #krate::derived::CacheLines for #self_type where #predicates {
                const LINE: usize = #line;
                const CHECK: () = #check;
            }
            #now
        }
    });
    quote! {
        #cache_lines
        unsafe impl<#params> #krate::derived::#fields_trait for #self_type
        where
            #word_bound
            #predicates
        {
            type Word = #word;
            type Rule = #krate::derived::#rule;
            type Fields = #fields;
            type Phantoms = #phantoms;
            const FIELDS: () = {
                // Whatever `None` and `Some` name here, `this` can only be a `Self` (or a
                // reference to one) for the pattern to type-check, so the proof is of `Self`'s
                // fields. Type-checked, never evaluated.
                if let Some(this) = None::<&Self> {
                    // Every field, so no field is left out, and `Self` is no union of two or
                    // more fields (a union pattern names exactly one).
                    let Self { #(#members: _),* } = this;
                    #not_a_union
                    #(#exact_types)*
                }
            };
            #layout
        }
        #routes
    }
}

/// `LAYOUT`, the checks that name the field at fault (`dma_buffer::derived::FieldGaps`): each
/// data field placed in turn, then the end. Each call is written at its field (the end's at
/// `align(N)`, which pads the end), where the error then points. A `repr(transparent)` struct
/// is its one data field's layout, with no gap to name: it keeps the trait's empty default.
fn layout_checks(input: &Input, krate: &TokenStream) -> TokenStream {
    if repr::find(&input.repr, HintKind::Transparent).is_some() {
        return TokenStream::new();
    }
    let fields: Vec<_> = input.data_fields().collect();
    // Mixed-site hygiene keeps it apart from the user's locals, not from a constant named
    // `gaps`, which would make the `let` a pattern: that breaks the build, nothing worse, as
    // the walk only writes messages.
    let gaps = Ident::new("gaps", Span::mixed_site());
    let placed = fields.iter().enumerate().map(|(index, field)| {
        let (ty, span, name) = (field.ty, field.ty.span(), field.name());
        let krate = respanned(krate, span);
        if index > 0 {
            quote_spanned!(span=>
                let #gaps = #krate::derived::FieldGaps::field::<#ty>(#gaps, #name);
            )
        } else if let Some(pack) = repr::packing(&input.repr) {
            quote!(let #gaps = #krate::derived::FieldGaps::first_packed::<#ty>(#name, #pack);)
        } else {
            quote!(let #gaps = #krate::derived::FieldGaps::first::<#ty>(#name);)
        }
    });
    let end_span = repr::find(&input.repr, HintKind::Align)
        .map(|hint| hint.tokens.span())
        .or_else(|| fields.last().map(|field| field.ty.span()))
        .unwrap_or_else(Span::call_site);
    let end_krate = respanned(krate, end_span);
    let end = quote_spanned!(end_span=> #end_krate::derived::FieldGaps::end::<Self>(#gaps););
    quote! {
        const LAYOUT: () = {
            #(#placed)*
            #end
        };
    }
}

/// `tokens` with every span set to `span`, so that an expression built from them (a call whose
/// error rustc reports at the call) points where `span` does.
fn respanned(tokens: &TokenStream, span: Span) -> TokenStream {
    tokens
        .clone()
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respanned(&group.stream(), span));
                inner.set_span(span);
                token = TokenTree::Group(inner);
            }
            token.set_span(span);
            token
        })
        .collect()
}

fn delegate(input: &Input, krate: &TokenStream, header: &Header) -> TokenStream {
    let (buffer_trait, method, self_ref, pointer) = match input.direction {
        Direction::Read => (
            quote!(DmaReadBuffer),
            quote!(dma_read_buffer),
            quote!(&),
            quote!(const),
        ),
        Direction::Write => (
            quote!(DmaWriteBuffer),
            quote!(dma_write_buffer),
            quote!(&mut),
            quote!(mut),
        ),
    };
    // Validation made sure there is exactly one data field.
    let Some(field) = input.data_fields().next() else {
        return TokenStream::new();
    };
    let (ty, member) = (field.ty, &field.member);
    let members = input.fields().iter().map(|field| &field.member);
    let Header {
        params,
        self_type,
        predicates,
    } = header;
    // A handle generic over its buffer reaches a HAL through `Compat`: a macro that took its
    // generics could be handed tokens that write an impl of their own.
    let edma = generics::one_layout_type(input.ident, input.generics).map(
        |one_type| quote!(#krate::__impl_embedded_dma_buffer! { #buffer_trait type [#one_type] }),
    );
    let phantoms = input.phantom_fields().map(|field| field.ty);
    quote! {
        unsafe impl<#params> #krate::#buffer_trait for #self_type
        where
            #ty: #krate::#buffer_trait,
            #(#phantoms: #krate::derived::IsPhantomData,)*
            #predicates
        {
            type Word = <#ty as #krate::#buffer_trait>::Word;
            #[inline]
            fn #method(#self_ref self) -> (*#pointer Self::Word, usize) {
                let Self { #(#members: _),* } = self;
                let _: *const #ty = &raw const self.#member;
                <#ty as #krate::#buffer_trait>::#method(#self_ref self.#member)
            }
        }
        #edma
    }
}
