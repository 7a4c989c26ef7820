//! [`RingReader`] and [`RingWriter`]: circular jobs, with words copied out and in.

use core::fmt;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::sync::atomic::{fence, Ordering};
use core::task::Poll;

use super::{position, shared, CircularChannel, Overrun, Position, Underrun};
use crate::transfer::channel::release_to_engine;
use crate::transfer::{AsyncDmaChannel, Job, Transfer};
use crate::{DmaReadBuffer, DmaWriteBuffer, StaticReadBuffer, StaticWriteBuffer, Word};

/// A circular receive into a `'static` buffer, read by copying out the words that arrived.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::RingReader;
///
/// let channel = SimChannel::<u16>::new();
/// let adc = channel.peripheral();
/// let mut samples = RingReader::start(vec![0u16; 4], channel);
/// let (mut received, mut sent) = (Vec::new(), 0);
/// for chunk in [&[1u16, 2, 3][..], &[4, 5, 6], &[7]] {
///     adc.receive(chunk); // around the four-word ring twice
///     sent += chunk.len();
///     while samples.channel().transferred() < sent {}
///     let mut words = [0u16; 4];
///     let count = samples.read(&mut words).unwrap();
///     received.extend_from_slice(&words[..count]);
/// }
/// assert_eq!(received, [1, 2, 3, 4, 5, 6, 7]);
/// let (_buffer, _channel) = samples.stop();
/// # }
/// ```
///
/// The engine writes the ring all the time, so no reference into it is ever made while it
/// runs; [`read`](Ring::read) copies with word accesses and checks the engine's position
/// before and after (see the [module docs](super#why-the-rings-copy-out-and-what-the-copy-checks)).
/// Any [`StaticWriteBuffer`] is a ring: arrays, `Box`es, `Vec`s, derived frames and arrays of
/// them, `MaybeUninit` memory (only words the engine wrote are ever read).
///
/// Dropping the reader stops the engine, then drops the buffer; [`stop`](Ring::stop) gives
/// both back; a forgotten reader leaves the engine writing `'static` memory forever.
pub type RingReader<B, C> = Ring<B, C, Receive>;

/// A circular transmit from a `'static` buffer, kept ahead of the engine by copying words in.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::RingWriter;
///
/// let channel = SimChannel::<u8>::new();
/// let line = channel.peripheral();
/// // The buffer's contents are the first lap.
/// let mut tx = RingWriter::start(Box::new(*b"abcd"), channel);
/// line.request(2); // the peripheral takes two words
/// while tx.channel().transferred() < 2 {}
/// assert_eq!(tx.write(b"efgh"), Ok(2)); // two slots are free again
/// line.request(6);
/// while tx.channel().transferred() < 8 {}
/// assert_eq!(line.transmitted(), b"abcdefcd"); // `gh` came too late: `cd` went out again
/// assert!(tx.write(b"gh").is_err()); // and that is reported
/// # }
/// ```
///
/// [`write`](Ring::write) fills the slots the engine has sent since, and reports an
/// [`Underrun`] when the engine may have sent a word before the program wrote it; it then
/// resumes at the word after the engine's. Dropping, stopping and forgetting work as for
/// [`RingReader`].
pub type RingWriter<B, C> = Ring<B, C, Transmit>;

/// A circular job on a `'static` buffer, and the program's place in it: a [`RingReader`]
/// (`D` is [`Receive`]) or a [`RingWriter`] ([`Transmit`]).
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::{Receive, Ring, RingReader};
///
/// let rx: Ring<Vec<u8>, SimChannel<u8>, Receive> = RingReader::start(vec![0; 8], SimChannel::new());
/// assert_eq!(rx.capacity(), 8);
/// # }
/// ```
///
/// Both follow one protocol, in one place: take the engine's position, copy as many words as
/// it leaves room for, take the position again, and keep the copy only if the engine cannot
/// have reached the copied words in between (see the
/// [module docs](super#why-the-rings-copy-out-and-what-the-copy-checks)).
pub struct Ring<B, C: CircularChannel, D> {
    transfer: Transfer<B, C>,
    memory: RingMemory<C::Word>,
    /// The next word to read or write.
    pub(super) cursor: Position,
    direction: PhantomData<D>,
}

/// The direction of a [`RingReader`]: the engine writes the ring.
///
/// ```
/// use dma_buffer::transfer::{Receive, Ring};
///
/// fn is_a_reader<B, C: dma_buffer::transfer::CircularChannel>(_: &Ring<B, C, Receive>) {}
/// ```
#[derive(Debug)]
pub enum Receive {}

/// The direction of a [`RingWriter`]: the engine reads the ring.
///
/// ```
/// use dma_buffer::transfer::{Ring, RingWriter, Transmit};
///
/// type DacRing<C> = Ring<&'static mut [i16; 256], C, Transmit>;
/// type SameRing<C> = RingWriter<&'static mut [i16; 256], C>;
/// ```
#[derive(Debug)]
pub enum Transmit {}

mod sealed {
    use super::Position;

    /// What a direction changes in the ring protocol.
    pub trait Direction {
        /// The words the program may copy with its cursor at `cursor` and the engine at
        /// `engine`; `None` if the engine may have reached the cursor's word.
        fn room(cursor: Position, engine: Position, capacity: usize) -> Option<usize>;
        /// Where the cursor goes after the engine overtook it at `engine`.
        fn resync(engine: Position, capacity: usize) -> Position;
        /// The fence between the copy and the second position: the copy's accesses are done
        /// (and, for stores, visible) before the position is read.
        const AFTER_COPY: super::Ordering;
    }
}

impl sealed::Direction for Receive {
    fn room(cursor: Position, engine: Position, capacity: usize) -> Option<usize> {
        position::unread(cursor, engine, capacity)
    }

    /// The words before the engine's may be overwritten ones: skip them all.
    fn resync(engine: Position, _: usize) -> Position {
        engine
    }

    const AFTER_COPY: Ordering = Ordering::Acquire;
}

impl sealed::Direction for Transmit {
    fn room(cursor: Position, engine: Position, capacity: usize) -> Option<usize> {
        position::writable(cursor, engine, capacity)
    }

    /// The engine's word may be in flight: resume behind it.
    fn resync(engine: Position, capacity: usize) -> Position {
        engine.advanced(1, capacity)
    }

    // A store-load barrier: the writes are visible before the position is read.
    const AFTER_COPY: Ordering = Ordering::SeqCst;
}

/// The ring's memory, as the engine was given it.
struct RingMemory<W> {
    start: *mut W,
    capacity: usize,
}

// SAFETY: the pointer is only a way to the buffer's memory, which the owning reader or writer
// accesses through `&mut self` (so from one thread at a time) with word accesses that cannot
// race with the engine's. `&RingMemory` gives no access at all.
unsafe impl<W: Word> Send for RingMemory<W> {}
// SAFETY: as for `Send`: nothing is reachable through `&RingMemory`.
unsafe impl<W: Word> Sync for RingMemory<W> {}

impl<W: Word> RingMemory<W> {
    /// The two runs of slots (the second wrapping to the start) of `len` words from `index`.
    fn runs(&self, index: usize, len: usize) -> [(usize, core::ops::Range<usize>); 2] {
        let first = len.min(self.capacity - index);
        [(index, 0..first), (0, first..len)]
    }

    /// Copies the `out.len()` words from slot `index` on into `out`.
    ///
    /// # Safety
    ///
    /// `out.len() <= capacity`, the slots were written since the job started, and the engine
    /// accesses them only with word accesses.
    unsafe fn copy_out(&self, index: usize, out: &mut [W]) {
        for (slot, part) in self.runs(index, out.len()) {
            for (offset, word) in out[part].iter_mut().enumerate() {
                // SAFETY: `slot + offset < capacity`, inside the buffer; the caller's promises.
                *word = unsafe { shared::load(self.start.add(slot + offset)) };
            }
        }
    }

    /// Copies `words` into the slots from `index` on.
    ///
    /// # Safety
    ///
    /// `words.len() <= capacity`, and the engine accesses the slots only with word accesses.
    unsafe fn copy_in(&self, index: usize, words: &[W]) {
        for (slot, part) in self.runs(index, words.len()) {
            for (offset, &word) in words[part].iter().enumerate() {
                // SAFETY: `slot + offset < capacity`, inside the buffer; the caller's promise.
                unsafe { shared::store(self.start.add(slot + offset), word) };
            }
        }
    }
}

/// Starts `buffer` on `channel` as a circular `job` of its whole memory; panics on an empty
/// buffer, before starting anything.
///
/// # Safety
///
/// `job` makes a job of the pointer and length, which the buffer's traits keep valid (the
/// buffer is `'static`).
unsafe fn start_ring<B, C>(
    buffer: B,
    channel: C,
    job: fn(*mut C::Word, usize) -> Job<C::Word>,
) -> (Transfer<B, C>, RingMemory<C::Word>)
where
    B: DmaWriteBuffer<Word = C::Word>,
    C: CircularChannel,
{
    // Built first, so that if anything below unwinds, `Drop` stops the channel.
    let mut transfer = Transfer {
        buffer: MaybeUninit::new(buffer),
        channel,
    };
    // SAFETY: initialized just above; the pointer comes from the buffer where it stays, in a
    // `MaybeUninit`, never retagged again (see `Transfer`).
    let (start, capacity) = unsafe { transfer.buffer.assume_init_mut() }.dma_write_buffer();
    assert!(capacity > 0, "a DMA ring needs at least one word");
    release_to_engine();
    // SAFETY: the channel is idle: safe code holds only idle channels (the rules under
    // `DmaChannel`'s "Idle channels"); the buffer is `'static` and owned by `transfer`, which
    // stops the job before dropping it; only word accesses reach it from now on; the fence is
    // issued.
    unsafe { transfer.channel.start_circular(job(start, capacity)) };
    (transfer, RingMemory { start, capacity })
}

impl<B, C: CircularChannel> RingReader<B, C> {
    /// Starts receiving into `buffer`, round and round, from its first word.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::RingReader;
    ///
    /// static mut RX: [u8; 64] = [0; 64];
    /// // SAFETY: the only reference ever made to `RX`.
    /// let ring: &'static mut [u8; 64] = unsafe { &mut *core::ptr::addr_of_mut!(RX) };
    /// let rx = RingReader::start(ring, SimChannel::<u8>::new());
    /// assert_eq!(rx.capacity(), 64);
    /// # }
    /// ```
    ///
    /// # Panics
    ///
    /// If the buffer has no word.
    pub fn start(buffer: B, channel: C) -> Self
    where
        B: StaticWriteBuffer + DmaWriteBuffer<Word = C::Word>,
    {
        // SAFETY: a receive job on exactly the buffer's memory.
        let (transfer, memory) = unsafe {
            start_ring(buffer, channel, |destination, len| {
                Job::PeripheralToMemory { destination, len }
            })
        };
        Ring::new(transfer, memory, Position::default())
    }

    /// Copies the words that arrived since the last read into `words`, as many as fit, and
    /// returns how many; `Err(Overrun)` if the engine may have overwritten any of them first.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{Overrun, RingReader};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let mut rx = RingReader::start(Box::new([0u8; 4]), channel);
    /// let mut bytes = [0u8; 2];
    /// assert_eq!(rx.read(&mut bytes), Ok(0)); // nothing yet
    /// uart.receive(b"xyz");
    /// while rx.channel().transferred() < 3 {}
    /// assert_eq!(rx.read(&mut bytes), Ok(2));
    /// assert_eq!(rx.read(&mut bytes), Ok(1));
    /// assert_eq!(&bytes[..1], b"z");
    /// uart.receive(b"12345"); // five bytes into a four-byte ring
    /// while rx.channel().transferred() < 8 {}
    /// assert_eq!(rx.read(&mut bytes), Err(Overrun));
    /// # }
    /// ```
    ///
    /// After an overrun, the reader continues from the engine's position: the next read
    /// returns only words that arrive after this one. On an overrun, `words` holds nothing
    /// meaningful. A stopped or faulted job's position stays put: reads then return what had
    /// arrived, then 0, and the channel's status tells why.
    pub fn read(&mut self, words: &mut [C::Word]) -> Result<usize, Overrun> {
        self.step(words.len(), |memory, index, count| {
            // SAFETY: `count < capacity` words from the cursor on, all before the engine's
            // position, so written since the start; the engine only writes words.
            unsafe { memory.copy_out(index, &mut words[..count]) }
        })
        .map_err(|Overtaken| Overrun)
    }
}

impl<B, C: CircularChannel + AsyncDmaChannel> RingReader<B, C> {
    /// Waits until words have arrived, then reads them as [`read`](Self::read) does: the task
    /// sleeps while the ring is empty, and the channel's interrupt wakes it.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::{block_on, SimChannel};
    /// use dma_buffer::transfer::RingReader;
    ///
    /// let ring: &'static mut [u8; 16] = Box::leak(Box::new([0; 16]));
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let mut rx = RingReader::start(ring, channel);
    /// let sender = std::thread::spawn(move || uart.receive(b"hi"));
    /// let mut line = [0u8; 2];
    /// let mut got = 0;
    /// while got < 2 {
    ///     got += block_on(rx.read_async(&mut line[got..])).unwrap();
    /// }
    /// assert_eq!(&line, b"hi");
    /// sender.join().unwrap();
    /// # }
    /// ```
    ///
    /// For a circular job, a channel's interrupt wakes the task when words arrive (its half- and
    /// full-transfer interrupts, or the simulator's engine after each word), not only when the
    /// job ends; a wake that never comes makes the task sleep, but never returns a word early:
    /// what is returned is decided by `read` alone. Ready with `Ok(0)` once the job has ended.
    /// Cancelling or forgetting the future leaves the reader as it was.
    pub async fn read_async(&mut self, words: &mut [C::Word]) -> Result<usize, Overrun> {
        core::future::poll_fn(|cx| {
            // Registered before the ring is read: words arriving after the read wake the task.
            self.transfer.channel.register_waker(cx.waker());
            match self.read(words) {
                Ok(0) if !words.is_empty() && !self.transfer.channel.status().is_ended() => {
                    Poll::Pending
                }
                outcome => Poll::Ready(outcome),
            }
        })
        .await
    }
}

impl<B, C: CircularChannel> RingWriter<B, C> {
    /// Starts sending `buffer`, round and round: its contents are the first lap, and
    /// [`write`](Ring::write) replaces them as the engine goes.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::RingWriter};
    ///
    /// let channel = SimChannel::<i16>::new();
    /// let dac = channel.peripheral();
    /// let tx = RingWriter::start(vec![0i16, 100, 0, -100], channel);
    /// dac.request(6);
    /// while tx.channel().transferred() < 6 {}
    /// assert_eq!(dac.transmitted(), [0, 100, 0, -100, 0, 100]); // nothing new was written
    /// # }
    /// ```
    ///
    /// # Panics
    ///
    /// If the buffer has no word, or (a buffer type of its own) if its read and write views
    /// are not the same memory.
    pub fn start(mut buffer: B, channel: C) -> Self
    where
        B: StaticWriteBuffer
            + StaticReadBuffer
            + DmaWriteBuffer<Word = C::Word>
            + DmaReadBuffer<Word = C::Word>,
    {
        // The engine reads the ring: only the read view promises it is initialized.
        let (initialized, len) = buffer.dma_read_buffer();
        let (start, capacity) = buffer.dma_write_buffer();
        assert!(
            (initialized, len) == (start.cast_const(), capacity),
            "the buffer's read and write views differ"
        );
        // SAFETY: a transmit job on exactly the buffer's memory, initialized.
        let (transfer, memory) = unsafe {
            start_ring(buffer, channel, |source, len| Job::MemoryToPeripheral {
                source: source.cast_const(),
                len,
            })
        };
        // The buffer's contents are the first lap.
        Ring::new(transfer, memory, Position { lap: 1, index: 0 })
    }

    /// Copies as many of `words` as there are free slots into the ring, behind the engine,
    /// and returns how many; `Err(Underrun)` if the engine may have sent a word before the
    /// program wrote it.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::RingWriter};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let line = channel.peripheral();
    /// let mut tx = RingWriter::start(Box::new(*b"...."), channel);
    /// assert_eq!(tx.write(b"ab"), Ok(0)); // the first lap was not sent yet: no free slot
    /// line.request(3);
    /// while tx.channel().transferred() < 3 {}
    /// assert_eq!(tx.write(b"abcd"), Ok(3)); // the three sent slots; the fourth is in flight
    /// # }
    /// ```
    ///
    /// After an underrun, the writer continues at the word after the engine's, and `Err` means
    /// none of `words` is sure to have been sent in time. Words the engine sends stale while
    /// the program does not call `write` are reported by the next call: `write(&[])` only
    /// checks.
    pub fn write(&mut self, words: &[C::Word]) -> Result<usize, Underrun> {
        self.step(words.len(), |memory, index, count| {
            // SAFETY: `count <= capacity` slots from the cursor on, each sent on the previous
            // lap; the engine only reads words.
            unsafe { memory.copy_in(index, &words[..count]) }
        })
        .map_err(|Overtaken| Underrun)
    }
}

/// The engine overtook the program: the overrun or underrun of its direction.
struct Overtaken;

impl<B, C: CircularChannel, D: sealed::Direction> Ring<B, C, D> {
    fn new(transfer: Transfer<B, C>, memory: RingMemory<C::Word>, cursor: Position) -> Self {
        Ring {
            transfer,
            memory,
            cursor,
            direction: PhantomData,
        }
    }

    /// The ring protocol: copies up to `len` words at the cursor with `copy(memory, index,
    /// count)` if the engine leaves room for them, and keeps the copy if the engine did not
    /// reach them meanwhile; otherwise resynchronizes.
    fn step(
        &mut self,
        len: usize,
        copy: impl FnOnce(&RingMemory<C::Word>, usize, usize),
    ) -> Result<usize, Overtaken> {
        let capacity = self.memory.capacity;
        let engine = self.transfer.channel.position();
        // The engine's accesses before `engine` are done and visible before the copy.
        fence(Ordering::Acquire);
        let Some(room) = D::room(self.cursor, engine, capacity) else {
            return Err(self.resync(engine));
        };
        let count = room.min(len);
        if count == 0 {
            return Ok(0);
        }
        copy(&self.memory, self.cursor.index, count);
        fence(D::AFTER_COPY);
        let after = self.transfer.channel.position();
        if D::room(self.cursor, after, capacity).is_none() {
            return Err(self.resync(after));
        }
        self.cursor = self.cursor.advanced(count, capacity);
        Ok(count)
    }

    fn resync(&mut self, engine: Position) -> Overtaken {
        self.cursor = D::resync(engine, self.memory.capacity);
        Overtaken
    }

    /// Where the next word read or written is: its lap and its index in the ring.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::{Position, RingReader}};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"abc");
    /// let mut rx = RingReader::start(Box::new([0u8; 4]), channel);
    /// while rx.channel().transferred() < 3 {}
    /// rx.read(&mut [0u8; 3]).unwrap();
    /// assert_eq!(rx.position(), Position { lap: 0, index: 3 });
    ///
    /// let tx = dma_buffer::transfer::RingWriter::start(Box::new([0u8; 4]), SimChannel::new());
    /// assert_eq!(tx.position(), Position { lap: 1, index: 0 }); // after the first lap
    /// # }
    /// ```
    pub fn position(&self) -> Position {
        self.cursor
    }

    /// The ring's length in words; a reader's holds up to one word less unread.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::RingReader};
    ///
    /// let rx = RingReader::start(vec![0u32; 16], SimChannel::<u32>::new());
    /// assert_eq!(rx.capacity(), 16);
    /// # }
    /// ```
    pub fn capacity(&self) -> usize {
        self.memory.capacity
    }

    /// The channel, to read its state (position, status, …) while the job runs.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::transfer::{DmaChannel, RingReader, Status};
    ///
    /// let rx = RingReader::start(vec![0u8; 8], dma_buffer::sim::SimChannel::<u8>::new());
    /// assert_eq!(rx.channel().status(), Status::Busy); // a circular job runs until stopped
    /// # }
    /// ```
    pub fn channel(&self) -> &C {
        &self.transfer.channel
    }

    /// Stops the engine, wherever it is, and gives back the buffer and the channel.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::RingReader};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"abcdef");
    /// let rx = RingReader::start(Box::new([0u8; 4]), channel);
    /// while rx.channel().transferred() < 6 {}
    /// let (ring, _channel) = rx.stop();
    /// assert_eq!(&*ring, b"efcd"); // the second lap stopped half-way
    /// # }
    /// ```
    pub fn stop(self) -> (B, C) {
        self.transfer.stop()
    }
}

impl<B, C: CircularChannel, D> fmt::Debug for Ring<B, C, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ring")
            .field("capacity", &self.memory.capacity)
            .field("cursor", &self.cursor)
            .finish_non_exhaustive()
    }
}
