//! The bridge to [`zerocopy`](::zerocopy) 0.8: packets whose layout zerocopy already proves are
//! byte (`u8`) DMA targets, without restating that layout for this crate's derive.
//!
//! `#[dma(zerocopy)]` makes a struct a byte target on zerocopy's proofs instead of the derive's
//! rules: a write target needs `FromBytes + IntoBytes` (every bit pattern valid, no padding),
//! a read target `IntoBytes + Immutable` (initialized, no interior mutability). So
//! `#[repr(C, packed)]` structs and byte-order fields such as `U16<BigEndian>` are fine, and a
//! missing zerocopy derive is a compile error that names it. With the `embedded-dma` feature
//! too, such a struct is also a byte target for the HALs.
//!
//! ```
//! # #[cfg(all(feature = "alloc", feature = "derive"))] {
//! use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
//! use zerocopy::byteorder::{BigEndian, U16, U32};
//! use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout};
//!
//! #[derive(FromBytes, IntoBytes, Immutable, KnownLayout)]
//! #[derive(DmaReadBuffer, DmaWriteBuffer)]
//! #[dma(zerocopy)]
//! #[repr(C, packed)]
//! struct Header {
//!     kind: u8,
//!     length: U16<BigEndian>,
//!     sequence: U32<BigEndian>,
//! }
//!
//! let mut rx = Box::new(Header::new_zeroed());
//! let (ptr, len) = rx.dma_write_buffer();
//! assert_eq!(len, 7);
//! // What the DMA engine would do: write the bytes of a header from the wire.
//! // SAFETY: `ptr` is valid for `len` bytes, and `rx` is not used meanwhile.
//! unsafe { ptr.copy_from_nonoverlapping([1, 0, 5, 0, 0, 0, 9].as_ptr(), len) };
//! assert_eq!((rx.kind, rx.length.get(), rx.sequence.get()), (1, 5, 9));
//! # }
//! ```
//!
//! # What is bridged, and what is not
//!
//! Types defined elsewhere (a protocol crate's packets), which cannot get the attribute, are
//! DMA buffers through the [`Bytes`] wrapper: a blanket impl of this crate's target traits for
//! every zerocopy type would overlap its impls for words and arrays, and the orphan rule
//! forbids impls for them one by one. `Bytes` also serves slices of packets (`Vec<Packet>`)
//! and zerocopy's unsized types; `#[dma(zerocopy)]` is for sized structs only.
//!
//! The word is always `u8`: zerocopy proves byte layouts, not alignment for wider words. A
//! packet of `u16` samples for a 16-bit DMA channel derives this crate's traits instead. What
//! zerocopy refuses stays refused: a struct with a `bool` is a read target at most (it is
//! `IntoBytes`, not `FromBytes`), and one with padding is neither.

use core::ops::DerefMut;

use ::zerocopy::{FromBytes, Immutable, IntoBytes};
use stable_deref_trait::StableDeref;

use crate::{DmaReadBuffer, DmaWriteBuffer};

/// A stable pointer to any zerocopy type, as a byte (`u8`) DMA buffer: a read buffer when the
/// target is `IntoBytes + Immutable`, a write buffer when it is `FromBytes + IntoBytes`.
///
/// For packet types whose crate derives zerocopy's traits but not this crate's. The target may
/// be unsized (`[Packet]` behind a `Vec` or `Box<[Packet]>`, or a zerocopy slice DST): the
/// length is the target's size in bytes, read from the pointer at run time, on every call.
///
/// ```
/// # #[cfg(feature = "alloc")] {
/// use dma_buffer::zerocopy::Bytes;
/// use dma_buffer::StaticReadBuffer;
/// use zerocopy::byteorder::{LittleEndian, U16};
///
/// /// What a HAL's transmit function looks like.
/// fn start_tx<B: StaticReadBuffer<Word = u8>>(buffer: B) -> usize {
///     buffer.dma_read_buffer().1
/// }
///
/// // `U16<LittleEndian>` is a foreign zerocopy type: no derive of this crate on it.
/// let samples: Vec<U16<LittleEndian>> = vec![U16::new(1), U16::new(2), U16::new(3)];
/// assert_eq!(start_tx(Bytes::new(samples)), 6);
/// # }
/// ```
#[derive(Debug)]
pub struct Bytes<B> {
    buffer: B,
}

impl<B> Bytes<B> {
    /// Wraps `buffer`.
    ///
    /// ```
    /// use dma_buffer::zerocopy::Bytes;
    /// use dma_buffer::DmaReadBuffer;
    /// use zerocopy::byteorder::{BigEndian, U32};
    ///
    /// let words = [U32::<BigEndian>::new(1), U32::new(2)];
    /// let tx = Bytes::new(&words);
    /// // The same memory, in bytes: the word is always `u8`.
    /// assert_eq!(tx.dma_read_buffer(), (words.as_ptr().cast::<u8>(), 8));
    /// ```
    pub fn new(buffer: B) -> Self {
        Bytes { buffer }
    }

    /// Gives the buffer back.
    ///
    /// ```
    /// use dma_buffer::zerocopy::Bytes;
    /// use dma_buffer::DmaWriteBuffer;
    /// use zerocopy::byteorder::{BigEndian, U16};
    ///
    /// let mut words = [U16::<BigEndian>::new(0); 2];
    /// let mut rx = Bytes::new(&mut words);
    /// let (ptr, len) = rx.dma_write_buffer();
    /// assert_eq!(len, 4);
    /// // What the DMA engine would do: write two big-endian words from the wire.
    /// // SAFETY: `ptr` is valid for `len` bytes, and `rx` is not used meanwhile.
    /// unsafe { ptr.copy_from_nonoverlapping([0x12, 0x34, 0x56, 0x78].as_ptr(), len) };
    /// let words = rx.into_inner();
    /// assert_eq!((words[0].get(), words[1].get()), (0x1234, 0x5678));
    /// ```
    pub fn into_inner(self) -> B {
        self.buffer
    }
}

// SAFETY: `StableDeref` keeps the target outside `B` and at one address while `B` is moved and
// dereferenced; zerocopy's `IntoBytes` proves every byte of the target initialized, and
// `Immutable` that no other shared path writes it. The bytes are `u8`s, aligned anywhere; the
// private field is never reached by a `&mut` method, so the target's size does not change.
unsafe impl<B> DmaReadBuffer for Bytes<B>
where
    B: StableDeref,
    B::Target: IntoBytes + Immutable,
{
    type Word = u8;

    #[inline]
    fn dma_read_buffer(&self) -> (*const u8, usize) {
        let bytes = IntoBytes::as_bytes(&*self.buffer);
        (bytes.as_ptr(), bytes.len())
    }
}

// SAFETY: as for `DmaReadBuffer`; `DerefMut` gives unique access, and `FromBytes` proves every
// bit pattern written leaves a valid target.
unsafe impl<B> DmaWriteBuffer for Bytes<B>
where
    B: StableDeref + DerefMut,
    B::Target: FromBytes + IntoBytes,
{
    type Word = u8;

    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut u8, usize) {
        let bytes = IntoBytes::as_mut_bytes(&mut *self.buffer);
        (bytes.as_mut_ptr(), bytes.len())
    }
}

#[cfg(feature = "embedded-dma")]
super::embedded_dma::impl_embedded_dma_buffers!(Bytes);

/// Emits `unsafe impl DmaReadTarget` or `DmaWriteTarget` with word `u8` for a non-generic
/// `#[dma(zerocopy)]` struct, on zerocopy's proofs (bounds on `Self`), and with the
/// `embedded-dma` feature, embedded-dma's target trait too.
///
/// ```text
/// __derive_zerocopy_target! { read | write type [Self type] }
/// ```
///
/// Sound for every input: the type is an opaque `ty` fragment (a macro that spliced generics or
/// a `where` clause into an `impl` header could be handed tokens that close the header and
/// write a body of their own), and the proof is zerocopy's traits bounded on it through
/// `$crate`, which holds for its arrays and slices too.
#[doc(hidden)]
#[macro_export]
macro_rules! __derive_zerocopy_target {
    (read type [$ty:ty]) => {
        // SAFETY: zerocopy's `IntoBytes` proves `Self` a padding-free run of initialized bytes,
        // `Immutable` that it has no interior mutability; `u8` needs no alignment.
        unsafe impl $crate::DmaReadTarget for $ty
        where
            Self: $crate::__private::zerocopy::IntoBytes + $crate::__private::zerocopy::Immutable,
        {
            type Word = u8;

            #[inline(always)]
            fn read_word_len(_: *const Self) -> usize {
                $crate::__private::core::mem::size_of::<Self>()
            }
        }
        $crate::__zerocopy_embedded_dma_target! { read type [$ty] }
    };
    (write type [$ty:ty]) => {
        // SAFETY: zerocopy's `FromBytes` proves every bit pattern a valid `Self`, `IntoBytes`
        // that it has no padding, `Immutable` that it has no interior mutability (as the
        // target contract asks); `u8` needs no alignment.
        unsafe impl $crate::DmaWriteTarget for $ty
        where
            Self: $crate::__private::zerocopy::FromBytes
                + $crate::__private::zerocopy::IntoBytes
                + $crate::__private::zerocopy::Immutable,
        {
            type Word = u8;

            #[inline(always)]
            fn write_word_len(_: *mut Self) -> usize {
                $crate::__private::core::mem::size_of::<Self>()
            }
        }
        $crate::__zerocopy_embedded_dma_target! { write type [$ty] }
    };
}

/// embedded-dma's `ReadTarget`/`WriteTarget` of word `u8` for a `#[dma(zerocopy)]` struct.
#[cfg(feature = "embedded-dma")]
#[doc(hidden)]
#[macro_export]
macro_rules! __zerocopy_embedded_dma_target {
    // Written out per direction: bounds given as input could leave out a proof.
    (read type [$ty:ty]) => {
        // SAFETY: zerocopy's `IntoBytes` and `Immutable` bounded on `Self` prove it a run of
        // initialized bytes without interior mutability; so embedded-dma's `size_of_val`
        // answer, for `Self` and for its arrays, slices and `MaybeUninit`, covers initialized
        // bytes, and `u8` needs no alignment. The bound is higher-ranked only so that a missing
        // zerocopy derive is reported once.
        unsafe impl $crate::__private::embedded_dma::ReadTarget for $ty
        where
            for<'__dma> Self:
                $crate::__private::zerocopy::IntoBytes + $crate::__private::zerocopy::Immutable,
        {
            type Word = u8;
        }
    };
    (write type [$ty:ty]) => {
        // SAFETY: as for `ReadTarget` above, with `FromBytes`: every bit pattern is valid.
        unsafe impl $crate::__private::embedded_dma::WriteTarget for $ty
        where
            for<'__dma> Self: $crate::__private::zerocopy::FromBytes
                + $crate::__private::zerocopy::IntoBytes
                + $crate::__private::zerocopy::Immutable,
        {
            type Word = u8;
        }
    };
}

/// Without the `embedded-dma` feature, nothing.
#[cfg(not(feature = "embedded-dma"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __zerocopy_embedded_dma_target {
    ($($input:tt)*) => {};
}
