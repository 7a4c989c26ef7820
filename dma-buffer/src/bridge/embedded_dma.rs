//! The bridge to [`embedded-dma`](::embedded_dma) 0.2, whose `ReadBuffer`/`WriteBuffer` bound
//! the DMA APIs of the HALs (stm32f1xx/f4xx/h7xx-hal, rp2040-hal, nrf-hal, atsamd, …).
//!
//! With the `embedded-dma` feature, a `#[derive(DmaWriteBuffer)]` struct passes unchanged to a
//! HAL: the derive also implements embedded-dma's `WriteTarget` (and `ReadTarget`), so
//! embedded-dma's own blanket impls make `&'static mut Frame`, `Box<Frame>`, `Vec<Frame>` and
//! `Box<[Frame; 2]>` its buffers, with the same word.
//!
//! ```
//! # #[cfg(all(feature = "alloc", feature = "derive"))] {
//! use dma_buffer::DmaWriteBuffer;
//! use embedded_dma::WriteBuffer;
//!
//! /// What a HAL's receive function looks like (stm32f4xx-hal's `Transfer` bounds `BUF` so).
//! fn hal_rx<B: WriteBuffer<Word = u8> + 'static>(mut buffer: B) -> (*mut u8, usize) {
//!     // SAFETY: `buffer` is dropped right away; no DMA runs in this example.
//!     unsafe { buffer.write_buffer() }
//! }
//!
//! #[derive(DmaWriteBuffer)]
//! #[repr(C)]
//! struct Frame {
//!     header: [u8; 4],
//!     payload: [u8; 60],
//! }
//!
//! /// Frames sent by a const-generic size: every field is an array of the struct's word.
//! #[derive(DmaWriteBuffer)]
//! #[repr(C)]
//! struct Chunk<const N: usize>([u8; N]);
//!
//! let frame = Box::new(Frame { header: [0; 4], payload: [0; 60] });
//! assert_eq!(hal_rx(frame).1, 64);
//! assert_eq!(hal_rx(vec![Chunk([0; 16]), Chunk([0; 16])]).1, 32);
//! # }
//! ```
//!
//! # Which derived types are embedded-dma targets, and [`Compat`] for the others
//!
//! embedded-dma's own impls for `[T; N]`, `[T]` and `MaybeUninit<T>` compute `(ptr, len)`
//! from `size_of_val` and never call anything of `T`. A generic struct whose layout is proved
//! per instantiation (`struct H<const N: usize> { a: [u8; N], b: [u32; 1] }` viewed as
//! `u8`: `H<3>` has padding) would pass `Vec<H<3>>` to a HAL without its proof ever being
//! evaluated. So the derive implements embedded-dma's target traits only for types whose
//! layout holds for every instantiation:
//! - non-generic structs (their proof runs where they are defined);
//! - generic structs without `word =` or `align` whose fields are all (nested) arrays of one
//!   word type, plus `PhantomData`, such as `Chunk<N>` above;
//! - `#[repr(transparent)]` wrappers without `word =`, for the instantiations whose field is
//!   itself an embedded-dma target of the same word: `G<[u16; 4]>` and `G<Chunk<8>>`, but
//!   neither `G<H<3>>` nor `G<[bool; 4]>`.
//!
//! The generic impls bound every field on embedded-dma's own target trait, and every
//! `PhantomData` field on being `core::marker::PhantomData`, so the layout argument holds
//! however the struct is instantiated or nested.
//!
//! Any other buffer of this crate reaches a HAL through [`Compat`], which asks this crate's
//! [`DmaWriteBuffer`] and so evaluates the proof for the type it wraps: a padded instantiation
//! then fails to build, with this crate's message. A HAL call that fails with "the trait bound
//! `Box<H<4>>: WriteBuffer` is not satisfied" (or `WriteTarget`, or `embedded_dma::Word`) for a
//! derived type is the sign to wrap the buffer: `Compat::new(Box::new(h))`.
//!
//! ```
//! # #[cfg(all(feature = "alloc", feature = "derive"))] {
//! use dma_buffer::embedded_dma::Compat;
//! use dma_buffer::DmaWriteBuffer;
//! use embedded_dma::WriteBuffer;
//!
//! fn hal_rx<B: WriteBuffer<Word = u8> + 'static>(mut buffer: B) -> usize {
//!     // SAFETY: no DMA runs in this example.
//!     unsafe { buffer.write_buffer() }.1
//! }
//!
//! /// Viewed as bytes; padding-free only where `N` is a multiple of 4.
//! #[derive(DmaWriteBuffer)]
//! #[dma(word = u8)]
//! #[repr(C)]
//! struct H<const N: usize> {
//!     a: [u8; N],
//!     b: [u32; 1],
//! }
//!
//! assert_eq!(hal_rx(Compat::new(Box::new(H { a: [0; 4], b: [0] }))), 8);
//! // `Compat::new(Box::new(H { a: [0; 3], b: [0] }))` fails to build: `H<3>` has padding.
//! # }
//! ```
//!
//! `'static` handles derived with `#[dma(delegate)]` (`struct RxBuf(&'static mut [u8; 256])`)
//! are embedded-dma buffers too, with their field's `(ptr, len)`.
//!
//! # What has no bridge
//!
//! Rust's orphan rule forbids implementing embedded-dma's traits (foreign) for types this
//! crate does not own, so a buffer embedded-dma does not cover itself is a HAL buffer only
//! through [`Compat`]: `&'static str`, `String` and `Box<str>` (embedded-dma has no `str`
//! target), and generic derived types outside the three cases above. The same holds for any
//! other foreign target type, such as a protocol crate's zerocopy packet (see
//! `dma_buffer::zerocopy::Bytes`, itself an embedded-dma buffer). Conversely, embedded-dma
//! buffers are this crate's buffers through [`FromReadBuffer`] and [`FromWriteBuffer`].
//!
//! Every impl of embedded-dma's buffer traits here requires `'static`, as embedded-dma's own
//! blanket impls do: HALs such as stm32f4xx-hal bound their buffers on `WriteBuffer` alone and
//! count on that, so a borrowed buffer must never become one.

use ::embedded_dma::{ReadBuffer, WriteBuffer};

use crate::{DmaReadBuffer, DmaSlice, DmaWriteBuffer, Word};

/// A buffer of this crate, with its layout proof evaluated, as an embedded-dma buffer.
///
/// For buffers whose target the derive could not make an embedded-dma target (see the
/// [module docs](self)), and for `str`: `Compat<B>` implements `embedded_dma::ReadBuffer`
/// (`WriteBuffer`) when `B` is a `'static` [`DmaReadBuffer`] ([`DmaWriteBuffer`]), with the
/// same word and the same `(ptr, len)`. It is this crate's buffer too.
///
/// ```
/// use dma_buffer::embedded_dma::Compat;
/// use embedded_dma::ReadBuffer;
///
/// fn hal_tx<B: ReadBuffer<Word = u8> + 'static>(buffer: B) -> usize {
///     // SAFETY: no DMA runs in this example.
///     unsafe { buffer.read_buffer() }.1
/// }
///
/// // embedded-dma has no `str` target, and the orphan rule forbids adding one.
/// assert_eq!(hal_tx(Compat::new("hello")), 5);
/// ```
#[derive(Debug)]
pub struct Compat<B> {
    buffer: B,
}

impl<B> Compat<B> {
    /// Wraps `buffer`.
    ///
    /// ```
    /// use dma_buffer::embedded_dma::Compat;
    /// use embedded_dma::ReadBuffer;
    ///
    /// static GREETING: &str = "hello";
    /// let tx = Compat::new(GREETING);
    /// // SAFETY: no DMA runs in this example.
    /// let (ptr, len) = unsafe { tx.read_buffer() };
    /// // The memory of the wrapped buffer, in its words.
    /// assert_eq!((ptr, len), (GREETING.as_ptr(), 5));
    /// ```
    pub fn new(buffer: B) -> Self {
        Compat { buffer }
    }

    /// Gives the buffer back.
    ///
    /// ```
    /// use dma_buffer::embedded_dma::Compat;
    /// use embedded_dma::WriteBuffer;
    ///
    /// let rx: &'static mut [u8; 4] = Box::leak(Box::new([0; 4]));
    /// let mut rx = Compat::new(rx);
    /// // What the DMA engine would do: fill the buffer.
    /// // SAFETY: `ptr` is valid for `len` bytes, and `rx` is not used meanwhile.
    /// unsafe {
    ///     let (ptr, len) = rx.write_buffer();
    ///     ptr.write_bytes(0xab, len);
    /// }
    /// let rx: &'static mut [u8; 4] = rx.into_inner();
    /// assert_eq!(*rx, [0xab; 4]);
    /// ```
    pub fn into_inner(self) -> B {
        self.buffer
    }
}

// SAFETY: forwards to `B`, whose promises are this impl's.
unsafe impl<B: DmaReadBuffer> DmaReadBuffer for Compat<B> {
    type Word = B::Word;

    #[inline]
    fn dma_read_buffer(&self) -> (*const Self::Word, usize) {
        self.buffer.dma_read_buffer()
    }
}

// SAFETY: forwards to `B`, whose promises are this impl's.
unsafe impl<B: DmaWriteBuffer> DmaWriteBuffer for Compat<B> {
    type Word = B::Word;

    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
        self.buffer.dma_write_buffer()
    }
}

/// Implements embedded-dma's `ReadBuffer`/`WriteBuffer` for `Wrapper<B>` wherever it is this
/// crate's `'static` buffer, with the same word and `(ptr, len)`.
macro_rules! impl_embedded_dma_buffers {
    ($($wrapper:ident)*) => {$(
        $crate::__impl_embedded_dma_buffer! {
            DmaReadBuffer impl [B] type [$wrapper<B>] where []
        }
        $crate::__impl_embedded_dma_buffer! {
            DmaWriteBuffer impl [B] type [$wrapper<B>] where []
        }
    )*};
}
#[cfg(feature = "zerocopy")]
pub(crate) use impl_embedded_dma_buffers;

impl_embedded_dma_buffers!(Compat DmaSlice);

/// An embedded-dma `ReadBuffer` as this crate's [`DmaReadBuffer`], so that a buffer type made
/// for the HALs (a pool box, a ring-buffer grant, …) works with APIs bounded on this crate.
///
/// Its word must be one of this crate's [`Word`]s: embedded-dma's `ReadBuffer::Word` is
/// unbounded and its `Word` trait is open to any type.
///
/// ```
/// use dma_buffer::embedded_dma::FromReadBuffer;
/// use dma_buffer::StaticReadBuffer;
///
/// fn start_tx<B: StaticReadBuffer<Word = u16>>(buffer: B) -> usize {
///     buffer.dma_read_buffer().1
/// }
///
/// static SAMPLES: [u16; 4] = [1, 2, 3, 4];
/// assert_eq!(start_tx(FromReadBuffer::new(&SAMPLES)), 4);
/// ```
///
/// There is one wrapper per direction: embedded-dma forbids calling a `&mut self` method of a
/// buffer while the memory `read_buffer` gave is in use, but this crate lets a transfer call
/// [`DmaWriteBuffer::dma_write_buffer`] on a buffer it is also reading, so no wrapper may do
/// both. `FromReadBuffer` never calls a `&mut self` method of the buffer, and gives it back only
/// by value.
///
/// # Panics
///
/// [`dma_read_buffer`](DmaReadBuffer::dma_read_buffer) panics if the buffer's pointer is not
/// aligned for its word, which embedded-dma's contract does not state in so many words.
#[derive(Debug)]
pub struct FromReadBuffer<B> {
    buffer: B,
}

impl<B> FromReadBuffer<B>
where
    B: ReadBuffer,
    B::Word: Word,
{
    /// Wraps `buffer`.
    ///
    /// ```
    /// use dma_buffer::embedded_dma::FromReadBuffer;
    /// use dma_buffer::DmaReadBuffer;
    ///
    /// static SAMPLES: [u16; 4] = [1, 2, 3, 4];
    /// let tx = FromReadBuffer::new(&SAMPLES);
    /// // What embedded-dma's impl for `&'static [u16; 4]` answers.
    /// assert_eq!(tx.dma_read_buffer(), (SAMPLES.as_ptr(), 4));
    /// ```
    pub fn new(buffer: B) -> Self {
        FromReadBuffer { buffer }
    }
}

impl<B> FromReadBuffer<B> {
    /// Gives the buffer back.
    ///
    /// ```
    /// use dma_buffer::embedded_dma::FromReadBuffer;
    ///
    /// static SAMPLES: [u16; 4] = [1, 2, 3, 4];
    /// let samples: &'static [u16; 4] = FromReadBuffer::new(&SAMPLES).into_inner();
    /// assert!(core::ptr::eq(samples, &SAMPLES));
    /// ```
    pub fn into_inner(self) -> B {
        self.buffer
    }
}

// SAFETY: embedded-dma's `ReadBuffer` contract gives a pointer to memory outside the value
// that stays valid until the value is dropped, the same on every call while no `&mut self`
// method is called (none is: the field is private and comes back only by value); the word is
// one of this crate's, and the alignment is checked. This crate's "initialized, and not written
// through another path" is what embedded-dma calls "safe to use for DMA reads".
unsafe impl<B> DmaReadBuffer for FromReadBuffer<B>
where
    B: ReadBuffer,
    B::Word: Word,
{
    type Word = B::Word;

    #[inline]
    fn dma_read_buffer(&self) -> (*const Self::Word, usize) {
        // SAFETY: `read_buffer`'s caller promises not to call `&mut self` methods of the buffer
        // while the memory is in use; this wrapper never calls one.
        let (ptr, len) = unsafe { self.buffer.read_buffer() };
        assert_aligned(ptr);
        (ptr, len)
    }
}

/// An embedded-dma `WriteBuffer` as this crate's [`DmaWriteBuffer`]; see [`FromReadBuffer`].
///
/// ```
/// use dma_buffer::embedded_dma::FromWriteBuffer;
/// use dma_buffer::StaticWriteBuffer;
///
/// fn start_rx<B: StaticWriteBuffer<Word = u8>>(mut buffer: B) -> usize {
///     buffer.dma_write_buffer().1
/// }
///
/// let rx: &'static mut [u8; 32] = Box::leak(Box::new([0; 32]));
/// assert_eq!(start_rx(FromWriteBuffer::new(rx)), 32);
/// ```
///
/// # Panics
///
/// [`dma_write_buffer`](DmaWriteBuffer::dma_write_buffer) panics if the buffer's pointer is
/// not aligned for its word.
#[derive(Debug)]
pub struct FromWriteBuffer<B> {
    buffer: B,
}

impl<B> FromWriteBuffer<B>
where
    B: WriteBuffer,
    B::Word: Word,
{
    /// Wraps `buffer`.
    ///
    /// ```
    /// use dma_buffer::embedded_dma::FromWriteBuffer;
    /// use dma_buffer::DmaWriteBuffer;
    ///
    /// let rx: &'static mut [u32; 8] = Box::leak(Box::new([0; 8]));
    /// let start = rx.as_mut_ptr();
    /// let mut rx = FromWriteBuffer::new(rx);
    /// // What embedded-dma's impl for `&'static mut [u32; 8]` answers.
    /// assert_eq!(rx.dma_write_buffer(), (start, 8));
    /// ```
    pub fn new(buffer: B) -> Self {
        FromWriteBuffer { buffer }
    }
}

impl<B> FromWriteBuffer<B> {
    /// Gives the buffer back.
    ///
    /// ```
    /// use dma_buffer::embedded_dma::FromWriteBuffer;
    /// use dma_buffer::DmaWriteBuffer;
    ///
    /// let rx: &'static mut [u8; 4] = Box::leak(Box::new([0; 4]));
    /// let mut rx = FromWriteBuffer::new(rx);
    /// let (ptr, len) = rx.dma_write_buffer();
    /// // What the DMA engine would do: write the bytes received.
    /// // SAFETY: `ptr` is valid for `len` bytes, and `rx` is not used meanwhile.
    /// unsafe { ptr.copy_from_nonoverlapping(b"ping".as_ptr(), len) };
    /// let rx: &'static mut [u8; 4] = rx.into_inner();
    /// assert_eq!(rx, b"ping");
    /// ```
    pub fn into_inner(self) -> B {
        self.buffer
    }
}

// SAFETY: as for `FromReadBuffer`; embedded-dma's `WriteBuffer` also promises that every byte
// pattern written is valid, and allows calling `write_buffer` again while the memory is in use.
unsafe impl<B> DmaWriteBuffer for FromWriteBuffer<B>
where
    B: WriteBuffer,
    B::Word: Word,
{
    type Word = B::Word;

    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
        // SAFETY: `write_buffer`'s caller promises not to call `&mut self` methods other than
        // `write_buffer` while the memory is in use; this wrapper calls no other.
        let (ptr, len) = unsafe { self.buffer.write_buffer() };
        assert_aligned(ptr);
        (ptr, len)
    }
}

/// Panics unless `ptr` is aligned for `W`: the trust boundary to a foreign buffer impl.
#[inline]
#[track_caller]
fn assert_aligned<W>(ptr: *const W) {
    assert!(
        ptr.is_aligned(),
        "an embedded-dma buffer gave a pointer not aligned for its word"
    );
}

/// Implemented only for `core::marker::PhantomData`: the bound that proves a field the derive
/// took for a phantom (by its name) is one, so zero-sized and 1-aligned in every instantiation.
#[doc(hidden)]
pub trait IsPhantomData {}
impl<T: ?Sized> IsPhantomData for core::marker::PhantomData<T> {}

/// Emits embedded-dma's `ReadTarget` or `WriteTarget` for a derived type when the derive
/// passed `embedded_dma [..]`, that is, when the type's layout holds for every instantiation
/// (see the module docs of `dma_buffer::embedded_dma`); emits nothing otherwise.
///
/// ```text
/// __derive_embedded_dma_target! {
///     DmaReadTarget | DmaWriteTarget
///     impl [<generic params>] type [Self type] where [predicates]
///     word [W]
///     $(embedded_dma [])?    // nothing to bound: one layout checked where the type is
///                            // defined, or zerocopy's trait bounds on `Self`
///     $(embedded_dma [fields [every data field type] phantoms [every phantom field type]])?
/// }
/// ```
///
/// The impl exists only where `Self` is this crate's target of word `W`, and answers with
/// that impl's `(ptr, len)`, so a direct call evaluates the layout check too. Calls through
/// embedded-dma's impls for `[Self; N]`, `[Self]` and `MaybeUninit<Self>` evaluate nothing of
/// ours; for a generic type the field bounds are what proves the layout there: each data field
/// is itself an embedded-dma target of `W` and each phantom a `PhantomData`, so an array-only
/// struct is a run of one element type and a transparent wrapper is its field. Those bounds,
/// and the one on `Self`, are higher-ranked (`for<'__dma>`) so that one on a concrete type that
/// does not hold (a field `H<3>`) removes the impl instead of failing the derive where only
/// this feature is on. The plain bound of each field on this crate's trait makes `W` (written
/// with the first field's type) well-formed; it holds wherever the derive's own impl compiles.
#[doc(hidden)]
#[macro_export]
macro_rules! __derive_embedded_dma_target {
    (DmaReadTarget $($rest:tt)*) => {
        $crate::__derive_embedded_dma_target! {
            @emit [DmaReadTarget dma_read_target ReadTarget as_read_buffer [&] const] $($rest)*
        }
    };
    (DmaWriteTarget $($rest:tt)*) => {
        $crate::__derive_embedded_dma_target! {
            @emit [DmaWriteTarget dma_write_target WriteTarget as_write_buffer [&mut] mut] $($rest)*
        }
    };
    (@emit [$Trait:ident $target:ident $EdmaTrait:ident $as_buffer:ident [$($self_ref:tt)*] $ptr:tt]
        impl [$($impl_generics:tt)*] type [$($ty:tt)*] where [$($where:tt)*]
        word [$word:ty]
        embedded_dma [$(fields [$($field:ty),* $(,)?] phantoms [$($phantom:ty),* $(,)?])?]
    ) => {
        // SAFETY: `(ptr, len)` is `Self`'s answer as this crate's target, with its check: the
        // whole value as a padding-free run of `$word`s, initialized for reads and valid for
        // every bit pattern for writes. embedded-dma's impls for arrays, slices and
        // `MaybeUninit` of `Self` use `size_of_val` and never call this method; they are exact
        // because the layout holds for every instantiation these bounds admit: `embedded_dma
        // []` comes only for a type checked at its definition or proved by trait bounds on
        // `Self` (`#[dma(zerocopy)]`), and otherwise every field is bounded (see the docs).
        unsafe impl<$($impl_generics)*> $crate::__private::embedded_dma::$EdmaTrait for $($ty)*
        where
            for<'__dma> Self: $crate::$Trait<Word = $word>,
            $word: $crate::__private::embedded_dma::Word,
            $($(
                $field: $crate::$Trait,
                for<'__dma> $field: $crate::__private::embedded_dma::$EdmaTrait<Word = $word>,
            )*)?
            $($(for<'__dma> $phantom: $crate::embedded_dma::IsPhantomData,)*)?
            $($where)*
        {
            type Word = $word;

            #[inline]
            fn $as_buffer($($self_ref)* self) -> (*$ptr $word, usize) {
                <Self as $crate::$Trait>::$target(self)
            }
        }
    };
    // No `embedded_dma [..]`: the layout may not hold for every instantiation.
    (@emit [$($route:tt)*] $($not_eligible:tt)*) => {};
}

/// Emits embedded-dma's `ReadBuffer` or `WriteBuffer` for a buffer type of this crate (`Compat`,
/// `DmaSlice`, `Bytes`, a `#[dma(delegate)]` handle), when it is `'static`, answering with this
/// crate's impl, which evaluates every check of the target it points at.
///
/// ```text
/// __impl_embedded_dma_buffer! {
///     DmaReadBuffer | DmaWriteBuffer
///     impl [<generic params>] type [Self type] where [predicates]
/// }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_embedded_dma_buffer {
    (DmaReadBuffer $($rest:tt)*) => {
        $crate::__impl_embedded_dma_buffer! {
            @emit [DmaReadBuffer dma_read_buffer ReadBuffer read_buffer [&] const] $($rest)*
        }
    };
    (DmaWriteBuffer $($rest:tt)*) => {
        $crate::__impl_embedded_dma_buffer! {
            @emit [DmaWriteBuffer dma_write_buffer WriteBuffer write_buffer [&mut] mut] $($rest)*
        }
    };
    (@emit [$Trait:ident $buffer:ident $EdmaTrait:ident $edma_buffer:ident [$($self_ref:tt)*] $ptr:tt]
        impl [$($impl_generics:tt)*] type [$($ty:tt)*] where [$($where:tt)*]
    ) => {
        // SAFETY: this crate's buffer contract implies embedded-dma's: the memory is outside
        // the value, every call returns the same `(ptr, len)` while no other `&mut self` method
        // is called, and it stays valid until the value is dropped; `'static`, as in
        // embedded-dma's own blanket impls, keeps it valid if the value is leaked. `Word`s are
        // exactly embedded-dma's `Word`s. The higher-ranked bound only defers its check to the
        // type's uses, so a handle whose field is no buffer stays an error of this crate's impl
        // alone.
        unsafe impl<$($impl_generics)*> $crate::__private::embedded_dma::$EdmaTrait for $($ty)*
        where
            for<'__dma> Self: $crate::$Trait + 'static,
            $($where)*
        {
            type Word = <Self as $crate::$Trait>::Word;

            #[inline]
            unsafe fn $edma_buffer($($self_ref)* self) -> (*$ptr Self::Word, usize) {
                <Self as $crate::$Trait>::$buffer(self)
            }
        }
    };
}
