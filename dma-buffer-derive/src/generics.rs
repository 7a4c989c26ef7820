//! The struct's generic parameters: whether its layout depends on them, and how the generated
//! `impl` writes them.

use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::{
    GenericParam, Generics, Ident, Path, PredicateType, TraitBound, TraitBoundModifier, Type,
    TypeParamBound, TypePath, WherePredicate,
};

/// Whether the struct has type or const parameters, the ones that can change its layout:
/// without them, it has one layout for every instantiation.
fn has_layout_params(generics: &Generics) -> bool {
    generics.type_params().next().is_some() || generics.const_params().next().is_some()
}

/// The struct's parameters as opaque pieces, `lifetimes ['a] types [T [Copy, Into<u8>]] consts
/// [N: usize]`, when no lifetime has a bound and each type parameter's bounds, on it and in the
/// `where` clause (`where T: Copy` joins `T`'s), are plain trait paths (no lifetime, `?Sized`
/// or `for<..>`) that do not name `Self` (which would mean the pointer in the macro's impls,
/// not the struct): what a macro can take without ever splicing raw tokens into an `impl`
/// header. `None` otherwise, for a `where` clause that bounds anything but a parameter, and
/// for a lifetime named `'__dma`, the routes' own.
pub fn plain_params(generics: &Generics) -> Option<TokenStream> {
    // Each type parameter's bounds: its own, then those the `where` clause gives it.
    let mut bounds = generics
        .type_params()
        .map(|param| Some((&param.ident, plain_bounds(&param.bounds)?)))
        .collect::<Option<Vec<_>>>()?;
    for predicate in generics.where_clause.iter().flat_map(|w| &w.predicates) {
        let WherePredicate::Type(PredicateType {
            lifetimes: None,
            bounded_ty: Type::Path(TypePath { qself: None, path }),
            bounds: more,
            ..
        }) = predicate
        else {
            return None;
        };
        let (_, of_param) = bounds.iter_mut().find(|(ident, _)| path.is_ident(*ident))?;
        of_param.extend(plain_bounds(more)?);
    }
    let types = bounds
        .iter()
        .map(|(ident, bounds)| quote!(#ident [#(#bounds),*]));
    let mut lifetimes = Vec::new();
    for param in generics.lifetimes() {
        // `'__dma` is the routes' own higher-ranked lifetime: a parameter of that name would
        // shadow it.
        if !param.bounds.is_empty() || param.lifetime.ident == "__dma" {
            return None;
        }
        lifetimes.push(&param.lifetime);
    }
    let consts = generics.const_params().map(|param| {
        let (ident, ty) = (&param.ident, &param.ty);
        quote!(#ident: #ty)
    });
    Some(quote!(lifetimes [#(#lifetimes),*] types [#(#types),*] consts [#(#consts),*]))
}

/// Trait bounds as their paths, if each is a plain trait path that does not name `Self`.
fn plain_bounds<'a>(bounds: impl IntoIterator<Item = &'a TypeParamBound>) -> Option<Vec<&'a Path>> {
    bounds
        .into_iter()
        .map(|bound| match bound {
            TypeParamBound::Trait(TraitBound {
                paren_token: None,
                modifier: TraitBoundModifier::None,
                lifetimes: None,
                path,
            }) if !names_self(path.to_token_stream()) => Some(path),
            _ => None,
        })
        .collect()
}

/// Whether `tokens` hold `Self`, at any depth.
fn names_self(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == "Self",
        TokenTree::Group(group) => names_self(group.stream()),
        _ => false,
    })
}

/// The struct's parameters as the `impl` declares them, without angle brackets: bounds kept,
/// defaults and attributes dropped (`'a, T: Copy, const N: usize`).
pub fn impl_params(generics: &Generics) -> TokenStream {
    let params = generics.params.iter().map(|param| match param {
        GenericParam::Lifetime(param) => {
            let (lifetime, colon, bounds) = (&param.lifetime, &param.colon_token, &param.bounds);
            quote!(#lifetime #colon #bounds)
        }
        GenericParam::Type(param) => {
            let (ident, colon, bounds) = (&param.ident, &param.colon_token, &param.bounds);
            quote!(#ident #colon #bounds)
        }
        GenericParam::Const(param) => {
            let (ident, ty) = (&param.ident, &param.ty);
            quote!(const #ident: #ty)
        }
    });
    quote!(#(#params),*)
}

/// The struct's type as the `impl` names it: `Frame`, `H<N>`, `G<'a, T>`.
pub fn self_type(ident: &Ident, generics: &Generics) -> TokenStream {
    let (_, type_generics, _) = generics.split_for_impl();
    quote!(#ident #type_generics)
}

/// For a struct whose only parameters are lifetimes, and so has one layout: its type with
/// `'static` for each lifetime, a type that can be named outside the `impl`. `None` for a
/// struct with type or const parameters.
pub fn one_layout_type(ident: &Ident, generics: &Generics) -> Option<TokenStream> {
    if has_layout_params(generics) {
        return None;
    }
    if generics.params.is_empty() {
        return Some(ident.to_token_stream());
    }
    let statics = generics.lifetimes().map(|_| quote!('static));
    Some(quote!(#ident<#(#statics),*>))
}

/// The predicates of the struct's `where` clause, each followed by a comma.
pub fn where_predicates(generics: &Generics) -> TokenStream {
    let predicates = generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates);
    quote!(#(#predicates,)*)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params_of(generics: &str) -> Generics {
        syn::parse_str(generics).expect("test generics parse")
    }

    #[test]
    fn lifetimes_do_not_change_the_layout() {
        assert!(!has_layout_params(&params_of("<'a, 'b: 'a>")));
        assert!(has_layout_params(&params_of("<'a, const N: usize>")));
        assert!(has_layout_params(&params_of("<T>")));
    }

    #[test]
    fn plain_params_take_trait_paths_and_refuse_other_bounds() {
        let plain = |generics: &str| plain_params(&params_of(generics)).map(|p| p.to_string());
        assert_eq!(
            plain("<'a, T: Copy + core::convert::Into<u8>, U, const N: usize>"),
            Some(
                quote!(lifetimes ['a] types [T [Copy, core::convert::Into<u8>], U []] consts [N: usize])
                    .to_string()
            )
        );
        for refused in [
            "<T: ?Sized>",
            "<T: 'static>",
            "<T: for<'a> Fn(&'a u8)>",
            "<'a: 'b, 'b>",
            "<'__dma, T>",
            "<T: PartialEq<Self>>",
            "<T: Into<[Option<Self>; 2]>>",
        ] {
            assert_eq!(plain(refused), None, "{refused}");
        }
        let where_of = |item: &str| {
            let item = syn::parse_str::<syn::ItemStruct>(item).expect("test struct parses");
            plain_params(&item.generics).map(|p| p.to_string())
        };
        assert_eq!(
            where_of("struct S<T: Copy, U>(T, U) where T: Default + Eq, U: Copy, T: Ord;"),
            Some(
                quote!(lifetimes [] types [T [Copy, Default, Eq, Ord], U [Copy]] consts [])
                    .to_string()
            )
        );
        for refused in [
            "struct S<T>(T) where T: 'static;",
            "struct S<T>(T) where T: ?Sized;",
            "struct S<T>(T) where T: PartialEq<Self>;",
            "struct S<T>(T) where for<'a> T: Fn(&'a u8);",
            "struct S<T>(T) where [T; 2]: Copy;",
            "struct S<T>(T) where Vec<T>: Clone;",
            "struct S<T>(T) where Self: Copy;",
            "struct S<'a, T>(&'a T) where 'a: 'static;",
            "struct S<T, const N: usize>([T; N]) where N: Copy;",
        ] {
            assert_eq!(where_of(refused), None, "{refused}");
        }
    }

    #[test]
    fn impl_params_drop_defaults_and_keep_bounds() {
        let generics = params_of("<'a: 'static, T: Copy + 'a = u8, const N: usize = 4>");
        assert_eq!(
            impl_params(&generics).to_string(),
            quote!('a: 'static, T: Copy + 'a, const N: usize).to_string()
        );
        let frame = syn::parse_str("Frame").unwrap();
        assert_eq!(
            one_layout_type(&frame, &params_of("<'a, 'b>")).map(|ty| ty.to_string()),
            Some(quote!(Frame<'static, 'static>).to_string())
        );
        assert!(one_layout_type(&frame, &params_of("<'a, T>")).is_none());
    }
}
