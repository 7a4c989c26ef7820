//! The struct's generic parameters: which field types depend on them, and how the generated
//! `impl` writes them.

use proc_macro2::{TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::{GenericParam, Generics, Ident, Type};

/// The names of the struct's type and const parameters: the ones that can change its layout.
pub struct LayoutParams<'a>(Vec<&'a Ident>);

impl<'a> LayoutParams<'a> {
    pub fn of(generics: &'a Generics) -> Self {
        let names = generics.params.iter().filter_map(|param| match param {
            GenericParam::Type(param) => Some(&param.ident),
            GenericParam::Const(param) => Some(&param.ident),
            GenericParam::Lifetime(_) => None,
        });
        Self(names.collect())
    }

    /// Whether there are none, so that the layout is the same for every instantiation.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `ty` names a parameter anywhere: `T`, `[u8; N]`, `Wrapper<T>`, `<T as Tr>::X`,
    /// `ty_macro!(T)`. A path segment that only shares a parameter's name counts too; that
    /// puts the field's bound in the `where` clause, where it is checked all the same.
    pub fn mentioned_in(&self, ty: &Type) -> bool {
        !self.is_empty() && self.mentioned_in_tokens(ty.to_token_stream())
    }

    fn mentioned_in_tokens(&self, tokens: TokenStream) -> bool {
        tokens.into_iter().any(|token| match token {
            TokenTree::Ident(ident) => self.0.iter().any(|&name| *name == ident),
            TokenTree::Group(group) => self.mentioned_in_tokens(group.stream()),
            TokenTree::Punct(_) | TokenTree::Literal(_) => false,
        })
    }
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

/// The struct's type with `'static` for each lifetime parameter: a type that can be named
/// outside the `impl`, for a struct whose only parameters are lifetimes.
pub fn self_type_static(ident: &Ident, generics: &Generics) -> TokenStream {
    if generics.params.is_empty() {
        return ident.to_token_stream();
    }
    let statics = generics.lifetimes().map(|_| quote!('static));
    quote!(#ident<#(#statics),*>)
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

    fn mentions(generics: &Generics, ty: &str) -> bool {
        let ty: Type = syn::parse_str(ty).expect("test type parses");
        LayoutParams::of(generics).mentioned_in(&ty)
    }

    #[test]
    fn type_and_const_parameters_are_found_anywhere_in_a_type() {
        let generics = params_of("<'a, T: Copy, const N: usize>");
        for ty in [
            "T",
            "[u8; N]",
            "[[T; 2]; 4]",
            "Wrapper<T>",
            "<T as Trait>::Assoc",
            "core::mem::MaybeUninit<[u16; N]>",
            "[u8; N * 2]",
            "ty_macro!(T)",
        ] {
            assert!(mentions(&generics, ty), "{ty} mentions T or N");
        }
        for ty in [
            "u8",
            "[u8; 4]",
            "PhantomData<&'a u8>",
            "Nested<'a>",
            "[u8; M]",
        ] {
            assert!(!mentions(&generics, ty), "{ty} mentions neither T nor N");
        }
    }

    #[test]
    fn lifetimes_do_not_change_the_layout() {
        assert!(LayoutParams::of(&params_of("<'a, 'b: 'a>")).is_empty());
        assert!(!LayoutParams::of(&params_of("<'a, const N: usize>")).is_empty());
    }

    #[test]
    fn impl_params_drop_defaults_and_keep_bounds() {
        let generics = params_of("<'a: 'static, T: Copy + 'a = u8, const N: usize = 4>");
        assert_eq!(
            impl_params(&generics).to_string(),
            quote!('a: 'static, T: Copy + 'a, const N: usize).to_string()
        );
        assert_eq!(
            self_type_static(&syn::parse_str("Frame").unwrap(), &params_of("<'a, 'b>")).to_string(),
            quote!(Frame<'static, 'static>).to_string()
        );
    }
}
