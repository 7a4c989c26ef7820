//! The bridge to [`embedded-dma`](::embedded_dma) 0.2, whose `ReadBuffer`/`WriteBuffer` bound
//! the DMA APIs of the HALs (stm32f1xx/f4xx/h7xx-hal, rp2040-hal, nrf-hal, atsamd, …).
//!
//! With the `embedded-dma` feature, a `#[derive(DmaWriteBuffer)]` struct passes unchanged to a
//! HAL: the derive also implements embedded-dma's `WriteTarget` (and `ReadTarget`), so
//! embedded-dma's own blanket impls make `&'static mut Frame`, `Box<Frame>`, `Vec<Frame>` and
//! `Box<[Frame; 2]>` its buffers, with the same word. For a generic struct (whose parameters
//! have at most plain trait bounds, there or in a `where` clause), `&'static mut` (and `&'static`,
//! `Box`) pointers to each instantiation are embedded-dma buffers, and its arrays and `Vec`s
//! reach a HAL through [`Compat`].
//!
//! ```
//! # #[cfg(all(feature = "alloc", feature = "derive"))] {
//! use dma_buffer::embedded_dma::Compat;
//! use dma_buffer::DmaWriteBuffer;
//! use embedded_dma::WriteBuffer;
//!
//! /// What a HAL's receive function looks like (stm32f4xx-hal's `Transfer` bounds `BUF` so).
//! fn hal_rx<B: WriteBuffer<Word = u8> + 'static>(mut buffer: B) -> (*mut u8, usize) {
//!     // SAFETY: `buffer` is dropped right away; no DMA runs in this example.
//!     unsafe { buffer.write_buffer() }
//! }
//!
//! #[derive(Clone, DmaWriteBuffer)]
//! #[repr(C)]
//! struct Frame {
//!     header: [u8; 4],
//!     payload: [u8; 60],
//! }
//!
//! /// Frames sent by a const-generic size.
//! #[derive(DmaWriteBuffer)]
//! #[repr(C)]
//! struct Chunk<const N: usize>([u8; N]);
//!
//! let frame = Box::new(Frame { header: [0; 4], payload: [0; 60] });
//! assert_eq!(hal_rx(frame).1, 64);
//! assert_eq!(hal_rx(vec![Frame { header: [0; 4], payload: [0; 60] }; 2]).1, 128);
//! let chunk: &'static mut Chunk<16> = Box::leak(Box::new(Chunk([0; 16])));
//! assert_eq!(hal_rx(chunk).1, 16);
//! # }
//! ```
//!
//! # Which derived types are embedded-dma targets, and [`Compat`] for the others
//!
//! embedded-dma's own impls for `[T; N]`, `[T]` and `MaybeUninit<T>` compute `(ptr, len)`
//! from `size_of_val` and never call anything of `T`. So a type is embedded-dma's target only
//! if its layout is proved before any of them can be used:
//! - a struct without type or const parameters has one layout, checked where it is defined:
//!   it is embedded-dma's `ReadTarget`/`WriteTarget`, and so are arrays, slices, `Vec`s and
//!   `MaybeUninit`s of it;
//! - a generic struct's layout is proved per instantiation (`struct H<const N: usize> { a: [u8;
//!   N], b: [u32; 1] }` viewed as `u8`: `H<3>` has padding). It is not embedded-dma's target,
//!   since `Vec<H<3>>` would then reach a HAL without its proof ever being evaluated. Instead,
//!   when its parameters' bounds are plain trait paths (`T: Copy + Default`, or `where T:
//!   Copy`; no lifetime, `?Sized`, `for<..>` or `Self` in a bound, and a `where` clause that
//!   bounds only parameters), `&'static H<N>`, `&'static mut H<N>` and `Box<H<N>>` are
//!   embedded-dma buffers, each answering with this crate's buffer impl, which evaluates the
//!   check: `H<4>` passes, `H<3>` fails to build.
//!
//! Any other buffer of this crate (`Vec<H<4>>`, `Box<[Chunk<8>; 2]>`, a `DmaSlice`, `str`, a
//! pointer to a generic struct with another kind of bound) reaches a HAL through [`Compat`],
//! which asks this crate's [`DmaWriteBuffer`] and so evaluates the proof for the type it wraps: a padded instantiation then fails to build, with this
//! crate's message. A HAL call that fails with "the trait bound `Vec<H<4>>: WriteBuffer` is not
//! satisfied" (or `WriteTarget`, or `embedded_dma::Word`) for a derived type is the sign to wrap
//! the buffer: `Compat::new(vec![h])`.
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
//! #[derive(Clone, DmaWriteBuffer)]
//! #[dma(word = u8)]
//! #[repr(C)]
//! struct H<const N: usize> {
//!     a: [u8; N],
//!     b: [u32; 1],
//! }
//!
//! assert_eq!(hal_rx(Box::new(H { a: [0; 4], b: [0] })), 8);
//! assert_eq!(hal_rx(Compat::new(vec![H { a: [0; 4], b: [0] }; 2])), 16);
//! // `Box::new(H { a: [0; 3], b: [0] })` fails to build: `H<3>` has padding.
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
//! target), and arrays, slices and `Vec`s of generic derived types. The same holds for any
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
/// crate's `'static` buffer, with the same word and `(ptr, len)`. Not exported: it takes
/// generics, which only this crate's own types may give (see `__impl_embedded_dma_buffer!`).
macro_rules! impl_embedded_dma_buffers {
    ($($wrapper:ident)*) => {$(
        // SAFETY: this crate's buffer contract implies embedded-dma's: the memory is outside
        // the value, every call returns the same `(ptr, len)` while no other `&mut self` method
        // is called, and it stays valid until the value is dropped; `'static`, as in
        // embedded-dma's own blanket impls, keeps it valid if the value is leaked. `Word`s are
        // exactly embedded-dma's `Word`s.
        unsafe impl<B> ::embedded_dma::ReadBuffer for $wrapper<B>
        where
            Self: $crate::DmaReadBuffer + 'static,
        {
            type Word = <Self as $crate::DmaReadBuffer>::Word;

            #[inline]
            unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
                <Self as $crate::DmaReadBuffer>::dma_read_buffer(self)
            }
        }

        // SAFETY: as for `ReadBuffer` above; this crate's write buffers also promise that every
        // bit pattern written is valid, and allow `write_buffer` again while in use.
        unsafe impl<B> ::embedded_dma::WriteBuffer for $wrapper<B>
        where
            Self: $crate::DmaWriteBuffer + 'static,
        {
            type Word = <Self as $crate::DmaWriteBuffer>::Word;

            #[inline]
            unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
                <Self as $crate::DmaWriteBuffer>::dma_write_buffer(self)
            }
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

/// For a derived type without type or const parameters: checks it where the macro is called,
/// then makes it embedded-dma's `ReadTarget` (`WriteTarget`), answering with this crate's
/// `(ptr, len)`.
///
/// ```text
/// __derived_routes! { read | write type [Self type, lifetimes 'static] }
/// ```
///
/// embedded-dma's impls for `[T; N]`, `[T]` and `MaybeUninit<T>` compute `(ptr, len)` with
/// `size_of_val` and call nothing of this crate; for a type whose one layout was checked by the
/// `const` item first, they are exact. The type is an opaque `ty` fragment, written once into a
/// type alias that both the check and the impl use (a `ty` that calls a macro could otherwise
/// expand to two types), so no input reaches into the impl; a type with parameters fails to
/// compile (an alias in a `const` item has none). A generic derived type is not embedded-dma's
/// target: its buffers reach a HAL through [`Compat`], which checks each instantiation.
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_routes {
    (read type [$ty:ty]) => {
        const _: () = {
            // The type, written once: a `ty` that calls a macro could expand to another type
            // each time it is written, and the check must be of the type the impl is for.
            type __DmaBufferTarget = $ty;
            // The layout messages first, from here: an error then quotes only the user's code.
            const _: () = {
                let () = <__DmaBufferTarget as $crate::derived::ReadFields>::LAYOUT;
                <__DmaBufferTarget as $crate::DmaReadTarget>::READ_CHECK
            };
            // SAFETY: `(ptr, len)` is this crate's answer for `Self`, a padding-free run of its
            // initialized words, proved by the check evaluated right above for the one layout
            // of a type without parameters, and of this very type (the alias); so
            // embedded-dma's array, slice and `MaybeUninit` impls, which rely on
            // `size_of_val`, are exact too. The bounds are higher-ranked only so that a type
            // whose check fails is reported once.
            unsafe impl $crate::__private::embedded_dma::ReadTarget for __DmaBufferTarget
            where
                for<'__dma> Self: $crate::DmaReadTarget,
                for<'__dma> <Self as $crate::DmaReadTarget>::Word:
                    $crate::__private::embedded_dma::Word,
            {
                type Word = <Self as $crate::DmaReadTarget>::Word;

                #[inline]
                fn as_read_buffer(&self) -> (*const Self::Word, usize) {
                    <Self as $crate::DmaReadTarget>::dma_read_target(self)
                }
            }
        };
    };
    (write type [$ty:ty]) => {
        const _: () = {
            // The type, written once; see the read arm.
            type __DmaBufferTarget = $ty;
            const _: () = {
                let () = <__DmaBufferTarget as $crate::derived::WriteFields>::LAYOUT;
                <__DmaBufferTarget as $crate::DmaWriteTarget>::WRITE_CHECK
            };
            // SAFETY: as for `ReadTarget` above; the words are valid for every bit pattern.
            unsafe impl $crate::__private::embedded_dma::WriteTarget for __DmaBufferTarget
            where
                for<'__dma> Self: $crate::DmaWriteTarget,
                for<'__dma> <Self as $crate::DmaWriteTarget>::Word:
                    $crate::__private::embedded_dma::Word,
            {
                type Word = <Self as $crate::DmaWriteTarget>::Word;

                #[inline]
                fn as_write_buffer(&mut self) -> (*mut Self::Word, usize) {
                    <Self as $crate::DmaWriteTarget>::dma_write_target(self)
                }
            }
        };
    };
}

/// For a generic derived type whose parameters' bounds are plain trait paths (the derive gives
/// a `where` clause's bounds of a parameter with the parameter's own): makes its `'static`
/// pointers embedded-dma buffers, `&'static T` and `&'static mut T` (and `Box<T>` with the
/// `alloc` feature) for reads, `&'static mut T` (and `Box<T>`) for writes, each answering with
/// this crate's buffer impl, which evaluates the check of its instantiation.
///
/// ```text
/// __derived_pointer_routes! {
///     read | write lifetimes ['a, ..] types [T [Bound, ..], ..] consts [N: usize, ..]
///         type [Self type]
/// }
/// ```
///
/// The type itself is not embedded-dma's target: its layout is proved per instantiation,
/// which embedded-dma's impls for arrays, slices and `MaybeUninit` would skip; those buffers
/// reach a HAL through [`Compat`]. `&` and `Box` are fundamental, so these impls are the user
/// crate's own. Every input is an opaque fragment (lifetimes, identifiers, `path`s, `ty`s), so
/// none can change the `impl`'s shape (a `const` block inside a `path` or `ty` is the caller's
/// own code, under the caller's lints); each impl is bounded on, and forwards to, this crate's
/// buffer trait, and the bounds given with the parameters (the struct's own, from the derive;
/// anything, from a hand call) only narrow where it applies: sound for every input.
#[doc(hidden)]
#[macro_export]
macro_rules! __derived_pointer_routes {
    (read lifetimes [$($lt:lifetime),*] types [$($T:ident [$($B:path),*]),*]
        consts [$($C:ident: $CT:ty),*] type [$ty:ty]
    ) => {
        $crate::__derived_pointer_routes! {
            @one DmaReadBuffer [$($lt),*] [$($T [$($B),*]),*] [$($C: $CT),*] &'static $ty
        }
        $crate::__derived_pointer_routes! {
            @one DmaReadBuffer [$($lt),*] [$($T [$($B),*]),*] [$($C: $CT),*] &'static mut $ty
        }
        $crate::__derived_pointer_routes! {
            @box DmaReadBuffer [$($lt),*] [$($T [$($B),*]),*] [$($C: $CT),*] $ty
        }
    };
    (write lifetimes [$($lt:lifetime),*] types [$($T:ident [$($B:path),*]),*]
        consts [$($C:ident: $CT:ty),*] type [$ty:ty]
    ) => {
        $crate::__derived_pointer_routes! {
            @one DmaWriteBuffer [$($lt),*] [$($T [$($B),*]),*] [$($C: $CT),*] &'static mut $ty
        }
        $crate::__derived_pointer_routes! {
            @box DmaWriteBuffer [$($lt),*] [$($T [$($B),*]),*] [$($C: $CT),*] $ty
        }
    };
    (@box $Trait:ident
        [$($lt:lifetime),*] [$($T:ident [$($B:path),*]),*] [$($C:ident: $CT:ty),*] $ty:ty
    ) => {
        $crate::__impl_embedded_dma_box! {
            $Trait [$($lt),*] [$($T [$($B),*]),*] [$($C: $CT),*] $ty
        }
    };
    (@one DmaReadBuffer
        [$($lt:lifetime),*] [$($T:ident [$($B:path),*]),*] [$($C:ident: $CT:ty),*] $ty:ty
    ) => {
        // SAFETY: this crate's read buffer contract implies embedded-dma's (the reasoning is
        // at `impl_embedded_dma_buffers!`), and `'static` keeps it valid if leaked. The check
        // of the pointed-to instantiation runs in this crate's impl.
        unsafe impl<$($lt,)* $($T: $($B +)*,)* $(const $C: $CT),*>
            $crate::__private::embedded_dma::ReadBuffer for $ty
        where
            for<'__dma> Self: $crate::DmaReadBuffer + 'static,
        {
            type Word = <Self as $crate::DmaReadBuffer>::Word;

            #[inline]
            unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
                <Self as $crate::DmaReadBuffer>::dma_read_buffer(self)
            }
        }
    };
    (@one DmaWriteBuffer
        [$($lt:lifetime),*] [$($T:ident [$($B:path),*]),*] [$($C:ident: $CT:ty),*] $ty:ty
    ) => {
        // SAFETY: as for `ReadBuffer` above, for write buffers.
        unsafe impl<$($lt,)* $($T: $($B +)*,)* $(const $C: $CT),*>
            $crate::__private::embedded_dma::WriteBuffer for $ty
        where
            for<'__dma> Self: $crate::DmaWriteBuffer + 'static,
        {
            type Word = <Self as $crate::DmaWriteBuffer>::Word;

            #[inline]
            unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
                <Self as $crate::DmaWriteBuffer>::dma_write_buffer(self)
            }
        }
    };
}

/// `Box<T>` as embedded-dma's buffer, with the `alloc` feature; see `__derived_pointer_routes!`.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_embedded_dma_box {
    ($Trait:ident
        [$($lt:lifetime),*] [$($T:ident [$($B:path),*]),*] [$($C:ident: $CT:ty),*] $ty:ty
    ) => {
        $crate::__derived_pointer_routes! {
            @one $Trait [$($lt),*] [$($T [$($B),*]),*] [$($C: $CT),*] $crate::__private::Box<$ty>
        }
    };
}

/// Without the `alloc` feature, there is no `Box`.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_embedded_dma_box {
    ($($input:tt)*) => {};
}

/// Emits embedded-dma's `ReadBuffer` or `WriteBuffer` for a `#[dma(delegate)]` handle without
/// type or const parameters (lifetimes `'static`), answering with this crate's impl, which
/// evaluates every check of the target it points at.
///
/// ```text
/// __impl_embedded_dma_buffer! { DmaReadBuffer | DmaWriteBuffer type [Self type] }
/// ```
///
/// The type is an opaque `ty` fragment: no input reaches into the impl, and the bound is this
/// crate's buffer trait. A generic handle reaches a HAL through [`Compat`].
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_embedded_dma_buffer {
    (DmaReadBuffer type [$ty:ty]) => {
        $crate::__derived_pointer_routes! { @one DmaReadBuffer [] [] [] $ty }
    };
    (DmaWriteBuffer type [$ty:ty]) => {
        $crate::__derived_pointer_routes! { @one DmaWriteBuffer [] [] [] $ty }
    };
}
