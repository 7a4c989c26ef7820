//! Support for `dma-buffer-derive` and this crate's `macro_rules!`. Not public API: names
//! and forms change without notice.
//!
//! # Why the derive's output cannot be bent into an unchecked impl
//!
//! Generated code is resolved in the user's crate, where every path can be the user's:
//! `extern crate self as core;` replaces `::core`, `extern crate self as dma_buffer;` replaces
//! `::dma_buffer`, and `#[dma(crate = path)]` may point at a module of the user's own. Input to
//! an exported `macro_rules!` can be anything, too: a `tt` spliced into an `impl` header can
//! close the header and write a body of its own. So no fact that an `unsafe impl` relies on may
//! come from a path, a hidden macro's input, or the derive's reading of the struct's syntax.
//! The design:
//!
//! - The derive emits one `unsafe impl`, of [`ReadFields`](crate::derived::ReadFields) or
//!   [`WriteFields`](crate::derived::WriteFields). Its facts are the list of the struct's field
//!   types, written as tuples (no path), and the block of `FIELDS`, which proves the list with no
//!   path either: an exhaustive pattern (no `..`, so every field is listed, and no enum fits it;
//!   for a single field, a `..` pattern too, which no union pattern may have, while a union
//!   pattern naming two fields is an error) and, per field, a coercion of `&raw const
//!   this.field` to `*const FieldType`. Raw pointers take no deref coercion, and the one
//!   coercion they take, unsizing (`*const [u8; 4]` to `*const [u8]`), would list an unsized
//!   type, which the field lists' `Sized` type parameters refuse: so the types match exactly.
//!   An attribute macro that rewrites the struct after the derive saw it therefore breaks the
//!   build instead of the layout. Field types that call a macro or hold an attribute are
//!   refused: a macro may expand differently each time the derive writes the type. Its word is
//!   a sealed `Word` and its rule one of three sealed types.
//! - Every check runs in this crate's blanket impls of `DmaReadTarget`/`DmaWriteTarget` for
//!   those traits: each field is a target of the struct's word, its own check is evaluated,
//!   phantom fields are `core::marker::PhantomData`, and the compiler's `size_of`/`align_of`
//!   prove `Self` a padding-free, aligned run of words. No macro writes these impls, so no
//!   input can bend them.
//! - The only `unsafe impl`s this crate's exported macros write take a type as an opaque `ty`
//!   fragment and nothing else (`__derived_routes!`, `__impl_embedded_dma_buffer!`): a type
//!   without parameters is checked where the macro is
//!   called, then made embedded-dma's target, since embedded-dma's array impls check nothing of
//!   ours; a generic type is not embedded-dma's target, and `__derived_pointer_routes!` makes
//!   only its `'static` pointers embedded-dma buffers, taking its parameters as opaque
//!   fragments (lifetimes, identifiers, `path`s, `ty`s) and forwarding to this crate's buffer
//!   impls. Every bound is this crate's trait, named through `$crate`, or one given with a type
//!   parameter (a `path`: the struct's own from the derive, anything from a hand call), which
//!   only narrows where the impl applies.
//! - If `crate =` (or a shadowed `::dma_buffer`) leads the derive to a trait or a macro of the
//!   user's, the fields impl is of the user's trait and gives nothing, and a macro of the
//!   user's can only call this crate's (sound for every input) or write `unsafe` itself, which
//!   `#![forbid(unsafe_code)]` refuses in the user's own macros.
//!
//! The derive's `unsafe impl`s are its output, not the user's code: `unsafe_code` does not fire
//! in a derive's output, so user crates under `#![forbid(unsafe_code)]` compile. When the derive
//! refuses a struct, it also emits a fallback impl so that uses of the struct add no errors;
//! that impl is sound by itself (its check fails to compile, its methods never return), since a
//! hostile crate can make the derive's `compile_error!`s expand to nothing.

// Generated code names these through `$crate` or the derive's crate path, never `::core`.
pub use ::core;
#[cfg(feature = "embedded-dma")]
pub use ::embedded_dma;
#[cfg(feature = "zerocopy")]
pub use ::zerocopy;
#[cfg(feature = "alloc")]
pub use alloc::boxed::Box;

/// For a derived type without type or const parameters: checks it where the macro is called,
/// so that a padded struct is an error even if it is never used; with the `embedded-dma`
/// feature, also makes it embedded-dma's target (see `bridge/embedded_dma.rs`).
///
/// ```text
/// __derived_routes! { read | write type [Self type, lifetimes 'static] }
/// ```
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_routes {
    (read type [$ty:ty]) => {
        // The layout messages first, from here: an error then quotes only the user's code.
        const _: () = {
            let () = <$ty as $crate::derived::ReadFields>::LAYOUT;
            <$ty as $crate::DmaReadTarget>::READ_CHECK
        };
    };
    (write type [$ty:ty]) => {
        // The layout messages first, from here: an error then quotes only the user's code.
        const _: () = {
            let () = <$ty as $crate::derived::WriteFields>::LAYOUT;
            <$ty as $crate::DmaWriteTarget>::WRITE_CHECK
        };
    };
}

/// With the `embedded-dma` feature, makes the `'static` pointers to a generic derived type
/// embedded-dma buffers; without it, nothing. See `bridge/embedded_dma.rs`.
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_pointer_routes {
    ($($input:tt)*) => {};
}

/// Emits embedded-dma's `ReadBuffer`/`WriteBuffer` for a `#[dma(delegate)]` handle; without
/// the `embedded-dma` feature, nothing.
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_embedded_dma_buffer {
    ($($input:tt)*) => {};
}
