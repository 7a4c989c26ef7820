//! Continuous transfers: a circular job that never stops (a UART or I2S receive, an ADC, audio
//! out) and double buffering, sound even when the program falls behind the engine.
//!
//! - [`RingReader`] runs a circular receive over a `'static` buffer and hands the program the
//!   words that arrived by copying them out; [`Overrun`] if the engine may have written over
//!   them first.
//! - [`RingWriter`] is the mirror for a circular transmit: the program writes ahead of the
//!   engine; [`Underrun`] if the engine may have sent a word before the program wrote it.
//! - [`DoubleBuffer`] runs two buffers back to back and lends the program the one the engine
//!   finished, as `&mut`, while the engine works on the other.
//!
//! A HAL implements [`CircularChannel`] (for the rings) or [`DoubleBufferChannel`] (for the
//! double buffer) on top of [`DmaChannel`]; the crate supplies the logic that decides what may
//! be handed out, which is where HALs go wrong.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::transfer::{Overrun, RingReader};
//!
//! let channel = SimChannel::<u8>::new();
//! let uart = channel.peripheral();
//! let mut rx = RingReader::start(Box::new([0u8; 8]), channel);
//!
//! uart.receive(b"hello");
//! while rx.channel().transferred() < 5 {}
//! let mut line = [0u8; 16];
//! let count = rx.read(&mut line).unwrap();
//! assert_eq!(&line[..count], b"hello");
//!
//! // The program falls behind: 12 bytes arrive in an 8-byte ring before it reads again.
//! uart.receive(b"a long line!");
//! while rx.channel().transferred() < 17 {}
//! assert_eq!(rx.read(&mut line), Err(Overrun)); // never the overwritten bytes
//! uart.receive(b"ok");
//! while rx.channel().transferred() < 19 {}
//! let count = rx.read(&mut line).unwrap(); // resynchronized: only what came after
//! assert_eq!(&line[..count], b"ok");
//! # }
//! ```
//!
//! # Why the rings copy out, and what the copy checks
//!
//! A circular engine runs freely: whenever the program is slower than the peripheral, it
//! reaches and rewrites any word of the ring. A `&[W]` into the ring while it runs would be a
//! reference to memory written concurrently, a data race however briefly it lives, so the
//! ring types never form a reference into ring memory while the engine runs: they copy words
//! out (or in) through raw pointers, and decide from positions alone whether the copy is good.
//! For a read of the words from the reader's position `r` on:
//!
//! 1. take the engine's position `e1` ([`CircularChannel::position`]), then `fence(Acquire)`,
//!    so that every word before `e1` is visible;
//! 2. if `e1 - r >= capacity`, the engine may be writing the slot of word `r` already: report
//!    [`Overrun`]. Otherwise copy `min(e1 - r, out.len())` words;
//! 3. `fence(Acquire)`, so the copy is done before the next step, and take the position `e2`;
//! 4. if `e2 - r >= capacity`, the engine may have started word `r + capacity` (the word at
//!    `e2` may be in flight) and overwritten the slot of `r` during the copy: discard the copy,
//!    report [`Overrun`]. Otherwise the copy is exactly the words `r..r + count`.
//!
//! After an overrun the reader resynchronizes to the engine's position: the next read returns
//! only words that arrived after it, never a mix of old and new laps. So a ring of
//! `capacity` words holds at most `capacity - 1` unread words: one slot is left for the word
//! in flight. Positions are `(lap, index)` pairs with a wrapping lap counter, compared as
//! differences, so the counter's own wrap-around is harmless; what no lap counter can tell
//! apart is an engine 2³² laps or more ahead, so a program must read at least once every 2³²
//! laps (71 minutes for a one-word ring at a million words a second). The arithmetic is checked exhaustively for every capacity up to 16 across the wrap of
//! the lap counter, with a mutated comparison shown to fail the check (`.ci/continuous.sh`).
//!
//! The writer is the mirror: it may fill the slots of words `w..e1 + capacity` (each was sent
//! on the previous lap); it reports [`Underrun`] if `e1 >= w` or, after its copy and a
//! `fence(SeqCst)` (the stores must be visible before the position is read), if `e2 >= w`:
//! the engine may have started word `w` before the program wrote it. It then resumes at the
//! word after the engine's.
//!
//! ## How words are accessed
//!
//! Words are read and written as `Relaxed` atomics of the word's width (`AtomicU8` for `u8`,
//! …), which compile to the same single load or store as a volatile access on every target,
//! thumbv6m included (atomic loads and stores need no compare-and-swap). Where the target has
//! no atomic of the width that the word is aligned for (a 64-bit word on thumbv7em, which has
//! no 64-bit atomics, or on i686, where `u64` is 4-aligned and `AtomicU64` 8-aligned), the word
//! is accessed as pieces of the widest one that fits (two `AtomicU32`), which is what the
//! hardware does with such a word anyway. A word torn between two laps is never taken for
//! one: a [`RingReader`] copy the engine tore is one the positions then discard, like any slot
//! overwritten while it was copied, and a word the engine sent while a [`RingWriter`] rewrote
//! its slot is one the writer was late for, which it reports as an [`Underrun`].
//!
//! Hardware cannot tell atomics from volatile accesses; Rust's memory model can: the
//! [simulator](crate::sim) writes the ring through the same functions, so the program's
//! accesses and the engine thread's are atomic, of the same widths, on both sides, and Miri
//! checks that the protocol has no data race rather than reporting one that on hardware is the
//! whole point of the design. (With volatile accesses instead, Miri does report one: a
//! non-atomic read racing the engine's store.)
//!
//! # Zero copy: only where the engine provably stays out
//!
//! [`DoubleBuffer`] lends a buffer as `&mut` because [`DoubleBufferChannel`] promises that an
//! engine that finished a buffer never comes back to it unless the program queues it again:
//! if the program is late, the engine halts instead (and the double buffer reports
//! [`Overrun`] when the buffer comes back). Hardware that keeps writing regardless cannot
//! promise that: STM32's double-buffer mode (DBM) switches back to the first buffer when the
//! second is full, whether the program has finished with it or not, and no configuration bit
//! can be changed while the stream runs to make it halt instead. A HAL must not implement
//! [`DoubleBufferChannel`] with DBM; it implements [`CircularChannel`] instead (DBM or circular
//! mode over one buffer, the half-transfer and transfer-complete flags giving the position),
//! and its users read with the copy-out [`RingReader`]. Channels that do halt: rp2040's chained
//! channels (the second channel triggers only if its trigger register was rewritten), and
//! descriptor chains whose next pointer is written per buffer (a missing link ends the chain).
//!
//! # Leaks and stops
//!
//! All three own their `'static` buffers and their channel the way [`Transfer`] does: the
//! buffers sit in a `MaybeUninit` (moving the value never retags them), dropping stops the
//! engine before the buffers are dropped, `stop()` gives back the buffers and the idle
//! channel, and `mem::forget` leaves the engine running on memory that is never freed.
//!
//! [`DmaChannel`]: super::DmaChannel
//! [`Transfer`]: super::Transfer

mod double;
// Not under Miri: a single-threaded check of arithmetic, millions of calls. Only with `std`,
// so that CI's eight feature sets run it three times rather than eight.
#[cfg(all(test, feature = "std", not(miri)))]
mod model;
mod position;
mod ring;
pub(crate) mod shared;

use super::{DmaChannel, Job};

pub use double::{DoubleBuffer, Lent};
pub use ring::{Receive, Ring, RingReader, RingWriter, Transmit};

/// A [`DmaChannel`] that can run a job in circular mode, and tell where its engine is.
///
/// A circular job wraps around its buffer forever: after the last word it goes on with the
/// first, until it is stopped or faults. [`RingReader`] and [`RingWriter`] build the safe API on
/// it; the simulator's [`SimChannel`](crate::sim::SimChannel) implements it.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::{CircularChannel, RingReader};
///
/// /// A driver that receives a stream on any HAL's circular byte channel.
/// fn receive<C: CircularChannel<Word = u8>>(channel: C) -> RingReader<Box<[u8; 32]>, C> {
///     RingReader::start(Box::new([0; 32]), channel)
/// }
///
/// let channel = SimChannel::<u8>::new();
/// channel.peripheral().receive(b"abc");
/// let rx = receive(channel);
/// while rx.channel().position().index < 3 {}
/// assert_eq!(rx.channel().position().lap, 0);
/// # }
/// ```
///
/// # What a HAL provides
///
/// `position` must be a consistent snapshot of the engine's word counter and of a lap count.
/// On STM32 (DMA streams in circular mode, direct mode), `index` is `len - NDTR` and `lap`
/// a counter that the transfer-complete interrupt increments; `position` reads the counter,
/// `NDTR`, then the counter again (and the pending transfer-complete flag), and retries
/// until they agree, counting a pending flag as one more lap. The interrupt must never be held
/// off for a whole lap, or laps are lost: a HAL that cannot rule that out must instead stop
/// the stream and report a fault. With the FIFO enabled, `NDTR` counts words taken from the
/// peripheral, some of which may still sit in the FIFO: `index` must then not count them. On
/// rp2040, a ring (`RING_SIZE`) with a second channel chained to re-arm the first gives the
/// index from `WRITE_ADDR` and the lap from the re-arm count. In the simulator, it is the
/// word counter divided by the ring's length. On a core with a data cache (Cortex-M7), the
/// ring must be in memory the MPU marks non-cacheable: the program reads words while the
/// engine writes, so no cache maintenance at the start and end of a job can help.
///
/// # Safety
///
/// An implementer promises everything [`DmaChannel`] promises, and for a job started with
/// [`start_circular`](Self::start_circular):
/// - the hardware accesses only the `len` words the job describes, word `k` of the stream at
///   slot `k % len`, in order, and nothing else;
/// - [`status`](DmaChannel::status) returns `Busy` until the job is stopped or faults, and
///   [`stop`](DmaChannel::stop) ends it as it ends other jobs;
/// - [`position`](Self::position) returns `index < len`, and `lap` the number of laps the
///   engine completed since the start, modulo 2³². With `p = lap · len + index` (the words
///   moved since the start), at the moment the hardware is read: every word before `p` has
///   been moved completely (a receive's writes are visible to a CPU that then executes
///   `fence(Acquire)`; a transmit's reads are done), and the engine has not begun any word
///   after `p` (word `p` itself may be in progress). Successive positions never go back;
/// - once the job ended, `position` stays where the engine stopped.
pub unsafe trait CircularChannel: DmaChannel {
    /// Starts `job` in circular mode: a [`Job::PeripheralToMemory`] receive or a
    /// [`Job::MemoryToPeripheral`] transmit, of at least one word, repeated until stopped.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use core::sync::atomic::{fence, Ordering};
    ///
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{CircularChannel, DmaChannel, Job};
    ///
    /// let sine: &'static mut [u16; 4] = Box::leak(Box::new([0x8000, 0xffff, 0x8000, 0x0000]));
    /// let mut channel = SimChannel::<u16>::new();
    /// let dac = channel.peripheral();
    /// dac.request(10);
    /// let source = sine.as_mut_ptr().cast_const(); // writable: the simulator reads atomically
    /// fence(Ordering::Release);
    /// // SAFETY: the channel is idle; `sine` is leaked, and not used again; the fence is
    /// // issued.
    /// unsafe { channel.start_circular(Job::MemoryToPeripheral { source, len: 4 }) };
    /// while channel.transferred() < 10 {}
    /// channel.stop();
    /// assert_eq!(dac.transmitted()[8..], [0x8000, 0xffff]);
    /// # }
    /// ```
    ///
    /// A channel that cannot run the job (memory to memory, an empty buffer) reports a
    /// [`Status::Fault`](super::Status::Fault), without touching memory.
    ///
    /// # Safety
    ///
    /// As for [`DmaChannel::start`]: the channel is idle, the memory stays valid (and, for a
    /// receive, accessed by nothing but word accesses that cannot race, as [`RingReader`]'s;
    /// for a send, writable, and written by nothing but such accesses, as [`RingWriter`]'s, since
    /// an engine written in Rust, such as the simulator's, reads it with atomics) until the end
    /// of the job is observed, the CPU's earlier accesses are separated from this
    /// call by `fence(Release)`.
    unsafe fn start_circular(&mut self, job: Job<Self::Word>);

    /// Where the engine is: the lap it is on and the index of its next word in the buffer.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{CircularChannel, Position, RingReader};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"0123456789");
    /// let rx = RingReader::start(Box::new([0u8; 4]), channel);
    /// while rx.channel().transferred() < 10 {}
    /// // Ten bytes in a four-byte ring: two laps done, two bytes into the third.
    /// assert_eq!(rx.channel().position(), Position { lap: 2, index: 2 });
    /// # }
    /// ```
    fn position(&self) -> Position;
}

/// Where a circular engine (or a ring reader or writer) is: `index` into the buffer, on lap
/// `lap`, counted modulo 2³² since the start.
///
/// ```
/// use dma_buffer::transfer::Position;
///
/// let start = Position { lap: 0, index: 0 };
/// assert_eq!(start, Position::default());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    /// The laps completed, wrapping at 2³².
    pub lap: u32,
    /// The next word's index in the buffer: below the buffer's length.
    pub index: usize,
}

/// A [`DmaChannel`] that can queue a job to run after the current one, and halts when none
/// is queued: the hardware side of [`DoubleBuffer`].
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::{DoubleBuffer, DoubleBufferChannel};
///
/// /// A driver that samples any HAL's 16-bit ADC into two halves, ping-pong.
/// fn sample<C: DoubleBufferChannel<Word = u16>>(channel: C) -> DoubleBuffer<Vec<u16>, C> {
///     DoubleBuffer::write(vec![0; 64], vec![0; 64], channel)
/// }
///
/// let double = sample(SimChannel::<u16>::new());
/// assert_eq!(double.channel().completed(), 0); // no sample arrived
/// # }
/// ```
///
/// # What a HAL provides
///
/// On rp2040, two channels chained to each other: queueing writes the idle channel's
/// address and count, then re-enables its chain trigger, and checks afterwards that the busy
/// one is still busy (else the chain had already ended: `false`). A descriptor-based engine
/// (a linked list whose last descriptor has no successor) queues by linking the next
/// descriptor and checks whether the engine had already stopped. STM32's double-buffer mode
/// does not qualify (see the [module docs](self#zero-copy-only-where-the-engine-provably-stays-out)).
///
/// # Safety
///
/// An implementer promises everything [`DmaChannel`] promises, for each job of a chain: the
/// first started with [`start_chain`](Self::start_chain), the others queued, and:
/// - when a job completes and a job was queued in time (given to `start_chain`, or `queue`
///   returned `true`), the engine
///   starts that one; when none was, the engine halts: the chain has ended, `status` is no
///   longer `Busy`, and no job of it accesses memory again;
/// - [`completed`](Self::completed) counts the jobs of the chain that completed, modulo 2³²;
///   once it counts a job, the hardware never accesses that job's memory again, and the
///   job's writes are visible to a CPU that then executes `fence(Acquire)`; once `status` was
///   seen not `Busy` and `fence(Acquire)` followed, `completed` counts every job the chain
///   completed (a [`DoubleBuffer`] then tells a buffer finished just before a fault from the
///   one the fault cut short);
/// - `queue` returns `false` only if the chain had ended (as if `status` had been observed
///   not `Busy`; `status` then tells how), and then leaves the job's memory untouched;
/// - `stop` ends the running and the queued job.
pub unsafe trait DoubleBufferChannel: DmaChannel {
    /// Starts `first` as the first job of a chain, with `next`, if any, queued behind it; the
    /// chain's completion count starts at zero.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use core::sync::atomic::{fence, Ordering};
    ///
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{DmaChannel, DoubleBufferChannel, Job};
    ///
    /// static PING: [u8; 2] = *b"pi";
    /// static PONG: [u8; 2] = *b"ng";
    /// let mut channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// fence(Ordering::Release);
    /// // SAFETY: the channel is idle; the buffers are never written; the fence is issued.
    /// unsafe {
    ///     channel.start_chain(
    ///         Job::MemoryToPeripheral { source: PING.as_ptr(), len: 2 },
    ///         Some(Job::MemoryToPeripheral { source: PONG.as_ptr(), len: 2 }),
    ///     )
    /// };
    /// while !channel.status().is_ended() {}
    /// fence(Ordering::Acquire);
    /// assert_eq!(channel.completed(), 2);
    /// assert_eq!(uart.transmitted(), b"ping");
    /// # }
    /// ```
    ///
    /// # Safety
    ///
    /// As for [`DmaChannel::start`], for both jobs.
    unsafe fn start_chain(&mut self, first: Job<Self::Word>, next: Option<Job<Self::Word>>);

    /// Queues `job` to start the moment the running job of the chain completes; `false` if
    /// the chain had already ended, so the job will not run.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{DoubleBufferChannel, Job};
    ///
    /// static MORE: [u8; 1] = [0];
    /// let mut channel = SimChannel::<u8>::new();
    /// // SAFETY: no chain runs, so the job is refused and `MORE` is never touched.
    /// let queued = unsafe { channel.queue(Job::MemoryToPeripheral { source: MORE.as_ptr(), len: 1 }) };
    /// assert!(!queued);
    /// # }
    /// ```
    ///
    /// # Safety
    ///
    /// As for [`DmaChannel::start`], but for the channel's state: no job is queued (the last
    /// queued one has started, which [`completed`](Self::completed) showed by counting the job
    /// before it), and the caller issued `fence(Release)`.
    unsafe fn queue(&mut self, job: Job<Self::Word>) -> bool;

    /// The jobs of the chain that completed, modulo 2³².
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{DoubleBuffer, DoubleBufferChannel};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"abc");
    /// let double = DoubleBuffer::write(Box::new([0u8; 2]), Box::new([0u8; 2]), channel);
    /// while !double.is_ready() {}
    /// assert_eq!(double.channel().completed(), 1); // the first buffer; the second waits
    /// # }
    /// ```
    fn completed(&self) -> u32;
}

/// The engine may have overwritten words before the program read them (or, for a
/// [`DoubleBuffer`], stood still because a buffer came back too late): they are lost, and
/// none of them was handed out.
///
/// ```
/// use dma_buffer::transfer::Overrun;
///
/// assert_eq!(Overrun.to_string(), "DMA overrun: the engine overtook the program");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overrun;

/// The engine may have sent words before the program wrote them: it sent what the buffer
/// held from the lap before.
///
/// ```
/// use dma_buffer::transfer::Underrun;
///
/// assert_eq!(Underrun.to_string(), "DMA underrun: the engine overtook the program");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Underrun;

impl core::fmt::Display for Overrun {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("DMA overrun: the engine overtook the program")
    }
}

impl core::fmt::Display for Underrun {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("DMA underrun: the engine overtook the program")
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Overrun {}
#[cfg(feature = "std")]
impl std::error::Error for Underrun {}
