//! bbqueue 0.7 stream grants as DMA buffers (feature `bbqueue`): the engine fills a write
//! grant, or sends a read grant, and the grant is committed or released after the job.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use bbqueue::traits::coordination::cas::AtomicCoord;
//! use bbqueue::traits::storage::Inline;
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::sources::bbqueue::DmaQueue;
//! use dma_buffer::transfer::Transfer;
//!
//! /// A UART's receive queue: the DMA writes into it, the application reads from it.
//! static RX_QUEUE: DmaQueue<Inline<64>, AtomicCoord> = DmaQueue::new();
//!
//! let channel = SimChannel::<u8>::new();
//! let uart = channel.peripheral();
//! uart.receive(b"hello");
//!
//! // Producer side (the DMA): a grant of exactly 5 bytes, filled by the engine, committed.
//! let grant = RX_QUEUE.producer().grant_exact(5).unwrap();
//! let (grant, channel) = Transfer::write(grant, channel).wait().unwrap();
//! grant.commit(5);
//!
//! // Consumer side: the bytes, readable only once committed; and a read grant the engine sends.
//! let received = RX_QUEUE.consumer().read().unwrap();
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
//! so no write grant covers them. The wrappers here never expose the grant while a
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
//! Grants are DMA buffers only if a [`DmaQueue`] made them, over storage the queue owns
//! (`Inline<N>`, or `BoxedSlice` with the `bbqueue-alloc` feature): a `static` queue (or a
//! `Box::leak`ed one) gives `'static` grants, for [`Transfer`](crate::Transfer); a local one,
//! borrowed grants for the [scopes](crate::transfer::scope_write). A `DmaQueue` keeps its
//! `BBQueue` to itself, for bbqueue 0.7 lets anyone who reaches a queue's `BBQueue` get at its
//! bytes without `unsafe`:
//! - `BBQueue::storage` is safe and bbqueue implements `Storage` for `&Inline<N>`, so
//!   `BBQueue::new_with_storage(QUEUE.storage())` builds a second queue on the same bytes,
//!   whose grants are `&mut [u8]` over the engine's;
//! - the framed producer and consumer (`BbqHandle::framed_producer::<usize>()`, on any
//!   handle) add their header's size unchecked, which in a release build wraps and gives a
//!   grant of about `usize::MAX` bytes over every other grant's;
//! - the stream producer's `grant_exact` does the same with a size near `usize::MAX`, which
//!   [`Producer::grant_exact`] refuses before bbqueue sees it;
//! - a grant's `commit` and `release` call the queue's notifier (a safe trait) before they
//!   forget the grant, so a notifier that takes a new grant and panics makes the grant's
//!   destructor end the new one, which bbqueue then hands out a second time. A `DmaQueue`'s
//!   notifier is bbqueue's `Polling`, which runs no code.
//!
//! The grants of a `BBQueue` of your own are not DMA buffers, since nothing makes one from
//! them:
//!
//! ```compile_fail
//! use bbqueue::nicknames::Churrasco;
//! use dma_buffer::DmaWriteBuffer;
//!
//! static RX: Churrasco<8> = Churrasco::new();
//! fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}
//! // error: bbqueue's own grant is no DMA buffer: `RX.storage()` could alias it
//! start_rx(RX.stream_producer().grant_exact(8).unwrap());
//! ```
//!
//! Framed grants are left out too: their length header lives in the granted region, where the
//! engine would overwrite it. So are queues behind an `Arc` (bbqueue's `ArcBBQueue`): 0.7's
//! `commit` and `release` forget the grant with the `Arc` it holds, so every committed grant
//! leaks a count, and such a queue is never freed (nor, on a busy 32-bit device, safe from
//! the count's overflow abort).
//!
//! # What bbqueue 0.7 does not allow
//!
//! The design's `GrantW<'static, N>` is gone: 0.7's grants are `StreamGrantW<Q>` over a queue
//! handle `Q`, `'static` when the handle is (a `&'static BBQueue`, here of a `static` or
//! leaked `DmaQueue`). Grants are always bytes (`u8` words): a 16- or 32-bit peripheral
//! cannot use them.

use core::ops::{Deref, DerefMut};

use bbqueue::prod_cons::stream::{StreamConsumer, StreamGrantR, StreamGrantW, StreamProducer};
use bbqueue::traits::bbqhdl::BbqHandle;
use bbqueue::traits::coordination::{Coord, ReadGrantError, WriteGrantError};
use bbqueue::traits::notifier::polling::Polling;
use bbqueue::traits::storage::{ConstStorage, Inline, Storage};
use bbqueue::BBQueue;

use crate::{DmaReadBuffer, DmaWriteBuffer};

mod sealed {
    /// Storage that a queue owns: bbqueue's `Inline<N>` and `BoxedSlice`, not a borrowed one,
    /// whose owner could build a second queue on it.
    #[diagnostic::on_unimplemented(
        message = "a `DmaQueue` must own its storage, not `{Self}`",
        label = "not storage the queue owns",
        note = "use `Inline<N>` (or, with `bbqueue-alloc`, `BoxedSlice`): whoever holds borrowed \
                storage can build a second queue on it, whose grants would hand the engine's bytes \
                to the CPU"
    )]
    pub trait OwnedStorage {}
}
use sealed::OwnedStorage;

impl<const N: usize> OwnedStorage for Inline<N> {}

#[cfg(feature = "bbqueue-alloc")]
impl OwnedStorage for bbqueue::traits::storage::BoxedSlice {}

/// A bbqueue whose stream grants are DMA buffers: a `BBQueue` over storage it owns
/// (`Inline<N>`, or `BoxedSlice` with `bbqueue-alloc`), with coordination `C` (`AtomicCoord`,
/// or `CsCoord` where there is no compare-and-swap) and the polling notifier, kept to itself, so
/// that its bytes are reached only through its [`Producer`] and [`Consumer`] (see the
/// [module docs](self#which-queues)).
///
/// ```
/// use bbqueue::traits::coordination::cas::AtomicCoord;
/// use bbqueue::traits::storage::Inline;
/// use dma_buffer::sources::bbqueue::DmaQueue;
///
/// static TX: DmaQueue<Inline<128>, AtomicCoord> = DmaQueue::new();
/// assert_eq!(TX.capacity(), 128);
/// ```
pub struct DmaQueue<S: Storage + OwnedStorage, C: Coord> {
    queue: BBQueue<S, C, Polling>,
}

impl<S: ConstStorage + OwnedStorage, C: Coord> DmaQueue<S, C> {
    /// An empty queue, in a `const` context too (a `static`).
    #[allow(clippy::new_without_default)] // a `static` needs the `const fn`; `Default` adds nothing
    pub const fn new() -> Self {
        DmaQueue {
            queue: BBQueue::new(),
        }
    }
}

impl<S: Storage + OwnedStorage, C: Coord> DmaQueue<S, C> {
    /// An empty queue over `storage`.
    ///
    /// ```
    /// # #[cfg(feature = "bbqueue-alloc")] {
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::BoxedSlice;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// let queue: DmaQueue<_, AtomicCoord> = DmaQueue::new_with_storage(BoxedSlice::new(512));
    /// assert_eq!(queue.capacity(), 512);
    /// # }
    /// ```
    pub fn new_with_storage(storage: S) -> Self {
        DmaQueue {
            queue: BBQueue::new_with_storage(storage),
        }
    }

    /// The queue's producer side, which makes [`WriteGrant`]s.
    pub fn producer(&self) -> Producer<&BBQueue<S, C, Polling>> {
        Producer(self.queue.stream_producer())
    }

    /// The queue's consumer side, which makes [`ReadGrant`]s.
    pub fn consumer(&self) -> Consumer<&BBQueue<S, C, Polling>> {
        Consumer(self.queue.stream_consumer())
    }

    /// The queue's size in bytes.
    pub fn capacity(&self) -> usize {
        self.queue.capacity()
    }
}

/// The producer side of a [`DmaQueue`]: bbqueue's stream producer, whose grants it wraps as
/// [`WriteGrant`]s.
pub struct Producer<Q: BbqHandle>(StreamProducer<Q>);

impl<Q: BbqHandle> Producer<Q> {
    /// A grant of exactly `size` bytes, as bbqueue's `grant_exact` gives.
    ///
    /// A `size` beyond the queue's capacity is refused here, before bbqueue sees it: bbqueue
    /// 0.7's `grant_exact` adds it to its write index unchecked, which in a release build
    /// wraps and grants a region of about `usize::MAX` bytes.
    ///
    /// ```
    /// use bbqueue::traits::coordination::WriteGrantError;
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<16>, AtomicCoord> = DmaQueue::new();
    /// let producer = QUEUE.producer();
    /// assert_eq!(producer.grant_exact(6).unwrap().len(), 6);
    /// let too_big = producer.grant_exact(usize::MAX).err();
    /// assert_eq!(too_big, Some(WriteGrantError::InsufficientSize));
    /// ```
    pub fn grant_exact(&self, size: usize) -> Result<WriteGrant<Q>, WriteGrantError> {
        if size > self.0.capacity() {
            return Err(WriteGrantError::InsufficientSize);
        }
        self.0.grant_exact(size).map(WriteGrant)
    }

    /// A grant of at most `max` bytes (as many as fit in one region), as bbqueue's
    /// `grant_max_remaining` gives.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<16>, AtomicCoord> = DmaQueue::new();
    /// let grant = QUEUE.producer().grant_max_remaining(32).unwrap();
    /// assert_eq!(grant.len(), 16); // all the queue has
    /// ```
    pub fn grant_max_remaining(&self, max: usize) -> Result<WriteGrant<Q>, WriteGrantError> {
        self.0.grant_max_remaining(max).map(WriteGrant)
    }
}

/// The consumer side of a [`DmaQueue`]: bbqueue's stream consumer, whose grants it wraps as
/// [`ReadGrant`]s.
pub struct Consumer<Q: BbqHandle>(StreamConsumer<Q>);

impl<Q: BbqHandle> Consumer<Q> {
    /// The committed bytes not released yet (of one region), as bbqueue's `read` gives.
    ///
    /// ```
    /// use bbqueue::traits::coordination::ReadGrantError;
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<8>, AtomicCoord> = DmaQueue::new();
    /// assert_eq!(QUEUE.consumer().read().err(), Some(ReadGrantError::Empty));
    /// QUEUE.producer().grant_exact(2).unwrap().commit(2);
    /// assert_eq!(QUEUE.consumer().read().unwrap().len(), 2);
    /// ```
    pub fn read(&self) -> Result<ReadGrant<Q>, ReadGrantError> {
        self.0.read().map(ReadGrant)
    }
}

/// A bbqueue write grant as a [`DmaWriteBuffer`] of bytes: the engine fills it, then
/// [`commit`](Self::commit) makes the bytes it wrote readable. Made by a [`Producer`].
///
/// ```
/// use bbqueue::traits::coordination::cas::AtomicCoord;
/// use bbqueue::traits::storage::Inline;
/// use dma_buffer::sources::bbqueue::DmaQueue;
/// use dma_buffer::DmaWriteBuffer;
///
/// static QUEUE: DmaQueue<Inline<16>, AtomicCoord> = DmaQueue::new();
/// let mut grant = QUEUE.producer().grant_exact(8).unwrap();
/// assert_eq!(grant.dma_write_buffer().1, 8);
/// ```
pub struct WriteGrant<Q: BbqHandle>(StreamGrantW<Q>);

/// A bbqueue read grant as a [`DmaReadBuffer`] of bytes: the engine sends it, then
/// [`release`](Self::release) frees the bytes it sent. Made by a [`Consumer`].
///
/// ```
/// use bbqueue::traits::coordination::cas::AtomicCoord;
/// use bbqueue::traits::storage::Inline;
/// use dma_buffer::sources::bbqueue::DmaQueue;
/// use dma_buffer::DmaReadBuffer;
///
/// static QUEUE: DmaQueue<Inline<16>, AtomicCoord> = DmaQueue::new();
/// let mut chunk = QUEUE.producer().grant_exact(3).unwrap().into_inner();
/// chunk.copy_from_slice(b"abc");
/// chunk.commit(3);
/// let grant = QUEUE.consumer().read().unwrap();
/// assert_eq!(grant.dma_read_buffer().1, 3);
/// ```
pub struct ReadGrant<Q: BbqHandle>(StreamGrantR<Q>);

impl<Q: BbqHandle> WriteGrant<Q> {
    /// Makes the first `used` bytes (at most the grant's length) readable, and frees the rest.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<16>, AtomicCoord> = DmaQueue::new();
    /// let grant = QUEUE.producer().grant_exact(8).unwrap();
    /// grant.commit(2); // the engine was stopped after two bytes
    /// assert_eq!(QUEUE.consumer().read().unwrap().len(), 2);
    /// ```
    pub fn commit(self, used: usize) {
        self.0.commit(used);
    }

    /// The grant's length in bytes.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<16>, AtomicCoord> = DmaQueue::new();
    /// assert_eq!(QUEUE.producer().grant_exact(5).unwrap().len(), 5);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the grant has no bytes (bbqueue never grants zero bytes but on request).
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<4>, AtomicCoord> = DmaQueue::new();
    /// assert!(QUEUE.producer().grant_exact(0).unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The grant itself, to fill or commit it by bbqueue's own API.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<4>, AtomicCoord> = DmaQueue::new();
    /// let mut grant = QUEUE.producer().grant_exact(1).unwrap().into_inner();
    /// grant[0] = b'!';
    /// grant.commit(1);
    /// ```
    pub fn into_inner(self) -> StreamGrantW<Q> {
        self.0
    }
}

impl<Q: BbqHandle> ReadGrant<Q> {
    /// Frees the first `used` bytes (at most the grant's length) for the producer; the rest
    /// stays readable.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<8>, AtomicCoord> = DmaQueue::new();
    /// QUEUE.producer().grant_exact(4).unwrap().commit(4);
    /// QUEUE.consumer().read().unwrap().release(3);
    /// assert_eq!(QUEUE.consumer().read().unwrap().len(), 1);
    /// ```
    pub fn release(self, used: usize) {
        self.0.release(used);
    }

    /// The grant's bytes, as the engine reads them.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<8>, AtomicCoord> = DmaQueue::new();
    /// let mut chunk = QUEUE.producer().grant_exact(2).unwrap().into_inner();
    /// chunk.copy_from_slice(b"ok");
    /// chunk.commit(2);
    /// assert_eq!(QUEUE.consumer().read().unwrap().bytes(), b"ok");
    /// ```
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// The grant's length in bytes.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<8>, AtomicCoord> = DmaQueue::new();
    /// QUEUE.producer().grant_exact(6).unwrap().commit(6);
    /// assert_eq!(QUEUE.consumer().read().unwrap().len(), 6);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the grant has no bytes (bbqueue never hands out an empty read grant).
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<8>, AtomicCoord> = DmaQueue::new();
    /// QUEUE.producer().grant_exact(1).unwrap().commit(1);
    /// assert!(!QUEUE.consumer().read().unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The grant itself, to read or release it by bbqueue's own API.
    ///
    /// ```
    /// use bbqueue::traits::coordination::cas::AtomicCoord;
    /// use bbqueue::traits::storage::Inline;
    /// use dma_buffer::sources::bbqueue::DmaQueue;
    ///
    /// static QUEUE: DmaQueue<Inline<8>, AtomicCoord> = DmaQueue::new();
    /// QUEUE.producer().grant_exact(1).unwrap().commit(1);
    /// let grant = QUEUE.consumer().read().unwrap().into_inner();
    /// grant.release(1);
    /// ```
    pub fn into_inner(self) -> StreamGrantR<Q> {
        self.0
    }
}

// SAFETY: the pointer and length are the grant's, fixed when it was made (bbqueue stores
// them): bytes of the queue's storage, outside this value, initialized (bbqueue zeroes its
// storage), aligned for `u8`, within the storage (`Producer::grant_exact` checks the size
// bbqueue would otherwise wrap). Only a `DmaQueue`'s `Producer` makes one: the queue owns its
// storage and lends no one its `BBQueue`, so no second queue, framed grant or handle reaches
// the bytes, and its `Polling` notifier runs no code inside bbqueue's `commit`/`release`; the
// storage lives as long as the queue borrow the grant holds. While the grant exists, bbqueue
// hands out no other write grant and keeps its bytes from the consumer (uncommitted), so
// nothing else reads or writes them; this wrapper lends no access to them.
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
