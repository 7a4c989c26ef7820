//! The derive input as this crate sees it: which trait, the `#[dma]` keys, the `repr` hints,
//! and the fields with their types.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, Generics, Ident, Index, Member, Type};

use crate::attr::{self, DmaAttrs};
use crate::errors::Errors;
use crate::repr::{self, ReprHint};

/// Which derive runs: the DMA reads the struct, or writes it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Read,
    Write,
}

impl Direction {
    /// The derive's name, for messages.
    pub fn derive_name(self) -> &'static str {
        match self {
            Self::Read => "DmaReadBuffer",
            Self::Write => "DmaWriteBuffer",
        }
    }
}

/// One derive input.
pub struct Input<'a> {
    pub direction: Direction,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attrs: DmaAttrs,
    pub repr: Vec<ReprHint>,
    pub shape: Shape<'a>,
    /// `#[dma(...)]` written on a field or variant rather than on the struct.
    pub misplaced_attrs: Vec<&'a Attribute>,
}

/// What kind of item the derive is on.
pub enum Shape<'a> {
    /// A struct with its fields in order; none for a unit struct.
    Struct(Vec<Field<'a>>),
    /// An enum, with the span of its `enum` keyword.
    Enum(Span),
    /// A union, with the span of its `union` keyword.
    Union(Span),
}

/// One field of a struct.
pub struct Field<'a> {
    /// Its name, or its index in a tuple struct.
    pub member: Member,
    pub ty: &'a Type,
    /// `PhantomData<..>`: zero-sized, so it is no part of the DMA memory.
    pub phantom: bool,
}

impl<'a> Input<'a> {
    /// Reads `node`; malformed `#[dma]` and `#[repr]` attributes go to `errors`.
    pub fn from_syn(node: &'a DeriveInput, direction: Direction, errors: &mut Errors) -> Self {
        let mut misplaced_attrs = Vec::new();
        let shape = match &node.data {
            Data::Struct(data) => {
                misplaced_attrs.extend(dma_attrs_of_fields(&data.fields));
                Shape::Struct(fields(&data.fields))
            }
            Data::Enum(data) => {
                for variant in &data.variants {
                    misplaced_attrs.extend(variant.attrs.iter().filter(|a| attr::is_dma(a)));
                    misplaced_attrs.extend(dma_attrs_of_fields(&variant.fields));
                }
                Shape::Enum(data.enum_token.span)
            }
            Data::Union(data) => {
                misplaced_attrs.extend(
                    data.fields
                        .named
                        .iter()
                        .flat_map(|field| field.attrs.iter().filter(|attr| attr::is_dma(attr))),
                );
                Shape::Union(data.union_token.span)
            }
        };
        Input {
            direction,
            ident: &node.ident,
            generics: &node.generics,
            attrs: attr::parse(&node.attrs, errors),
            repr: repr::parse(&node.attrs, errors),
            shape,
            misplaced_attrs,
        }
    }

    /// The struct's fields; none for an enum or a union.
    pub fn fields(&self) -> &[Field<'a>] {
        match &self.shape {
            Shape::Struct(fields) => fields,
            Shape::Enum(_) | Shape::Union(_) => &[],
        }
    }

    /// The fields that are DMA memory: all but the `PhantomData` ones.
    pub fn data_fields(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields().iter().filter(|field| !field.phantom)
    }

    /// The `PhantomData` fields: zero-sized, no part of the DMA memory.
    pub fn phantom_fields(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields().iter().filter(|field| field.phantom)
    }
}

impl Field<'_> {
    /// The name errors quote: the field's (without `r#`), or its index in a tuple struct.
    pub fn name(&self) -> String {
        match &self.member {
            Member::Named(ident) => ident.unraw().to_string(),
            Member::Unnamed(index) => index.index.to_string(),
        }
    }
}

fn fields(fields: &Fields) -> Vec<Field<'_>> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| Field {
            member: match &field.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(Index {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                    span: field.ty.span(),
                }),
            },
            ty: &field.ty,
            phantom: is_phantom(&field.ty),
        })
        .collect()
}

fn dma_attrs_of_fields(fields: &Fields) -> impl Iterator<Item = &Attribute> {
    fields
        .iter()
        .flat_map(|field| field.attrs.iter().filter(|attr| attr::is_dma(attr)))
}

/// Whether `ty` is written `PhantomData<..>`, with or without a path. The generated check
/// requires such a field to be `core::marker::PhantomData`, so an unrelated type of that name
/// is refused.
fn is_phantom(ty: &Type) -> bool {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "PhantomData"),
        Type::Group(group) => is_phantom(&group.elem),
        Type::Paren(paren) => is_phantom(&paren.elem),
        _ => false,
    }
}
