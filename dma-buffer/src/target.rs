//! Memory a DMA buffer may point at: runs of [`Word`]s valid for every bit pattern.

use core::mem::{size_of, MaybeUninit};

use crate::derived::{
    check_read_fields, check_write_fields, PhantomList, ReadFieldList, ReadFields, WriteFieldList,
    WriteFields,
};
use crate::Word;

/// Memory that a DMA engine may read: the pointee of a [`DmaReadBuffer`](crate::DmaReadBuffer).
///
/// ```
/// use dma_buffer::DmaReadTarget;
///
/// let frame = [0x1234u16, 0x5678, 0x9abc];
/// let (ptr, len) = <[u16; 3]>::dma_read_target(&frame);
/// assert_eq!((ptr, len), (frame.as_ptr(), 3));
/// ```
///
/// Implemented for every [`Word`], for `[T; N]` and `[T]` of any read target `T`, for `str`
/// (bytes), and by `#[derive(DmaReadBuffer)]` for `#[repr(C)]` structs made only of words.
///
/// # Safety
///
/// For every `this` that points to a live value of `Self`, `dma_read_target(this)` returns
/// `this` cast to `*const Self::Word` and the number of words `len` such that
/// `len * size_of::<Self::Word>()` equals the size of `*this` in bytes. The whole value is an
/// initialized, padding-free run of `Self::Word`s, suitably aligned for `Self::Word`, without
/// interior mutability. Generic implementations whose layout depends on their parameters put
/// the proof in [`READ_CHECK`](Self::READ_CHECK) and evaluate it in every method; wrappers of
/// another target (arrays, slices) define their `READ_CHECK` as their element's.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not memory a DMA engine may read",
    label = "not known to be made only of DMA words",
    note = "DMA read targets are `u8`..`i64` words, arrays and slices of them, `str`, and \
            `#[repr(C)]` structs with `#[derive(DmaReadBuffer)]` (add it to your own types)",
    note = "floats, `bool`, `char`, `usize`, `NonZero*` and references are not words: send \
            integers of the same width (`f32::to_bits`, ...); `MaybeUninit` memory is write-only",
    note = "a target is the memory itself, not a pointer to it: make a `Vec` or `Box` the buffer, \
            not `&Vec` or `Box<Vec>`"
)]
pub unsafe trait DmaReadTarget {
    /// The word the DMA engine reads.
    ///
    /// ```
    /// use dma_buffer::DmaReadTarget;
    ///
    /// // Nested arrays are runs of their innermost word.
    /// let word = core::any::type_name::<<[[u16; 2]; 3] as DmaReadTarget>::Word>();
    /// assert_eq!(word, "u16");
    /// ```
    type Word: Word;

    /// The layout proof, evaluated at compile time for each type that reaches a pointer.
    ///
    /// ```
    /// use core::mem::size_of;
    /// use dma_buffer::{DmaReadBuffer, DmaReadTarget};
    ///
    /// /// A count and `N` samples; an odd `N` would leave two bytes of padding at the end.
    /// #[repr(C)]
    /// struct Samples<const N: usize> {
    ///     count: u32,
    ///     data: [u16; N],
    /// }
    ///
    /// // SAFETY: `repr(C)` fields made of `u16` words, aligned for `u16`; `READ_CHECK`
    /// // refuses the odd `N` whose padding the DMA would read.
    /// unsafe impl<const N: usize> DmaReadTarget for Samples<N> {
    ///     type Word = u16;
    ///     const READ_CHECK: () = assert!(N % 2 == 0, "`Samples<N>` has padding for odd `N`");
    ///     fn read_word_len(_: *const Self) -> usize {
    ///         size_of::<Self>() / size_of::<u16>()
    ///     }
    /// }
    ///
    /// let samples = Samples { count: 2, data: [7u16, 8] };
    /// assert_eq!((&samples).dma_read_buffer().1, 4);
    /// // `&Samples { count: 3, data: [0u16; 3] }` as a buffer fails to build: the check panics.
    /// ```
    ///
    /// It panics (a compile error) when an instantiation of a generic target is not a
    /// padding-free run of `Self::Word`. Non-generic targets keep the default `()`; arrays,
    /// slices and `MaybeUninit` use their element's, so `[Samples<3>; 2]` fails too.
    const READ_CHECK: () = ();

    /// The number of words in the target at `this`, read from the pointer's metadata only:
    /// `this` is never dereferenced.
    ///
    /// ```
    /// use dma_buffer::DmaReadTarget;
    ///
    /// let grid = [[0u8; 4]; 3];
    /// let rows: &[[u8; 4]] = &grid[1..];
    /// assert_eq!(<[[u8; 4]]>::read_word_len(rows), 8);
    /// ```
    fn read_word_len(this: *const Self) -> usize;

    /// The start and length in words of the target at `this`, without creating a reference.
    ///
    /// ```
    /// use dma_buffer::DmaReadTarget;
    ///
    /// let text = "héllo";
    /// assert_eq!(str::dma_read_target(text), (text.as_ptr(), 6)); // bytes, not chars
    /// ```
    #[inline]
    fn dma_read_target(this: *const Self) -> (*const Self::Word, usize) {
        let () = Self::READ_CHECK;
        (this.cast(), Self::read_word_len(this))
    }
}

/// Memory that a DMA engine may write: the pointee of a
/// [`DmaWriteBuffer`](crate::DmaWriteBuffer).
///
/// ```
/// use core::mem::MaybeUninit;
/// use dma_buffer::DmaWriteTarget;
///
/// let mut rx = MaybeUninit::<[u32; 8]>::uninit();
/// let (ptr, len) = <MaybeUninit<[u32; 8]>>::dma_write_target(&mut rx);
/// assert_eq!((ptr, len), (rx.as_mut_ptr().cast::<u32>(), 8));
/// ```
///
/// Implemented for every [`Word`], for `[T; N]` and `[T]` of any write target `T`, for
/// `MaybeUninit<T>` of any write target `T`, and by `#[derive(DmaWriteBuffer)]`.
///
/// # Safety
///
/// As for [`DmaReadTarget`], but the memory must also be valid for writes of any bit pattern:
/// every bit pattern written as `Self::Word`s leaves a valid `Self`. The memory need not be
/// initialized (`MaybeUninit`), so implementations never read it or create references to it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not memory a DMA engine may write",
    label = "not known to hold every bit pattern a DMA write may store",
    note = "DMA write targets are `u8`..`i64` words, arrays and slices of them, `MaybeUninit` of \
            those, and `#[repr(C)]` structs with `#[derive(DmaWriteBuffer)]` (add it to your own \
            types)",
    note = "floats, `bool`, `char`, `usize`, `NonZero*`, references and `str` are not words: \
            receive into integers of the same width (then `f32::from_bits`, `str::from_utf8`, ...)",
    note = "a target is the memory itself, not a pointer to it: make a `Vec` or `Box` the buffer, \
            not `&mut Vec` or `Box<Vec>`"
)]
pub unsafe trait DmaWriteTarget {
    /// The word the DMA engine writes.
    ///
    /// ```
    /// use core::mem::MaybeUninit;
    /// use dma_buffer::DmaWriteTarget;
    ///
    /// let word = core::any::type_name::<<MaybeUninit<[i32; 4]> as DmaWriteTarget>::Word>();
    /// assert_eq!(word, "i32");
    /// ```
    type Word: Word;

    /// The layout proof; see [`DmaReadTarget::READ_CHECK`].
    ///
    /// ```
    /// use dma_buffer::DmaWriteTarget;
    ///
    /// // Words have nothing to prove; an array's check is its element's.
    /// let () = <[u32; 4] as DmaWriteTarget>::WRITE_CHECK;
    /// ```
    const WRITE_CHECK: () = ();

    /// The number of words in the target at `this`, read from the pointer's metadata only.
    ///
    /// ```
    /// use core::mem::MaybeUninit;
    /// use dma_buffer::DmaWriteTarget;
    ///
    /// let mut rx = [MaybeUninit::<u16>::uninit(); 32];
    /// let rx: *mut [MaybeUninit<u16>] = &mut rx[..10];
    /// assert_eq!(<[MaybeUninit<u16>]>::write_word_len(rx), 10);
    /// ```
    fn write_word_len(this: *mut Self) -> usize;

    /// The start and length in words of the target at `this`, without creating a reference.
    ///
    /// ```
    /// use dma_buffer::DmaWriteTarget;
    ///
    /// let mut frame = [0u16; 4];
    /// let start = frame.as_mut_ptr();
    /// assert_eq!(<[u16; 4]>::dma_write_target(&mut frame), (start, 4));
    /// ```
    #[inline]
    fn dma_write_target(this: *mut Self) -> (*mut Self::Word, usize) {
        let () = Self::WRITE_CHECK;
        (this.cast(), Self::write_word_len(this))
    }
}

/// Words in one `T` whose word is `W`; exact by the targets' contract.
#[inline(always)]
pub(crate) const fn words_per<T, W>() -> usize {
    size_of::<T>() / size_of::<W>()
}

macro_rules! impl_word_targets {
    ($($ty:ty)*) => {$(
        // SAFETY: a word is one initialized word, valid for every bit pattern.
        unsafe impl DmaReadTarget for $ty {
            type Word = $ty;
            #[inline(always)]
            fn read_word_len(_: *const Self) -> usize { 1 }
        }
        // SAFETY: as above.
        unsafe impl DmaWriteTarget for $ty {
            type Word = $ty;
            #[inline(always)]
            fn write_word_len(_: *mut Self) -> usize { 1 }
        }
    )*};
}

impl_word_targets!(u8 i8 u16 i16 u32 i32 u64 i64);

// SAFETY: an array is its elements back to back without padding; each element is a run of
// `T::Word` by `T`'s contract, whose check this array's check is.
unsafe impl<T: DmaReadTarget, const N: usize> DmaReadTarget for [T; N] {
    type Word = T::Word;
    const READ_CHECK: () = T::READ_CHECK;
    #[inline(always)]
    fn read_word_len(_: *const Self) -> usize {
        let () = Self::READ_CHECK;
        N * words_per::<T, T::Word>()
    }
}

// SAFETY: as for `[T; N]`.
unsafe impl<T: DmaWriteTarget, const N: usize> DmaWriteTarget for [T; N] {
    type Word = T::Word;
    const WRITE_CHECK: () = T::WRITE_CHECK;
    #[inline(always)]
    fn write_word_len(_: *mut Self) -> usize {
        let () = Self::WRITE_CHECK;
        N * words_per::<T, T::Word>()
    }
}

// SAFETY: as for `[T; N]`; the element count comes from the slice pointer's metadata.
unsafe impl<T: DmaReadTarget> DmaReadTarget for [T] {
    type Word = T::Word;
    const READ_CHECK: () = T::READ_CHECK;
    #[inline(always)]
    fn read_word_len(this: *const Self) -> usize {
        let () = Self::READ_CHECK;
        this.len() * words_per::<T, T::Word>()
    }
}

// SAFETY: as for `[T]`.
unsafe impl<T: DmaWriteTarget> DmaWriteTarget for [T] {
    type Word = T::Word;
    const WRITE_CHECK: () = T::WRITE_CHECK;
    #[inline(always)]
    fn write_word_len(this: *mut Self) -> usize {
        let () = Self::WRITE_CHECK;
        this.len() * words_per::<T, T::Word>()
    }
}

// SAFETY: a `str` is initialized bytes. Read only: a DMA write could break UTF-8.
unsafe impl DmaReadTarget for str {
    type Word = u8;
    #[inline(always)]
    fn read_word_len(this: *const Self) -> usize {
        (this as *const [u8]).len()
    }
}

// SAFETY: `MaybeUninit<T>` has `T`'s size and alignment, and any bit pattern is a valid
// `MaybeUninit<T>`. Write only: it may be uninitialized, so a DMA read could see garbage.
unsafe impl<T: DmaWriteTarget> DmaWriteTarget for MaybeUninit<T> {
    type Word = T::Word;
    const WRITE_CHECK: () = T::WRITE_CHECK;
    #[inline(always)]
    fn write_word_len(_: *mut Self) -> usize {
        let () = Self::WRITE_CHECK;
        words_per::<T, T::Word>()
    }
}

// SAFETY: `ReadFields` promises that `Fields` and `Phantoms` are exactly the fields of a struct
// (not a union, so the fields do not overlap). The bounds prove each data field a read target,
// a padding-free run of initialized words without interior mutability, and the phantoms
// `PhantomData`, zero-sized; `check_read_fields` evaluates each field's own check and proves
// that the fields fill `Self` (no padding byte), which is a whole number of aligned `Word`s.
// So every `Word` of `T` is initialized bytes, whatever field each belongs to. The method
// evaluates `READ_CHECK`, and arrays, slices and `MaybeUninit` of `T` evaluate it as theirs:
// no instantiation reaches a pointer unchecked. No macro writes this impl, so no macro input
// can change it.
unsafe impl<T> DmaReadTarget for T
where
    T: ReadFields,
    T::Fields: ReadFieldList<T::Word, T::Rule>,
    T::Phantoms: PhantomList,
{
    type Word = T::Word;
    const READ_CHECK: () = check_read_fields::<T>();
    #[inline(always)]
    fn read_word_len(_: *const Self) -> usize {
        let () = Self::READ_CHECK;
        words_per::<T, T::Word>()
    }
}

// SAFETY: as for `DmaReadTarget` above, with `WriteFields`: each data field is a write target,
// valid for every bit pattern, so any words written leave every field, and `T`, valid.
unsafe impl<T> DmaWriteTarget for T
where
    T: WriteFields,
    T::Fields: WriteFieldList<T::Word, T::Rule>,
    T::Phantoms: PhantomList,
{
    type Word = T::Word;
    const WRITE_CHECK: () = check_write_fields::<T>();
    #[inline(always)]
    fn write_word_len(_: *mut Self) -> usize {
        let () = Self::WRITE_CHECK;
        words_per::<T, T::Word>()
    }
}
