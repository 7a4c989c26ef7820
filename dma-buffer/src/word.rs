//! The element types a DMA engine moves.

mod sealed {
    pub trait Sealed {}
}

/// A DMA word: a fixed-width integer that is valid for every bit pattern.
///
/// ```
/// use dma_buffer::Word;
///
/// fn word_bytes<W: Word>() -> usize {
///     core::mem::size_of::<W>()
/// }
/// assert_eq!(word_bytes::<u16>(), 2);
/// ```
///
/// Implemented exactly for `u8`, `i8`, `u16`, `i16`, `u32`, `i32`, `u64` and `i64`. The trait is
/// sealed: `usize`/`isize` change width with the target, floats, `bool`, `char` and `NonZero*`
/// have invalid or surprising bit patterns, so none of them is a word.
///
/// # Safety
///
/// An implementer is an integer type without padding whose every bit pattern is a valid value,
/// whose size is a power of two and equal on every target, and which has no interior mutability
/// and no drop glue. The trait is sealed, so only this crate implements it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a DMA word",
    label = "not one of u8, i8, u16, i16, u32, i32, u64, i64",
    note = "DMA words are fixed-width integers valid for every bit pattern; \
            `usize`, floats, `bool`, `char` and `NonZero*` are not"
)]
pub unsafe trait Word: sealed::Sealed + Copy + Send + Sync + 'static {}

macro_rules! impl_word {
    ($($ty:ty)*) => {$(
        impl sealed::Sealed for $ty {}
        // SAFETY: a fixed-width primitive integer: no padding, every bit pattern valid.
        unsafe impl Word for $ty {}
    )*};
}

impl_word!(u8 i8 u16 i16 u32 i32 u64 i64);
