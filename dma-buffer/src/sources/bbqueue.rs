//! bbqueue 0.7 stream grants as DMA buffers (feature `bbqueue`): the engine fills a write
//! grant, or sends a read grant, and the grant is committed or released after the job.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
//! use bbqueue::BBQueue;
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant, WriteGrant};
//! use dma_buffer::transfer::Transfer;
//!
//! /// A UART's receive queue: the DMA writes into it, the application reads from it.
//! static RX_QUEUE: BBQueue<DmaStorage<64>, AtomicCoord, Polling> = BBQueue::new();
//!
//! let channel = SimChannel::<u8>::new();
//! let uart = channel.peripheral();
//! uart.receive(b"hello");
//!
//! // Producer side (the DMA): a grant of exactly 5 bytes, filled by the engine, committed.
//! let producer = RX_QUEUE.stream_producer();
//! let grant = WriteGrant::exact(&producer, 5).unwrap();
//! let (grant, channel) = Transfer::write(grant, channel).wait().unwrap();
//! grant.commit(5);
//!
//! // Consumer side: the bytes, readable only once committed; and a read grant the engine sends.
//! let consumer = RX_QUEUE.stream_consumer();
//! let received = ReadGrant::new(consumer.read().unwrap());
//! assert_eq!(received.bytes(), b"hello");
//! let (sent, _channel) = Transfer::read(received, channel).wait().unwrap();
//! sent.release(5);
//! assert_eq!(uart.transmitted(), b"hello");
//! # }
//! ```
//!
//! # Why the grants are sound DMA buffers
//!
//! A grant is a pointer and a length into the queue's storage, which lives in the queue, not
//! in the grant: moving the grant moves nothing the engine uses. While a write grant exists,
//! the queue hands out no other write grant (`GrantInProgress`) and the consumer sees none of
//! its bytes, which are not committed; while a read grant exists, its bytes are not released,
//! so no write grant covers them. A write grant is made only by [`WriteGrant::exact`], which
//! refuses sizes beyond the queue's capacity before bbqueue's unchecked addition can wrap, and
//! [`WriteGrant::max_remaining`]. The wrappers here never expose the grant while a
//! [`Transfer`](crate::Transfer) owns them, and give it back to commit or release it only by
//! value, after the job ended. `&mut WriteGrant` and `&ReadGrant` are buffers too, for a
//! [scoped transfer](crate::transfer::scope_write) after which the grant is committed.
//!
//! # A forgotten grant
//!
//! A transfer that is leaked (`mem::forget`) leaks its grant: the grant's destructor, which
//! would commit zero bytes (a write grant) or release none (a read grant), never runs. The
//! queue then keeps the grant in progress forever: every later `grant_exact` and
//! `grant_max_remaining` fails with `GrantInProgress` (or every `read`, for a read grant), and
//! the region is never committed nor released, so it is never handed to anyone while the
//! engine may still write or read it. The queue's producer (consumer) side is stuck for good,
//! the price of a leak, but nothing aliases. A transfer that is dropped instead stops the
//! engine first, then drops the grant, which frees its region.
//!
//! # Which queues
//!
//! The grants of queues over [`DmaStorage<N>`] borrowed as `&'a BBQueue<DmaStorage<N>, _, _>`
//! (a `static` queue gives `'static` grants, for [`Transfer`](crate::Transfer); a local one,
//! borrowed grants for the [scopes](crate::transfer::scope_write)) and, with the
//! `bbqueue-alloc` feature, of `Arc<BBQueue<_, _, _>>` handles (`ArcBBQueue`), over
//! `DmaStorage<N>` or `BoxedSlice` storage.
//!
//! bbqueue's own `Inline<N>` storage is left out: bbqueue implements its `Storage` for
//! `&Inline<N>` too, and `BBQueue::storage` is safe, so safe code can build a second queue on
//! any `Inline` queue's storage (`BBQueue::new_with_storage(QUEUE.storage())`), whose grants
//! hand out the very bytes the engine is writing. `DmaStorage<N>` is the same zeroed bytes
//! with no such second route (nothing implements `Storage` for `&DmaStorage<N>`, and the orphan
//! rule keeps anyone else from doing it):
//!
//! ```compile_fail
//! use bbqueue::nicknames::Churrasco;
//! use dma_buffer::sources::bbqueue::WriteGrant;
//!
//! static RX: Churrasco<8> = Churrasco::new();
//! // error: the grants of `&BBQueue<Inline<8>, ..>` cannot be DMA buffers, since
//! // `BBQueue::<&Inline<8>, ..>::new_with_storage(RX.storage())` would lend the same bytes.
//! let grant = WriteGrant::exact(&RX.stream_producer(), 8).unwrap();
//! ```
//!
//! ```compile_fail
//! use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
//! use bbqueue::BBQueue;
//! use dma_buffer::sources::bbqueue::DmaStorage;
//!
//! static RX: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();
//! // error: `&DmaStorage<8>` is no `Storage`: no second queue on RX's bytes
//! let twin: BBQueue<&DmaStorage<8>, AtomicCoord, Polling> =
//!     BBQueue::new_with_storage(RX.storage());
//! ```
//!
//! Queues over borrowed storage (`BBQueue<&Inline<N>, ..>`) are left out for the same reason.
//!
//! Framed grants are left out too: their length header lives in the granted region, where the
//! engine would overwrite it.
//!
//! # What bbqueue 0.7 does not allow
//!
//! The design's `GrantW<'static, N>` is gone: 0.7's grants are `StreamGrantW<Q>` over a queue
//! handle `Q`, `'static` when the handle is (`&'static BBQueue`, `Arc`). Grants are always
//! bytes (`u8` words): a 16- or 32-bit peripheral cannot use them. bbqueue's `Storage` and
//! `BbqHandle` traits are safe to implement, so a custom storage or handle could break the
//! promises above; only `DmaStorage`, bbqueue's `BoxedSlice` and bbqueue's handles are
//! accepted.

use core::cell::UnsafeCell;
use core::mem::MaybeUninit;
use core::ops::{Deref, DerefMut};
use core::ptr::NonNull;

use bbqueue::export::ConstInit;
use bbqueue::prod_cons::stream::{StreamGrantR, StreamGrantW, StreamProducer};
use bbqueue::traits::bbqhdl::BbqHandle;
use bbqueue::traits::coordination::{Coord, WriteGrantError};
use bbqueue::traits::notifier::Notifier;
use bbqueue::traits::storage::Storage;
use bbqueue::BBQueue;

use crate::{DmaReadBuffer, DmaWriteBuffer};

mod sealed {
    /// Queue handles whose storage only their one queue uses, and stays valid as long as the
    /// handle, which every grant holds a clone of.
    #[diagnostic::on_unimplemented(
        message = "the grants of `{Self}` cannot be DMA buffers",
        label = "not a queue that owns its storage",
        note = "grants of `&BBQueue<DmaStorage<N>, _, _>` (or, with `bbqueue-alloc`, `Arc` \
                queues and `BoxedSlice` storage) are DMA buffers; safe code can build a second \
                queue on an `Inline` or borrowed storage, whose grants would hand the same bytes \
                to the engine and the CPU: use `dma_buffer::sources::bbqueue::DmaStorage<N>`"
    )]
    pub trait OwnedStorage {}
}
use sealed::OwnedStorage;

/// `N` bytes of queue storage, zeroed, that only the one queue holding them can use: bbqueue's
/// `Inline<N>` without its second route (see the [module docs](self#which-queues)). The
/// grants of queues over it are DMA buffers.
///
/// ```
/// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
/// use bbqueue::BBQueue;
/// use dma_buffer::sources::bbqueue::DmaStorage;
///
/// static TX: BBQueue<DmaStorage<128>, AtomicCoord, Polling> = BBQueue::new();
/// assert_eq!(TX.capacity(), 128);
/// ```
pub struct DmaStorage<const N: usize> {
    bytes: UnsafeCell<MaybeUninit<[u8; N]>>,
}

// SAFETY: the bytes are reached only through the queue that holds them (`Storage::ptr_len`,
// whose callers are bbqueue's grants), whose coordination gives each byte to one grant at a
// time, across threads.
unsafe impl<const N: usize> Sync for DmaStorage<N> {}

impl<const N: usize> DmaStorage<N> {
    /// Zeroed storage: a grant's bytes are always initialized.
    pub const fn new() -> Self {
        DmaStorage {
            bytes: UnsafeCell::new(MaybeUninit::zeroed()),
        }
    }
}

impl<const N: usize> Default for DmaStorage<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Storage for DmaStorage<N> {
    unsafe fn ptr_len(&self) -> (NonNull<u8>, usize) {
        // Never null (an `UnsafeCell`'s address; dangling but aligned when `N == 0`, which
        // bbqueue never dereferences), the same on every call, as `Storage` requires.
        let bytes = NonNull::new(self.bytes.get().cast::<u8>()).unwrap_or(NonNull::dangling());
        (bytes, N)
    }
}

#[allow(clippy::declare_interior_mutable_const)] // each use is a fresh, zeroed storage
impl<const N: usize> ConstInit for DmaStorage<N> {
    const INIT: Self = Self::new();
}

impl<const N: usize, C: Coord, Nt: Notifier> OwnedStorage for &BBQueue<DmaStorage<N>, C, Nt> {}

#[cfg(feature = "bbqueue-alloc")]
impl<const N: usize, C: Coord, Nt: Notifier> OwnedStorage
    for alloc::sync::Arc<BBQueue<DmaStorage<N>, C, Nt>>
{
}

#[cfg(feature = "bbqueue-alloc")]
impl<C: Coord, Nt: Notifier> OwnedStorage
    for &BBQueue<bbqueue::traits::storage::BoxedSlice, C, Nt>
{
}

#[cfg(feature = "bbqueue-alloc")]
impl<C: Coord, Nt: Notifier> OwnedStorage
    for alloc::sync::Arc<BBQueue<bbqueue::traits::storage::BoxedSlice, C, Nt>>
{
}

/// A bbqueue write grant as a [`DmaWriteBuffer`] of bytes: the engine fills it, then
/// [`commit`](Self::commit) makes the bytes it wrote readable.
///
/// ```
/// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
/// use bbqueue::BBQueue;
/// use dma_buffer::sources::bbqueue::{DmaStorage, WriteGrant};
/// use dma_buffer::DmaWriteBuffer;
///
/// static QUEUE: BBQueue<DmaStorage<16>, AtomicCoord, Polling> = BBQueue::new();
/// let mut grant = WriteGrant::exact(&QUEUE.stream_producer(), 8).unwrap();
/// assert_eq!(grant.dma_write_buffer().1, 8);
/// ```
pub struct WriteGrant<Q: BbqHandle>(StreamGrantW<Q>);

/// A bbqueue read grant as a [`DmaReadBuffer`] of bytes: the engine sends it, then
/// [`release`](Self::release) frees the bytes it sent.
///
/// ```
/// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
/// use bbqueue::BBQueue;
/// use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant};
/// use dma_buffer::DmaReadBuffer;
///
/// static QUEUE: BBQueue<DmaStorage<16>, AtomicCoord, Polling> = BBQueue::new();
/// let mut chunk = QUEUE.stream_producer().grant_exact(3).unwrap();
/// chunk.copy_from_slice(b"abc");
/// chunk.commit(3);
/// let grant = ReadGrant::new(QUEUE.stream_consumer().read().unwrap());
/// assert_eq!(grant.dma_read_buffer().1, 3);
/// ```
pub struct ReadGrant<Q: BbqHandle>(StreamGrantR<Q>);

impl<Q: BbqHandle + OwnedStorage> WriteGrant<Q> {
    /// A grant of exactly `size` bytes from `producer`, as its `grant_exact` gives, to hand to
    /// a DMA transfer.
    ///
    /// A `size` beyond the queue's capacity is refused here, before bbqueue sees it: bbqueue
    /// 0.7's `grant_exact` adds it to its write index unchecked, which in a release build
    /// wraps and grants a region of about `usize::MAX` bytes. So grants are built only here
    /// and by [`max_remaining`](Self::max_remaining), never from a grant made elsewhere.
    ///
    /// ```
    /// use bbqueue::traits::coordination::WriteGrantError;
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, WriteGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<16>, AtomicCoord, Polling> = BBQueue::new();
    /// let producer = QUEUE.stream_producer();
    /// assert_eq!(WriteGrant::exact(&producer, 6).unwrap().len(), 6);
    /// let too_big = WriteGrant::exact(&producer, usize::MAX).err();
    /// assert_eq!(too_big, Some(WriteGrantError::InsufficientSize));
    /// ```
    pub fn exact(producer: &StreamProducer<Q>, size: usize) -> Result<Self, WriteGrantError> {
        if size > producer.capacity() {
            return Err(WriteGrantError::InsufficientSize);
        }
        producer.grant_exact(size).map(WriteGrant)
    }

    /// A grant of at most `max` bytes from `producer` (as many as fit in one region), as its
    /// `grant_max_remaining` gives, to hand to a DMA transfer.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, WriteGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<16>, AtomicCoord, Polling> = BBQueue::new();
    /// let grant = WriteGrant::max_remaining(&QUEUE.stream_producer(), 32).unwrap();
    /// assert_eq!(grant.len(), 16); // all the queue has
    /// ```
    pub fn max_remaining(
        producer: &StreamProducer<Q>,
        max: usize,
    ) -> Result<Self, WriteGrantError> {
        producer.grant_max_remaining(max).map(WriteGrant)
    }
}

impl<Q: BbqHandle> WriteGrant<Q> {
    /// Makes the first `used` bytes (at most the grant's length) readable, and frees the rest.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, WriteGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<16>, AtomicCoord, Polling> = BBQueue::new();
    /// let grant = WriteGrant::exact(&QUEUE.stream_producer(), 8).unwrap();
    /// grant.commit(2); // the engine was stopped after two bytes
    /// assert_eq!(QUEUE.stream_consumer().read().unwrap().len(), 2);
    /// ```
    pub fn commit(self, used: usize) {
        self.0.commit(used);
    }

    /// The grant's length in bytes.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, WriteGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<16>, AtomicCoord, Polling> = BBQueue::new();
    /// assert_eq!(WriteGrant::exact(&QUEUE.stream_producer(), 5).unwrap().len(), 5);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the grant has no bytes (bbqueue never grants zero bytes but on request).
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, WriteGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<4>, AtomicCoord, Polling> = BBQueue::new();
    /// assert!(WriteGrant::exact(&QUEUE.stream_producer(), 0).unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The grant itself, to fill or commit it by bbqueue's own API.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, WriteGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<4>, AtomicCoord, Polling> = BBQueue::new();
    /// let mut grant = WriteGrant::exact(&QUEUE.stream_producer(), 1).unwrap().into_inner();
    /// grant[0] = b'!';
    /// grant.commit(1);
    /// ```
    pub fn into_inner(self) -> StreamGrantW<Q> {
        self.0
    }
}

impl<Q: BbqHandle + OwnedStorage> ReadGrant<Q> {
    /// Wraps a stream read grant, to hand it to a DMA transfer.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();
    /// QUEUE.stream_producer().grant_exact(2).unwrap().commit(2);
    /// assert_eq!(ReadGrant::new(QUEUE.stream_consumer().read().unwrap()).len(), 2);
    /// ```
    pub fn new(grant: StreamGrantR<Q>) -> Self {
        ReadGrant(grant)
    }
}

impl<Q: BbqHandle> ReadGrant<Q> {
    /// Frees the first `used` bytes (at most the grant's length) for the producer; the rest
    /// stays readable.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();
    /// QUEUE.stream_producer().grant_exact(4).unwrap().commit(4);
    /// ReadGrant::new(QUEUE.stream_consumer().read().unwrap()).release(3);
    /// assert_eq!(QUEUE.stream_consumer().read().unwrap().len(), 1);
    /// ```
    pub fn release(self, used: usize) {
        self.0.release(used);
    }

    /// The grant's bytes, as the engine reads them.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();
    /// let mut chunk = QUEUE.stream_producer().grant_exact(2).unwrap();
    /// chunk.copy_from_slice(b"ok");
    /// chunk.commit(2);
    /// assert_eq!(ReadGrant::new(QUEUE.stream_consumer().read().unwrap()).bytes(), b"ok");
    /// ```
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// The grant's length in bytes.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();
    /// QUEUE.stream_producer().grant_exact(6).unwrap().commit(6);
    /// assert_eq!(ReadGrant::new(QUEUE.stream_consumer().read().unwrap()).len(), 6);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the grant has no bytes (bbqueue never hands out an empty read grant).
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();
    /// QUEUE.stream_producer().grant_exact(1).unwrap().commit(1);
    /// assert!(!ReadGrant::new(QUEUE.stream_consumer().read().unwrap()).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The grant itself, to read or release it by bbqueue's own API.
    ///
    /// ```
    /// use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
    /// use bbqueue::BBQueue;
    /// use dma_buffer::sources::bbqueue::{DmaStorage, ReadGrant};
    ///
    /// static QUEUE: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();
    /// QUEUE.stream_producer().grant_exact(1).unwrap().commit(1);
    /// let grant = ReadGrant::new(QUEUE.stream_consumer().read().unwrap()).into_inner();
    /// grant.release(1);
    /// ```
    pub fn into_inner(self) -> StreamGrantR<Q> {
        self.0
    }
}

// SAFETY: the pointer and length are the grant's, fixed when it was made (bbqueue stores
// them): bytes of the queue's storage, outside this value, initialized (bbqueue zeroes its
// storage), aligned for `u8`. `OwnedStorage` (required to build one) means the storage
// belongs to that queue alone, and lives as long as the queue handle the grant holds. While the
// grant exists, bbqueue hands out no other write grant and keeps its bytes from the consumer
// (uncommitted), so nothing else reads or writes them; this wrapper lends no access to them.
unsafe impl<Q: BbqHandle> DmaWriteBuffer for WriteGrant<Q> {
    type Word = u8;

    fn dma_write_buffer(&mut self) -> (*mut u8, usize) {
        let bytes: &mut [u8] = self.0.deref_mut();
        (bytes.as_mut_ptr(), bytes.len())
    }
}

// SAFETY: as for `WriteGrant`: the read grant's fixed bytes of the queue's storage, which
// bbqueue keeps from any write grant until they are released; this wrapper only reads them.
unsafe impl<Q: BbqHandle> DmaReadBuffer for ReadGrant<Q> {
    type Word = u8;

    fn dma_read_buffer(&self) -> (*const u8, usize) {
        let bytes: &[u8] = self.0.deref();
        (bytes.as_ptr(), bytes.len())
    }
}

// SAFETY: forwards to the grant, which the exclusive borrow keeps from any other use and from
// being dropped, committed or released for as long as it lasts.
unsafe impl<Q: BbqHandle> DmaWriteBuffer for &mut WriteGrant<Q> {
    type Word = u8;

    fn dma_write_buffer(&mut self) -> (*mut u8, usize) {
        (**self).dma_write_buffer()
    }
}

// SAFETY: forwards to the grant, which the borrow keeps from being released for as long as it
// lasts; shared access only reads its bytes.
unsafe impl<Q: BbqHandle> DmaReadBuffer for &ReadGrant<Q> {
    type Word = u8;

    fn dma_read_buffer(&self) -> (*const u8, usize) {
        (**self).dma_read_buffer()
    }
}
