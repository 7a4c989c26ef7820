//! The bridge to [`zerocopy`](::zerocopy) 0.8: packets whose layout zerocopy already proves are
//! byte (`u8`) DMA targets, without restating that layout for this crate's derive.
//!
//! `#[dma(zerocopy)]` makes a struct a byte target on zerocopy's proofs for each field instead of
//! the derive's word rules: every field of a write target must be `FromBytes + IntoBytes +
//! Immutable` (every bit pattern valid, no padding, no interior mutability), every field of a
//! read target `IntoBytes + Immutable` (initialized), and the derive's own field list, proof and
//! size check make sure the fields fill the struct. So `#[repr(C, packed)]` structs and
//! byte-order fields such as `U16<BigEndian>` are fine, generic structs too, and a field that
//! zerocopy refuses is a compile error that names it. The struct's own zerocopy impls are not
//! what this crate trusts: zerocopy's derive reads the struct's syntax, which an attribute macro
//! placed after it can change (zerocopy#388). A field's zerocopy impls are trusted, though: a
//! field of a struct type of your own whose zerocopy derive such a macro misled is as wrong as
//! that derive; give such fields this crate's derive (`#[dma(zerocopy)]` on them too) where it
//! matters. With the `embedded-dma` feature too, such a struct is also a byte target for the
//! HALs.
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

/// Nothing, with the `zerocopy` feature: the derive's `#[dma(zerocopy)]` output calls it so
/// that, without the feature, the error says which feature to turn on (see `bridge/mod.rs`).
#[doc(hidden)]
#[macro_export]
macro_rules! __derive_zerocopy_target {
    () => {};
}
