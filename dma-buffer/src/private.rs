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
//!   saw it therefore breaks the build instead of the layout. Field types that call a macro
//!   are refused: a macro may expand differently each time the derive writes the type.
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

/// A data field of a derived struct, in declaration order, as its layout check names it.
pub struct FieldLayout {
    /// The field's name, or its index in a tuple struct.
    pub name: &'static str,
    /// `offset_of!` the field.
    pub offset: usize,
    /// `size_of` the field's type.
    pub size: usize,
}

/// Panics (at compile time) if bytes of padding come before `fields[index]`, naming the gap and
/// its neighbours. `#[track_caller]`: the error points at the call, which the derive writes
/// at the field. Fields laid out out of declaration order are left to [`assert_layout`].
#[track_caller]
pub const fn assert_no_gap_before(fields: &[FieldLayout], index: usize) {
    let (before, field) = (&fields[index - 1], &fields[index]);
    let end = before.offset + before.size;
    if field.offset > end {
        let mut message = Message::new();
        message.bytes(field.offset - end);
        message.push(" of padding between `");
        message.field(before);
        message.push(" and `");
        message.push(field.name);
        message.push("` (offset ");
        message.number(field.offset);
        message.push("): the DMA would read and write them; ");
        message.fix(field.offset - end);
        panic!("{}", message.as_str());
    }
}

/// Panics (at compile time) if bytes of padding end a struct of `size` bytes whose last data
/// field is the last of `fields`. The derive writes the call at that field, or at the
/// `align(N)` hint that rounds the size up.
#[track_caller]
pub const fn assert_no_end_padding(fields: &[FieldLayout], size: usize) {
    let last = &fields[fields.len() - 1];
    let end = last.offset + last.size;
    if size > end {
        let mut message = Message::new();
        message.bytes(size - end);
        message.push(" of padding at the end, after `");
        message.field(last);
        message.push(", up to the struct's size of ");
        message.number(size);
        message.push(
            ": the DMA would read and write them; add a last field for them, such as \
                      `_pad: [u8; ",
        );
        message.number(size - end);
        message.push(
            "]`, or remove what rounds the size up (`align(N)`, a field of a larger \
                      alignment)",
        );
        panic!("{}", message.as_str());
    }
}

/// Panics (at compile time) unless a field skipped as `PhantomData`, of `size` bytes, is
/// zero-sized. `#[track_caller]`: the derive writes the call at the field.
#[track_caller]
pub const fn assert_phantom_is_zero_sized(size: usize) {
    assert!(
        size == 0,
        "a field skipped as `PhantomData` is not zero-sized: the DMA would overwrite it; use \
         `core::marker::PhantomData`"
    );
}

/// A compile-time error message, built in a buffer: `panic!` in a constant takes a `&str`, not
/// formatting arguments.
struct Message {
    text: [u8; 512],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Message {
            text: [0; 512],
            len: 0,
        }
    }

    /// Appends `text` if it fits; a name too long to quote is left out, and the text stays
    /// UTF-8.
    const fn push(&mut self, text: &str) {
        let bytes = text.as_bytes();
        if self.len + bytes.len() > self.text.len() {
            return;
        }
        let mut index = 0;
        while index < bytes.len() {
            self.text[self.len + index] = bytes[index];
            index += 1;
        }
        self.len += bytes.len();
    }

    const fn number(&mut self, mut value: usize) {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        match core::str::from_utf8(digits.split_at(start).1) {
            Ok(text) => self.push(text),
            Err(_) => self.push("?"),
        }
    }

    /// `3 bytes` or `1 byte`.
    const fn bytes(&mut self, count: usize) {
        self.number(count);
        self.push(if count == 1 { " byte" } else { " bytes" });
    }

    /// `` a` (offset 0, 1 byte)``: the name's closing quote, the offset and the size.
    const fn field(&mut self, field: &FieldLayout) {
        self.push(field.name);
        self.push("` (offset ");
        self.number(field.offset);
        self.push(", ");
        self.bytes(field.size);
        self.push(")");
    }

    /// What to do about a gap of `count` bytes between two fields.
    const fn fix(&mut self, count: usize) {
        self.push(
            "reorder the fields (largest alignment first), or fill the gap with a field of \
                   its own, such as `_pad: [u8; ",
        );
        self.number(count);
        self.push("]`");
    }

    const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.text.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "this DMA target has padding",
        }
    }
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
/// evaluates the check where it is defined; and calls `__derived_routes!` for the other routes
/// to a pointer (embedded-dma's).
///
/// ```text
/// __derived_target! {
///     read | write
///     now [Self type, lifetimes 'static] | generic
///     impl [<generic params>] type [Self type] where [predicates]
///     layout { checks that name the field before which padding lies }
/// }
/// ```
///
/// The `layout` block runs first in the check, for its messages only: it is the derive's, whose
/// paths may be the user's, so the checks that follow it are what proves the layout.
///
/// Sound for every input: the impl is bounded on the fields trait, whose implementer promises
/// the field list (the derive proves it), and the checks are this crate's, named through
/// `$crate`. The `now` type is checked and passed on as given: a type with parameters fails to
/// compile there (a `const` item has none).
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_target {
    ($direction:ident now [$one:ty] $($header:tt)*) => {
        $crate::__derived_target! { @impl $direction $($header)* }
        $crate::__derived_routes! { $direction now type [$one] }
    };
    ($direction:ident generic
        impl [$($impl_generics:tt)*] type [$ty:ty] where [$($where:tt)*] layout $layout:block
    ) => {
        $crate::__derived_target! {
            @impl $direction
            impl [$($impl_generics)*] type [$ty] where [$($where)*] layout $layout
        }
        $crate::__derived_routes! {
            $direction generic impl [$($impl_generics)*] type [$ty] where [$($where)*]
        }
    };
    // The two impls are written out, not made from names given as input: an arm taking the
    // names could be called with a read trait and a write field list.
    (@impl read impl [$($impl_generics:tt)*] type [$ty:ty] where [$($where:tt)*] layout $layout:block) => {
        // SAFETY: `ReadFields` promises that `Fields` and `Phantoms` are exactly the fields of a
        // struct (not a union, so they do not overlap). The check proves each data field a read
        // target, a padding-free run of initialized words without interior mutability, whose
        // own check it evaluates; the phantoms zero-sized; and that the fields fill `Self` (no
        // padding byte), which is a whole number of aligned `Word`s. So every `Word` of `Self`
        // is initialized bytes, whatever field each belongs to. The method evaluates the check,
        // and arrays, slices and `MaybeUninit` of `Self` evaluate it as theirs: no
        // instantiation reaches a pointer unchecked. The bounds are higher-ranked only so that
        // a type whose fields fail them is reported once, by its check, not by this impl too.
        unsafe impl<$($impl_generics)*> $crate::DmaReadTarget for $ty
        where
            for<'__dma> Self: $crate::__private::ReadFields,
            for<'__dma> <Self as $crate::__private::ReadFields>::Fields: $crate::__private::ReadFieldList<
                <Self as $crate::__private::ReadFields>::Word,
                <Self as $crate::__private::ReadFields>::Rule,
            >,
            for<'__dma> <Self as $crate::__private::ReadFields>::Phantoms:
                $crate::__private::PhantomList,
            $($where)*
        {
            type Word = <Self as $crate::__private::ReadFields>::Word;
            const READ_CHECK: () = {
                let () = $layout;
                $crate::__private::check_read_fields::<Self>()
            };
            #[inline(always)]
            fn read_word_len(_: *const Self) -> usize {
                let () = <Self as $crate::DmaReadTarget>::READ_CHECK;
                $crate::__private::words_in::<Self, <Self as $crate::DmaReadTarget>::Word>()
            }
        }
    };
    (@impl write impl [$($impl_generics:tt)*] type [$ty:ty] where [$($where:tt)*] layout $layout:block) => {
        // SAFETY: as for the read impl above, with `WriteFields`: each data field is a write
        // target, valid for every bit pattern, so any words written leave `Self` valid.
        unsafe impl<$($impl_generics)*> $crate::DmaWriteTarget for $ty
        where
            for<'__dma> Self: $crate::__private::WriteFields,
            for<'__dma> <Self as $crate::__private::WriteFields>::Fields: $crate::__private::WriteFieldList<
                <Self as $crate::__private::WriteFields>::Word,
                <Self as $crate::__private::WriteFields>::Rule,
            >,
            for<'__dma> <Self as $crate::__private::WriteFields>::Phantoms:
                $crate::__private::PhantomList,
            $($where)*
        {
            type Word = <Self as $crate::__private::WriteFields>::Word;
            const WRITE_CHECK: () = {
                let () = $layout;
                $crate::__private::check_write_fields::<Self>()
            };
            #[inline(always)]
            fn write_word_len(_: *mut Self) -> usize {
                let () = <Self as $crate::DmaWriteTarget>::WRITE_CHECK;
                $crate::__private::words_in::<Self, <Self as $crate::DmaWriteTarget>::Word>()
            }
        }
    };
}

/// The routes to a pointer besides this crate's impl: a type with one layout (`now`) is checked
/// where it is defined; with the `embedded-dma` feature, it is also embedded-dma's target, and
/// a generic one's `'static` pointers are embedded-dma buffers (see `bridge/embedded_dma.rs`).
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_routes {
    (read now type [$ty:ty]) => {
        const _: () = <$ty as $crate::DmaReadTarget>::READ_CHECK;
    };
    (write now type [$ty:ty]) => {
        const _: () = <$ty as $crate::DmaWriteTarget>::WRITE_CHECK;
    };
    ($direction:ident generic $($checked_per_instantiation:tt)*) => {};
}

/// Emits embedded-dma's `ReadBuffer`/`WriteBuffer` for a buffer of this crate (a
/// `#[dma(delegate)]` handle); without the `embedded-dma` feature, nothing.
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_embedded_dma_buffer {
    ($($input:tt)*) => {};
}
