//! Support for `dma-buffer-derive`. Not public API: names and forms change without notice.
//!
//! # Why the derive's output cannot be bent into an unchecked impl
//!
//! Generated code is resolved in the user's crate, where every path can be the user's:
//! `extern crate self as core;` replaces `::core`, `extern crate self as dma_buffer;` replaces
//! `::dma_buffer`, and `#[dma(crate = path)]` may point at a module of the user's own. So no
//! fact that an `unsafe impl` relies on may come from a path, a hidden macro's input, or the
//! derive's reading of the struct's syntax. The design:
//!
//! - The derive emits one `unsafe impl` of [`ReadFields`] or [`WriteFields`] itself. Its only
//!   content is the list of the struct's field types, written as tuples (no path), and
//!   [`ReadFields::FIELDS_EXACT`], which proves the list with no path either: an exhaustive
//!   pattern (no `..`, so every field is listed, and no union or enum fits it) and, per field,
//!   a coercion of `&this.field` to `*const FieldType` (raw pointers take no deref coercion, so
//!   the types match exactly). An attribute macro that rewrites the struct after the derive
//!   saw it therefore breaks the build instead of the layout.
//! - Every other `unsafe impl` comes from this crate's `__derived_target!`, which names
//!   everything through `$crate` (the one path the user cannot replace) and is sound for every
//!   input: its `DmaReadTarget`/`DmaWriteTarget` impl is bounded on the fields trait, and its
//!   check proves each field a target of the struct's word, evaluates the field's own check,
//!   asserts phantom fields zero-sized, and lets the compiler's `size_of`/`align_of` prove
//!   `Self` a padding-free, aligned run of words. A type without parameters is checked where
//!   it is defined, before embedded-dma's array impls (which check nothing of ours) can use it;
//!   a generic one is not embedded-dma's target at all, only its `'static` pointers are
//!   embedded-dma buffers, through this crate's buffer impls.
//! - If `crate =` (or a shadowed `::dma_buffer`) leads the derive to a trait or a macro of the
//!   user's, the fields impl is of the user's trait and gives nothing, and a macro of the
//!   user's can only call this crate's (sound for every input) or write `unsafe` itself.
//!
//! The derive emits one `unsafe impl` and no `unsafe` block. `unsafe_code` does not fire in a
//! derive's output, so user crates under `#![forbid(unsafe_code)]` compile, while an
//! `unsafe impl` of the user's own, in a forwarding macro or by hand, is refused there.
//! Everything in this module is safe to call with any input.

use core::mem::{align_of, size_of};

use crate::{DmaReadTarget, DmaWriteTarget, Word};

// Generated code names these through `$crate` or the derive's crate path, never `::core`.
pub use ::core;
#[cfg(feature = "embedded-dma")]
pub use ::embedded_dma;
#[cfg(feature = "zerocopy")]
pub use ::zerocopy;
#[cfg(feature = "alloc")]
pub use alloc::boxed::Box;

/// Word rule of a struct whose fields all share its word.
pub enum SameWord {}
/// Word rule of a struct viewed as words of one type (`#[dma(word = W)]`): any field word.
pub enum AnyWord {}

/// A `#[derive(DmaReadBuffer)]` struct: its word and its fields, for this crate's blanket
/// [`DmaReadTarget`] impl, which checks the layout.
///
/// # Safety
///
/// `Fields` lists the types of exactly the struct's non-`PhantomData` fields, in any order, as
/// a [`ReadFieldList`], and `Phantoms` the types of its other fields as a [`PhantomList`]; the
/// struct is not a union. The derive proves this in [`FIELDS_EXACT`](Self::FIELDS_EXACT).
pub unsafe trait ReadFields {
    /// The word the struct is viewed as.
    type Word: Word;
    /// [`SameWord`] or [`AnyWord`].
    type Rule;
    /// The data fields' types.
    type Fields;
    /// The `PhantomData` fields' types.
    type Phantoms;
    /// Never called: type-checking it proves `Fields` and `Phantoms`.
    const FIELDS_EXACT: fn(&Self);
}

/// A `#[derive(DmaWriteBuffer)]` struct; see [`ReadFields`].
///
/// # Safety
///
/// As for [`ReadFields`].
pub unsafe trait WriteFields {
    /// The word the struct is viewed as.
    type Word: Word;
    /// [`SameWord`] or [`AnyWord`].
    type Rule;
    /// The data fields' types.
    type Fields;
    /// The `PhantomData` fields' types.
    type Phantoms;
    /// Never called: type-checking it proves `Fields` and `Phantoms`.
    const FIELDS_EXACT: fn(&Self);
}

/// `Self`, a field's DMA word, is `W`, the struct's word. A helper trait instead of `Word = W`
/// equality bounds, which overflow rustc's trait solver (E0275) on structs with many fields,
/// and which would report a bare type mismatch instead of this message.
#[diagnostic::on_unimplemented(
    message = "a field of this DMA target is made of `{Self}` words, but the struct's word is `{W}`",
    label = "a field's DMA word differs from the struct's",
    note = "all fields of a DMA target share one word; to mix word sizes, view the struct as \
            words of one type with `#[dma(word = u8)]`"
)]
pub trait WordIs<W> {}
impl<W> WordIs<W> for W {}

/// `Self`'s word `V` is acceptable as the struct's word `W` under the rule `Self`.
pub trait WordRule<V, W> {}
impl<V: WordIs<W>, W> WordRule<V, W> for SameWord {}
impl<V, W> WordRule<V, W> for AnyWord {}

/// A list of read fields whose words are acceptable as `W` under `Rule`: `()`, or a tuple of
/// one to eight field types followed by the rest of the list (`(F0, F1, ())`). Chunks keep the
/// nesting, and so rustc's recursion, shallow for structs with many fields.
pub trait ReadFieldList<W, Rule> {
    /// The fields' sizes, added up.
    const BYTES: usize;
    /// Evaluates every field's own check.
    const CHECK: ();
}

/// A list of write fields; see [`ReadFieldList`].
pub trait WriteFieldList<W, Rule> {
    /// The fields' sizes, added up.
    const BYTES: usize;
    /// Evaluates every field's own check.
    const CHECK: ();
}

impl<W, Rule> ReadFieldList<W, Rule> for () {
    const BYTES: usize = 0;
    const CHECK: () = ();
}

impl<W, Rule> WriteFieldList<W, Rule> for () {
    const BYTES: usize = 0;
    const CHECK: () = ();
}

/// The list impls for a chunk of the given field type parameters, for both directions.
macro_rules! impl_field_lists {
    ($($F:ident)+) => {
        impl_field_lists!(@one ReadFieldList DmaReadTarget READ_CHECK [$($F)+]);
        impl_field_lists!(@one WriteFieldList DmaWriteTarget WRITE_CHECK [$($F)+]);
    };
    (@one $List:ident $Target:ident $CHECK:ident [$($F:ident)+]) => {
        impl<$($F,)+ Rest, W, Rule> $List<W, Rule> for ($($F,)+ Rest)
        where
            $($F: $Target, Rule: WordRule<$F::Word, W>,)+
            Rest: $List<W, Rule>,
        {
            const BYTES: usize = 0 $(+ size_of::<$F>())+ + Rest::BYTES;
            const CHECK: () = {
                $(let () = $F::$CHECK;)+
                Rest::CHECK
            };
        }
    };
}

impl_field_lists!(F0);
impl_field_lists!(F0 F1);
impl_field_lists!(F0 F1 F2);
impl_field_lists!(F0 F1 F2 F3);
impl_field_lists!(F0 F1 F2 F3 F4);
impl_field_lists!(F0 F1 F2 F3 F4 F5);
impl_field_lists!(F0 F1 F2 F3 F4 F5 F6);
impl_field_lists!(F0 F1 F2 F3 F4 F5 F6 F7);

/// A list of the fields skipped as `PhantomData` (`(P0, (P1, ()))`; few structs have many).
pub trait PhantomList {
    /// Panics (at compile time) unless every field of the list is zero-sized.
    const CHECK: ();
}

impl PhantomList for () {
    const CHECK: () = ();
}

impl<P, Rest: PhantomList> PhantomList for (P, Rest) {
    const CHECK: () = {
        assert!(
            size_of::<P>() == 0,
            "a field skipped as `PhantomData` is not zero-sized"
        );
        Rest::CHECK
    };
}

/// Panics (at compile time, in a check constant) unless `S`, whose non-phantom fields take
/// `field_bytes` bytes in all, is a padding-free run of aligned `W`s.
pub const fn assert_layout<S, W>(field_bytes: usize) {
    assert!(
        size_of::<S>() == field_bytes,
        "this DMA target has padding: its size is not the sum of its fields' sizes; \
         reorder or resize the fields, or add explicit padding fields"
    );
    assert!(
        size_of::<S>() % size_of::<W>() == 0,
        "this DMA target's size is not a multiple of its word's size"
    );
    assert!(
        align_of::<S>() >= align_of::<W>(),
        "this DMA target is less aligned than its word; add `#[repr(C, align(N))]`"
    );
}

/// The number of `W`s in one `S`; exact once [`assert_layout`] passed.
#[inline(always)]
pub const fn words_in<S, W>() -> usize {
    size_of::<S>() / size_of::<W>()
}

/// Panics (at compile time) unless the derived read target `S` is a padding-free run of its
/// words: its fields' own checks, its phantoms' sizes, and its layout.
pub const fn check_read_fields<S>()
where
    S: ReadFields,
    S::Fields: ReadFieldList<S::Word, S::Rule>,
    S::Phantoms: PhantomList,
{
    let () = <S::Fields as ReadFieldList<S::Word, S::Rule>>::CHECK;
    let () = <S::Phantoms as PhantomList>::CHECK;
    assert_layout::<S, S::Word>(<S::Fields as ReadFieldList<S::Word, S::Rule>>::BYTES);
}

/// Panics (at compile time) unless the derived write target `S` is a padding-free run of its
/// words; see [`check_read_fields`].
pub const fn check_write_fields<S>()
where
    S: WriteFields,
    S::Fields: WriteFieldList<S::Word, S::Rule>,
    S::Phantoms: PhantomList,
{
    let () = <S::Fields as WriteFieldList<S::Word, S::Rule>>::CHECK;
    let () = <S::Phantoms as PhantomList>::CHECK;
    assert_layout::<S, S::Word>(<S::Fields as WriteFieldList<S::Word, S::Rule>>::BYTES);
}

/// Emits `unsafe impl DmaReadTarget` (`DmaWriteTarget`) for a type that implements
/// [`ReadFields`] ([`WriteFields`]), with every check; for a struct with one layout (`now`),
/// evaluates the check where it is defined; and calls `__derived_embedded_dma!` for the
/// embedded-dma impls.
///
/// ```text
/// __derived_target! {
///     read | write
///     now [Self type, lifetimes 'static] | generic
///     impl [<generic params>] type [Self type] where [predicates]
/// }
/// ```
///
/// Sound for every input: the impl is bounded on the fields trait, whose implementer promises
/// the field list (the derive proves it), and the checks are this crate's, named through
/// `$crate`. The `now` type is checked and passed on as given: a type with parameters fails to
/// compile there (a `const` item has none).
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_target {
    (read $($rest:tt)*) => {
        $crate::__derived_target! {
            @emit [DmaReadTarget ReadFields ReadFieldList READ_CHECK check_read_fields read_word_len const]
            read $($rest)*
        }
    };
    (write $($rest:tt)*) => {
        $crate::__derived_target! {
            @emit [DmaWriteTarget WriteFields WriteFieldList WRITE_CHECK check_write_fields write_word_len mut]
            write $($rest)*
        }
    };
    (@emit [$Trait:ident $Fields:ident $List:ident $CHECK:ident $check:ident $len:ident $ptr:tt]
        $direction:ident now [$one:ty] $($header:tt)*
    ) => {
        $crate::__derived_target! {
            @impl [$Trait $Fields $List $CHECK $check $len $ptr] $($header)*
        }
        // One layout: checked where it is defined, used or not.
        const _: () = <$one as $crate::$Trait>::$CHECK;
        $crate::__derived_embedded_dma! { $direction now type [$one] }
    };
    (@emit [$($names:tt)*] $direction:ident generic
        impl [$($impl_generics:tt)*] type [$ty:ty] where [$($where:tt)*]
    ) => {
        $crate::__derived_target! {
            @impl [$($names)*] impl [$($impl_generics)*] type [$ty] where [$($where)*]
        }
        $crate::__derived_embedded_dma! {
            $direction generic impl [$($impl_generics)*] type [$ty] where [$($where)*]
        }
    };
    (@impl [$Trait:ident $Fields:ident $List:ident $CHECK:ident $check:ident $len:ident $ptr:tt]
        impl [$($impl_generics:tt)*] type [$ty:ty] where [$($where:tt)*]
    ) => {
        // SAFETY: the fields trait promises that `Fields` and `Phantoms` are exactly the fields
        // of a struct (not a union, so they do not overlap). The check proves each data field a
        // target of this direction, a padding-free run of words without interior mutability
        // (initialized for reads, valid for every bit pattern for writes), whose own check it
        // evaluates; the phantoms zero-sized; and that the fields fill `Self` (no padding byte),
        // which is a whole number of aligned `Word`s. So every `Word` of `Self` is made of such
        // bytes, whatever field each belongs to. The method evaluates the check, and arrays,
        // slices and `MaybeUninit` of `Self` evaluate it as theirs: no instantiation reaches a
        // pointer unchecked. The bounds are higher-ranked only so that a type whose fields
        // fail them is reported once, by its check, rather than by this impl too.
        unsafe impl<$($impl_generics)*> $crate::$Trait for $ty
        where
            for<'__dma> Self: $crate::__private::$Fields,
            for<'__dma> <Self as $crate::__private::$Fields>::Fields: $crate::__private::$List<
                <Self as $crate::__private::$Fields>::Word,
                <Self as $crate::__private::$Fields>::Rule,
            >,
            for<'__dma> <Self as $crate::__private::$Fields>::Phantoms:
                $crate::__private::PhantomList,
            $($where)*
        {
            type Word = <Self as $crate::__private::$Fields>::Word;
            const $CHECK: () = $crate::__private::$check::<Self>();
            #[inline(always)]
            fn $len(_: *$ptr Self) -> usize {
                let () = <Self as $crate::$Trait>::$CHECK;
                $crate::__private::words_in::<Self, <Self as $crate::$Trait>::Word>()
            }
        }
    };
}

/// With the `embedded-dma` feature, makes a derived type (`now`) or the `'static` pointers to
/// it (`generic`) embedded-dma's; without it, nothing. See `bridge/embedded_dma.rs`.
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_embedded_dma {
    ($($input:tt)*) => {};
}

/// Emits embedded-dma's `ReadBuffer`/`WriteBuffer` for a buffer of this crate (a
/// `#[dma(delegate)]` handle); without the `embedded-dma` feature, nothing.
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_embedded_dma_buffer {
    ($($input:tt)*) => {};
}
