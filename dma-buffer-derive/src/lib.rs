//! `#[derive(DmaReadBuffer, DmaWriteBuffer)]`: proves at compile time that a `#[repr(C)]` or
//! `#[repr(transparent)]` struct is a padding-free run of one DMA word type, valid for every
//! bit pattern, and then makes it a DMA target of [`dma-buffer`](https://docs.rs/dma-buffer).
//!
//! Use it through `dma_buffer`, which re-exports both macros under the traits' names (feature
//! `derive`); its crate docs have the rules, the attributes and examples.
//!
//! The code is split the way the work is done: `ast.rs` reads the input into a small model,
//! `attr.rs` and `repr.rs` parse the attributes, `valid.rs` checks the rules and collects every
//! violation, `generics.rs` handles the struct's parameters, and `expand.rs` emits the
//! `unsafe impl` of `dma_buffer`'s hidden fields trait, with a path-free proof of the field
//! list, and one call of a `macro_rules!` of `dma_buffer` that writes the checked target impls
//! through `$crate` (see `dma_buffer::__private` for why no path the user controls matters).
#![forbid(unsafe_code)]

mod ast;
mod attr;
mod errors;
mod expand;
mod generics;
mod repr;
mod valid;

#[cfg(test)]
mod no_panic_tests;
#[cfg(test)]
mod output_tests;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

use crate::ast::Direction;

/// Makes a `#[repr(C)]` struct of DMA words a `DmaReadTarget`: memory a DMA engine may read.
/// See `dma_buffer`'s docs.
#[proc_macro_derive(DmaReadBuffer, attributes(dma))]
pub fn derive_dma_read_buffer(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Direction::Read).into()
}

/// Makes a `#[repr(C)]` struct of DMA words a `DmaWriteTarget`: memory a DMA engine may write.
/// See `dma_buffer`'s docs.
#[proc_macro_derive(DmaWriteBuffer, attributes(dma))]
pub fn derive_dma_write_buffer(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input, Direction::Write).into()
}
