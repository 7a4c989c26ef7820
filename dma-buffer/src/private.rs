//! Support for `dma-buffer-derive`. Not public API: names and forms change without notice.
//!
//! The derive emits no `unsafe` token itself. It calls the macros below, which emit the
//! `unsafe impl` together with every layout check and name this crate's items through
//! `$crate`: so `#[dma(crate = path)]` can move where the macro is found, but never gives an
//! impl without its checks, and user crates under `#![forbid(unsafe_code)]` still compile.
//!
//! Invoking these macros by hand is not API. `__derive_dma_target!` checks what it can of its
//! input against the type itself (every field listed with its exact type, the word, the
//! layout), but some facts only the derive reads from the definition, such as the absence of
//! `align(N)` that makes a generic type eligible for embedded-dma's array impls. A hand-written
//! call is an `unsafe impl` by other means, and its soundness is the caller's.

use core::mem::{align_of, size_of};

use crate::{DmaReadTarget, DmaWriteTarget};

// The bridges' macros name these crates through `$crate`, so users need not depend on them
// under these names.
#[cfg(feature = "embedded-dma")]
pub use ::embedded_dma;
#[cfg(feature = "zerocopy")]
pub use ::zerocopy;

/// Word rule of a struct whose fields all share its word.
pub enum SameWord {}
/// Word rule of a struct viewed as words of one type (`#[dma(word = W)]`): any field word.
pub enum AnyWord {}

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

/// `Self`'s read word is acceptable as `W` under `Rule`: equal to it ([`SameWord`]), or any
/// ([`AnyWord`]).
pub trait ReadWordIs<W, Rule> {}
impl<T: ?Sized + DmaReadTarget<Word: WordIs<W>>, W> ReadWordIs<W, SameWord> for T {}
impl<T: ?Sized + DmaReadTarget, W> ReadWordIs<W, AnyWord> for T {}

/// `Self`'s write word is acceptable as `W` under `Rule`; see [`ReadWordIs`].
pub trait WriteWordIs<W, Rule> {}
impl<T: ?Sized + DmaWriteTarget<Word: WordIs<W>>, W> WriteWordIs<W, SameWord> for T {}
impl<T: ?Sized + DmaWriteTarget, W> WriteWordIs<W, AnyWord> for T {}

/// Requires, at compile time, that `F` reads as words `W` under `Rule`.
pub const fn read_word_is<F: ?Sized + ReadWordIs<W, Rule>, W, Rule>() {}

/// Requires, at compile time, that `F` writes as words `W` under `Rule`.
pub const fn write_word_is<F: ?Sized + WriteWordIs<W, Rule>, W, Rule>() {}

/// Panics (at compile time, in a check constant) unless the phantom field `P` is zero-sized.
pub const fn assert_zero_sized<P>() {
    assert!(
        size_of::<P>() == 0,
        "a field skipped as `PhantomData` is not zero-sized"
    );
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

/// Requires, at compile time, that a field's place has type `F` exactly: a raw pointer takes
/// no deref or unsizing coercion to a sized `F`.
#[inline(always)]
pub fn field_is<F>(_: *const F) {}

/// The number of `W`s in one `S`; exact once [`assert_layout`] passed.
#[inline(always)]
pub const fn words_in<S, W>() -> usize {
    size_of::<S>() / size_of::<W>()
}

/// Emits `unsafe impl DmaReadTarget` or `DmaWriteTarget` for a derived struct, with its
/// layout check.
///
/// ```text
/// __derive_dma_target! {
///     read | write
///     impl [<generic params>] type [Self type] where [predicates,]
///     word [W] rule [SameWord | AnyWord]
///     bounds [field types that mention a generic parameter]
///     fields [member: type, … for every non-phantom field]
///     phantoms [member: type, … for every phantom field]
///     $(now [Self type])?   // non-generic: check at the definition
///     $(embedded_dma [field types bounded on embedded-dma's own target trait])?
/// }
/// ```
///
/// `embedded_dma [..]` is given only for types whose layout holds for every instantiation
/// (see `__derive_embedded_dma_target!`); it is a no-op without the `embedded-dma` feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __derive_dma_target {
    (read $($rest:tt)*) => {
        $crate::__derive_dma_target! {
            @emit [DmaReadTarget READ_CHECK read_word_len const ReadWordIs read_word_is] $($rest)*
        }
    };
    (write $($rest:tt)*) => {
        $crate::__derive_dma_target! {
            @emit [DmaWriteTarget WRITE_CHECK write_word_len mut WriteWordIs write_word_is] $($rest)*
        }
    };
    (@emit [$Trait:ident $CHECK:ident $len:ident $ptr:tt $WordIs:ident $word_is:ident]
        impl [$($impl_generics:tt)*] type [$($ty:tt)*] where [$($where:tt)*]
        word [$word:ty] rule [$rule:ident]
        bounds [$($bound:ty),* $(,)?]
        fields [$($member:tt: $field:ty),+ $(,)?]
        phantoms [$($phantom_member:tt: $phantom:ty),* $(,)?]
        $(now [$($now:tt)*])?
        $(embedded_dma $embedded_dma:tt)?
    ) => {
        // SAFETY: every field is a target of this direction (the bounds, and the `CHECK`
        // body for the fields that name no parameter) whose word is `$word` or, under
        // `AnyWord`, any word; the phantom fields are zero-sized; and `assert_layout` proves
        // `Self` a padding-free run of `$word`s, aligned for it. Every method evaluates
        // `CHECK`, and the array, slice and `MaybeUninit` impls evaluate it as theirs, so no
        // instantiation reaches a pointer unchecked.
        unsafe impl<$($impl_generics)*> $crate::$Trait for $($ty)*
        where
            $($bound: $crate::$Trait + $crate::__private::$WordIs<$word, $crate::__private::$rule>,)*
            $($where)*
        {
            type Word = $word;
            const $CHECK: () = {
                $(let () = <$field as $crate::$Trait>::$CHECK;)+
                $($crate::__private::$word_is::<$field, $word, $crate::__private::$rule>();)+
                $($crate::__private::assert_zero_sized::<$phantom>();)*
                $crate::__private::assert_layout::<Self, $word>(
                    0 $(+ ::core::mem::size_of::<$field>())+
                );
            };
            #[inline(always)]
            fn $len(_: *$ptr Self) -> usize {
                let () = <Self as $crate::$Trait>::$CHECK;
                // Never called: it only proves that the fields the check reasons about are
                // `Self`'s, all of them (a pattern without `..`), each with its exact type.
                let _ = |this: &Self| {
                    let Self { $($member: _,)+ $($phantom_member: _,)* } = this;
                    $($crate::__private::field_is::<$field>(::core::ptr::addr_of!(this.$member));)+
                    $($crate::__private::field_is::<$phantom>(
                        ::core::ptr::addr_of!(this.$phantom_member)
                    );)*
                };
                $crate::__private::words_in::<Self, $word>()
            }
        }
        $(const _: () = <$($now)* as $crate::$Trait>::$CHECK;)?
        $crate::__derive_embedded_dma_target! {
            $Trait impl [$($impl_generics)*] type [$($ty)*] where [$($where)*]
            word [$word] $(embedded_dma $embedded_dma)?
        }
    };
}

/// Emits `unsafe impl DmaReadBuffer` or `DmaWriteBuffer` for a `#[dma(delegate)]` handle type
/// whose one non-phantom field `member` of type `field` is itself a DMA buffer.
#[doc(hidden)]
#[macro_export]
macro_rules! __derive_dma_delegate {
    (read $($rest:tt)*) => {
        $crate::__derive_dma_delegate! {
            @emit [DmaReadBuffer dma_read_buffer [&] const] $($rest)*
        }
    };
    (write $($rest:tt)*) => {
        $crate::__derive_dma_delegate! {
            @emit [DmaWriteBuffer dma_write_buffer [&mut] mut] $($rest)*
        }
    };
    (@emit [$Trait:ident $buffer:ident [$($self_ref:tt)*] $ptr:tt]
        impl [$($impl_generics:tt)*] type [$($ty:tt)*] where [$($where:tt)*]
        field [$field:ty] member [$member:tt]
    ) => {
        // SAFETY: the answer is the field's, a buffer of this trait itself: its memory is not
        // inside the field, so not inside `Self`, and moving `Self` moves only the field.
        unsafe impl<$($impl_generics)*> $crate::$Trait for $($ty)*
        where
            $field: $crate::$Trait,
            $($where)*
        {
            type Word = <$field as $crate::$Trait>::Word;
            #[inline]
            fn $buffer($($self_ref)* self) -> (*$ptr Self::Word, usize) {
                $crate::__private::field_is::<$field>(::core::ptr::addr_of!(self.$member));
                <$field as $crate::$Trait>::$buffer($($self_ref)* self.$member)
            }
        }
        $crate::__impl_embedded_dma_buffer! {
            $Trait impl [$($impl_generics)*] type [$($ty)*] where [$($where)*]
        }
    };
}

/// Emits embedded-dma's `ReadTarget`/`WriteTarget` for a derived type when the derive passed
/// `embedded_dma [field types to bound on embedded-dma's target trait]`. Without the
/// `embedded-dma` feature, derived types get no embedded-dma impls.
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __derive_embedded_dma_target {
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
