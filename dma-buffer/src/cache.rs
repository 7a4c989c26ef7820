//! Cortex-M7 data cache: buffers on whole 32-byte cache lines, and a channel adapter that does
//! the cache maintenance around each job.
//!
//! With the data cache on, the CPU and the DMA engine see memory through different paths: the
//! CPU's writes may sit in dirty cache lines the engine never sees, and the engine's writes go
//! to RAM behind lines the CPU still holds. So:
//! - **before any job**, *clean* (write back) the lines of its memory, so that the engine reads
//!   what the CPU wrote, and no dirty line is evicted over what the engine writes later;
//! - **after a job that wrote memory**, once its end is observed, *invalidate* the lines of the
//!   destination, so the CPU reads what the engine wrote rather than lines it fetched
//!   (speculatively, too) during the job;
//! - invalidating discards a whole line: if a destination shares a line with another object,
//!   the CPU's writes to that object since the line was last cleaned are lost. A DMA
//!   destination must therefore start on a line and fill whole lines: [`CacheAligned`] proves
//!   both at compile time. A source needs no alignment (cleaning a neighbour is harmless).
//!
//! `CacheAligned` wraps any target, a derived frame too: `CacheAligned<Frame>` for a `Frame`
//! of 32, 64, ... bytes. A derived frame can also prove it itself: `#[dma(cache_line = 32)]`
//! with `#[repr(C, align(32))]` checks at compile time that it starts on and fills whole lines
//! (for each instantiation, if generic), and [`CacheMaintained::receive`] then takes it as it
//! is.
//!
//! [`CacheMaintained`] wraps a [`DmaChannel`] and a [`DataCache`] (what a HAL implements with
//! `cortex_m::peripheral::SCB`), and does exactly this. Its typed entry point
//! [`receive`](CacheMaintained::receive) accepts only [`CacheAligned`] buffers, so an RX
//! buffer that is not line-aligned does not compile; a job started through the generic API
//! ([`Transfer::write`]) with a destination that is not on whole lines is refused at run time,
//! with [`CacheError::NotLineAligned`], before the engine or the cache touch anything.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use dma_buffer::cache::{CacheAligned, CacheMaintained, DataCache};
//! use dma_buffer::sim::SimChannel;
//!
//! /// The host has no data cache to maintain; a Cortex-M7 HAL calls `SCB` here.
//! struct Coherent;
//! // SAFETY: the host's memory is coherent: there is nothing to write back or discard.
//! unsafe impl DataCache for Coherent {
//!     fn clean(&self, _address: usize, _bytes: usize) {}
//!     fn invalidate(&self, _address: usize, _bytes: usize) {}
//! }
//!
//! let channel = CacheMaintained::new(SimChannel::<u32>::new(), Coherent);
//! channel.inner().peripheral().receive(&[1, 2, 3, 4, 5, 6, 7, 8]);
//! let rx: Box<CacheAligned<[u32; 8]>> = Box::new(CacheAligned::new([0; 8]));
//! let (rx, _channel) = channel.receive(rx).wait().unwrap();
//! assert_eq!(**rx, [1, 2, 3, 4, 5, 6, 7, 8]);
//! # }
//! ```
//!
//! # For HAL users who keep their HAL's own `Transfer`
//!
//! stm32h7xx-hal's and other HALs' transfers do no cache maintenance. Keep RX buffers in
//! [`CacheAligned`] (or in non-cacheable memory: an MPU region, or a DTCM the DMA reaches,
//! which is never cached), and around each transfer, with `cortex_m`'s `SCB`:
//! 1. before starting any transfer, `scb.clean_dcache_by_slice(&buffer[..])` (for RX buffers
//!    too: a dirty line evicted mid-transfer would overwrite the received data);
//! 2. after the transfer completed (and the HAL's fences), before reading an RX buffer,
//!    `unsafe { scb.invalidate_dcache_by_slice(&mut buffer[..]) }`, once; the `unsafe` is
//!    exactly the line-sharing rule above, which `CacheAligned` discharges;
//! 3. never touch the buffer between 1 and 2.

// `diagnostic::do_not_recommend` (below) is Rust 1.85; older compilers ignore it, with a warning.
#![allow(unknown_or_malformed_diagnostic_attributes)]

use core::cell::Cell;
use core::fmt;
use core::mem::size_of;
use core::ops::{Deref, DerefMut};

use crate::derived::CacheLines;
use crate::reach::forward_status;
use crate::target::words_per;
use crate::transfer::{DmaChannel, Job, Status, Transfer};
use crate::{DmaReadTarget, DmaWriteTarget, StaticWriteBuffer};

/// The Cortex-M7's data cache line, in bytes.
///
/// ```
/// use dma_buffer::cache::{CacheAligned, LINE};
///
/// assert_eq!(core::mem::align_of::<CacheAligned<[u8; 64]>>(), LINE);
/// ```
pub const LINE: usize = 32;

/// `T` on whole cache lines: aligned to [`LINE`] bytes, and `T`'s size a nonzero multiple of
/// it (checked at compile time), so no other object shares its lines.
///
/// ```
/// use dma_buffer::cache::CacheAligned;
/// use dma_buffer::DmaWriteBuffer;
///
/// static RX: static_cell::ConstStaticCell<CacheAligned<[u8; 64]>> =
///     static_cell::ConstStaticCell::new(CacheAligned::new([0; 64]));
/// let mut rx: &'static mut CacheAligned<[u8; 64]> = RX.take();
/// let (ptr, len) = rx.dma_write_buffer();
/// assert_eq!((ptr as usize % 32, len), (0, 64));
/// ```
///
/// `CacheAligned::new([0u8; 60])` fails to build: "`CacheAligned<T>` needs `T`'s size to be a
/// nonzero multiple of the 32-byte cache line". A target of another word works the same way
/// (`CacheAligned<[u32; 8]>`, a derived frame of 32 bytes). The check also runs on every route
/// to a DMA pointer (the target traits' checks), so no instance skips it.
#[repr(C, align(32))]
pub struct CacheAligned<T>(T);

impl<T> CacheAligned<T> {
    /// The proof: `T` fills whole lines. `repr(align(32))` gives the alignment, and a size
    /// that is a multiple of the alignment leaves no padding.
    const LINES_CHECK: () = assert!(
        size_of::<T>() != 0 && size_of::<T>() % LINE == 0,
        "`CacheAligned<T>` needs `T`'s size to be a nonzero multiple of the 32-byte cache line: \
         invalidating a partly filled last line would discard its neighbour's data; round the \
         array up to a multiple of 32 bytes"
    );

    /// `value` on whole cache lines; `const`, for `static` initializers.
    ///
    /// ```
    /// use dma_buffer::cache::CacheAligned;
    ///
    /// static TX: CacheAligned<[u16; 16]> = CacheAligned::new([0x5555; 16]);
    /// assert_eq!(core::ptr::addr_of!(TX) as usize % 32, 0);
    /// ```
    pub const fn new(value: T) -> Self {
        let () = Self::LINES_CHECK;
        CacheAligned(value)
    }

    /// The value.
    ///
    /// ```
    /// use dma_buffer::cache::CacheAligned;
    ///
    /// assert_eq!(CacheAligned::new([7u32; 8]).into_inner(), [7; 8]);
    /// ```
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for CacheAligned<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for CacheAligned<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

// SAFETY: `repr(C)` with one field at offset 0; `LINES_CHECK` (part of `READ_CHECK`) proves
// the size a multiple of the alignment, so there is no padding and the value is exactly `T`'s
// words, a read target by `T`'s contract.
// Kept out of the "other types implement" lists of the target traits' errors.
#[diagnostic::do_not_recommend]
unsafe impl<T: DmaReadTarget> DmaReadTarget for CacheAligned<T> {
    type Word = T::Word;
    const READ_CHECK: () = {
        let () = T::READ_CHECK;
        Self::LINES_CHECK
    };

    fn read_word_len(_: *const Self) -> usize {
        let () = Self::READ_CHECK;
        words_per::<T, T::Word>()
    }
}

// SAFETY: as for `DmaReadTarget`, with `T` a write target.
// Kept out of the "other types implement" lists of the target traits' errors.
#[diagnostic::do_not_recommend]
unsafe impl<T: DmaWriteTarget> DmaWriteTarget for CacheAligned<T> {
    type Word = T::Word;
    const WRITE_CHECK: () = {
        let () = T::WRITE_CHECK;
        Self::LINES_CHECK
    };

    fn write_word_len(_: *mut Self) -> usize {
        let () = Self::WRITE_CHECK;
        words_per::<T, T::Word>()
    }
}

/// Data cache maintenance by address: what a HAL implements with `cortex_m`'s `SCB`
/// (`clean_dcache_by_address`, `invalidate_dcache_by_address`).
///
/// ```ignore
/// struct M7Cache;
/// // SAFETY: SCB's by-address operations act on exactly the lines overlapping the range, and
/// // end with `DSB`/`ISB`.
/// unsafe impl dma_buffer::cache::DataCache for M7Cache {
///     fn clean(&self, address: usize, bytes: usize) {
///         // SAFETY: only SCB's cache maintenance registers are written.
///         unsafe { (*cortex_m::peripheral::SCB::PTR).clean_dcache_by_address(address, bytes) }
///     }
///     fn invalidate(&self, address: usize, bytes: usize) {
///         // SAFETY: `CacheMaintained` passes whole lines of a buffer it owns.
///         unsafe { (*cortex_m::peripheral::SCB::PTR).invalidate_dcache_by_address(address, bytes) }
///     }
/// }
/// ```
///
/// # Safety
///
/// `clean` writes every dirty line overlapping the `bytes` from `address` back to memory, and
/// `invalidate` discards every line overlapping them, and no other line; both have completed
/// (`DSB`) when they return.
pub unsafe trait DataCache {
    /// Writes back the lines of the `bytes` bytes from `address`.
    fn clean(&self, address: usize, bytes: usize);
    /// Discards the lines of the `bytes` bytes from `address`.
    fn invalidate(&self, address: usize, bytes: usize);
}

/// Why a [`CacheMaintained`] job ended early.
///
/// ```
/// use dma_buffer::cache::CacheError;
///
/// let refused: CacheError<&str> = CacheError::NotLineAligned { address: 0x2400_0004, bytes: 64 };
/// assert_eq!(
///     refused.to_string(),
///     "DMA destination 0x24000004..+64 is not on whole 32-byte cache lines"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheError<E> {
    /// The destination does not start on a line or does not fill whole lines: invalidating it
    /// would discard a neighbour's data. The job was never started.
    NotLineAligned {
        /// The destination's first byte.
        address: usize,
        /// Its length in bytes.
        bytes: usize,
    },
    /// The wrapped channel's own error.
    Channel(E),
}

impl<E: fmt::Display> fmt::Display for CacheError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CacheError::NotLineAligned { address, bytes } => write!(
                f,
                "DMA destination {address:#x}..+{bytes} is not on whole {LINE}-byte cache lines"
            ),
            CacheError::Channel(error) => error.fmt(f),
        }
    }
}

/// A [`DmaChannel`] that cleans a job's memory before it and invalidates its destination after
/// it: see the [module docs](self).
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::cache::{CacheMaintained, DataCache};
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::Transfer;
///
/// struct Coherent;
/// // SAFETY: nothing to maintain on the host.
/// unsafe impl DataCache for Coherent {
///     fn clean(&self, _: usize, _: usize) {}
///     fn invalidate(&self, _: usize, _: usize) {}
/// }
///
/// // A source needs no alignment: cleaning its neighbours' lines too is harmless.
/// let channel = CacheMaintained::new(SimChannel::<u8>::new(), Coherent);
/// let (_, channel) = Transfer::read(b"any bytes", channel).wait().unwrap();
/// assert_eq!(channel.inner().peripheral().transmitted(), b"any bytes");
/// # }
/// ```
pub struct CacheMaintained<C: DmaChannel, D: DataCache> {
    channel: C,
    cache: D,
    /// The destination to invalidate once the end of the current job is observed.
    to_invalidate: Cell<Option<(usize, usize)>>,
    /// The destination of the last job, if it was refused: reported until the next start or a
    /// stop.
    refused: Option<(usize, usize)>,
}

/// Memory on whole cache lines: [`CacheAligned`] values, the targets of
/// [`CacheMaintained::receive`]'s buffers. Sealed.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not on whole cache lines",
    label = "the RX buffer of a cache-maintained channel must point to a `CacheAligned` value",
    note = "invalidating the lines of a buffer that shares one with another object discards that \
            object's data: wrap the memory, `Box::new(CacheAligned::new([0u8; 64]))`, \
            `ConstStaticCell::new(CacheAligned::new([0u32; 8]))`"
)]
pub trait OnCacheLines: sealed::Sealed {
    /// Panics (at compile time) unless the memory fills whole lines of this crate's `LINE`
    /// bytes; evaluated by [`CacheMaintained::receive`] for each buffer type it takes.
    #[doc(hidden)]
    const LINES_CHECK: () = ();
}

mod sealed {
    pub trait Sealed {}
}

impl<T> sealed::Sealed for CacheAligned<T> {}
impl<T> OnCacheLines for CacheAligned<T> {}

// `#[dma(cache_line = N)]` structs: their own check, and lines of at least this crate's size.
impl<T: CacheLines> sealed::Sealed for T {}
impl<T: CacheLines> OnCacheLines for T {
    const LINES_CHECK: () = {
        let () = T::CHECK;
        assert!(
            T::LINE % LINE == 0,
            "a `cache_line` smaller than the 32-byte Cortex-M7 line leaves other data on the \
             lines this buffer's maintenance cleans and invalidates"
        );
    };
}

impl<C: DmaChannel, D: DataCache> CacheMaintained<C, D> {
    /// `channel`, with `cache` maintained around each of its jobs.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::cache::{CacheMaintained, DataCache};
    ///
    /// struct Coherent;
    /// // SAFETY: nothing to maintain on the host.
    /// unsafe impl DataCache for Coherent {
    ///     fn clean(&self, _: usize, _: usize) {}
    ///     fn invalidate(&self, _: usize, _: usize) {}
    /// }
    /// let _channel = CacheMaintained::new(dma_buffer::sim::SimChannel::<u8>::new(), Coherent);
    /// # }
    /// ```
    pub fn new(channel: C, cache: D) -> Self {
        CacheMaintained {
            channel,
            cache,
            to_invalidate: Cell::new(None),
            refused: None,
        }
    }

    /// Starts receiving into `buffer`, which must be on whole cache lines: a
    /// [`CacheAligned`] value behind a `'static` pointer. Anything else does not compile.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::cache::{CacheAligned, CacheMaintained, DataCache};
    /// use static_cell::ConstStaticCell;
    /// # struct Coherent;
    /// # // SAFETY: nothing to maintain on the host.
    /// # unsafe impl DataCache for Coherent {
    /// #     fn clean(&self, _: usize, _: usize) {}
    /// #     fn invalidate(&self, _: usize, _: usize) {}
    /// # }
    ///
    /// static RX: ConstStaticCell<CacheAligned<[u16; 16]>> =
    ///     ConstStaticCell::new(CacheAligned::new([0; 16]));
    /// let channel = CacheMaintained::new(dma_buffer::sim::SimChannel::<u16>::new(), Coherent);
    /// channel.inner().peripheral().receive(&[7; 16]);
    /// let (rx, _channel) = channel.receive(RX.take()).wait().unwrap();
    /// assert_eq!(**rx, [7; 16]);
    /// // `channel.receive(Box::new([0u16; 16]))` does not compile: not on whole lines.
    /// # }
    /// ```
    pub fn receive<B>(self, buffer: B) -> Transfer<B, Self>
    where
        B: StaticWriteBuffer + crate::DmaWriteBuffer<Word = C::Word> + Deref,
        B::Target: OnCacheLines,
    {
        let () = <B::Target as OnCacheLines>::LINES_CHECK;
        Transfer::write(buffer, self)
    }

    /// The wrapped channel.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::cache::{CacheMaintained, DataCache};
    ///
    /// struct Coherent;
    /// // SAFETY: nothing to maintain on the host.
    /// unsafe impl DataCache for Coherent {
    ///     fn clean(&self, _: usize, _: usize) {}
    ///     fn invalidate(&self, _: usize, _: usize) {}
    /// }
    /// let channel = CacheMaintained::new(dma_buffer::sim::SimChannel::<u8>::new(), Coherent);
    /// assert_eq!(channel.inner().transferred(), 0);
    /// # }
    /// ```
    pub fn inner(&self) -> &C {
        &self.channel
    }

    /// Invalidates the destination of the job that just ended, once.
    fn invalidate_ended(&self) {
        if let Some((address, bytes)) = self.to_invalidate.take() {
            self.cache.invalidate(address, bytes);
        }
    }
}

// SAFETY: a refused job starts nothing and touches no cache line; `status` reports a fault.
// Every other job's destination is on whole lines, so invalidating it discards no other
// object's data; its memory is cleaned before the wrapped channel starts (the caller's
// fence(Release) precedes this), and the destination is invalidated once, after the wrapped
// channel reported the end or `stop` returned, and before this `status`/`stop` returns, so
// the caller's fence(Acquire) then orders reads of the engine's data. The wrapped channel's
// other guarantees are forwarded unchanged.
unsafe impl<C: DmaChannel, D: DataCache> DmaChannel for CacheMaintained<C, D> {
    type Word = C::Word;
    type Error = CacheError<C::Error>;

    unsafe fn start(&mut self, job: Job<C::Word>) {
        let (source, destination) = job.byte_ranges();
        self.refused =
            destination.filter(|&(address, bytes)| address % LINE != 0 || bytes % LINE != 0);
        if self.refused.is_some() {
            return;
        }
        for (address, bytes) in source.into_iter().chain(destination) {
            self.cache.clean(address, bytes);
        }
        self.to_invalidate.set(destination);
        // SAFETY: the caller's promises, passed on unchanged.
        unsafe { self.channel.start(job) }
    }

    fn status(&self) -> Status<Self::Error> {
        if let Some((address, bytes)) = self.refused {
            return Status::Fault(CacheError::NotLineAligned { address, bytes });
        }
        let status = self.channel.status();
        if status.is_ended() {
            self.invalidate_ended();
        }
        forward_status(status, CacheError::Channel)
    }

    fn stop(&mut self) {
        self.refused = None;
        self.channel.stop();
        self.invalidate_ended();
    }
}
