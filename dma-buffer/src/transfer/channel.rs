//! The hardware side of a transfer: what a HAL implements for one DMA channel.

use core::mem::size_of;
use core::sync::atomic::{fence, Ordering};
use core::task::Poll;

use crate::{DmaReadBuffer, DmaWriteBuffer, Word};

/// One DMA channel: starts a [`Job`] on the hardware, reports its [`Status`], stops it.
///
/// A HAL implements this trait once per channel type; [`Transfer`](super::Transfer) and the
/// [scoped transfers](super::scope_write) build the safe API on top of it. A driver that is
/// generic over `C: DmaChannel<Word = u8>` can be unit-tested on a laptop with
/// [`SimChannel`](crate::sim::SimChannel) (feature `std`).
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::transfer::{DmaChannel, Transfer};
///
/// /// A driver that sends a frame and waits, for any HAL's byte channel.
/// fn send<C: DmaChannel<Word = u8>>(channel: C, frame: &'static [u8]) -> (C, bool) {
///     match Transfer::read(frame, channel).wait() {
///         Ok((_frame, channel)) => (channel, true),
///         Err(fault) => (fault.channel, false),
///     }
/// }
///
/// // Tested on the host, with a simulated channel.
/// let channel = dma_buffer::sim::SimChannel::<u8>::new();
/// let uart = channel.peripheral();
/// let (_channel, sent) = send(channel, b"ping");
/// assert!(sent);
/// assert_eq!(uart.transmitted(), b"ping");
/// # }
/// ```
///
/// # The word is an associated type
///
/// A channel moves words of one type, [`Word`](Self::Word), fixed by its type rather than
/// chosen per call: the peripheral end of most channels is a data register of one width (a
/// UART's is a byte), and the type then rules out a `u32` buffer at compile time. An engine
/// that can move any width makes its channel type generic (`Channel<W>`, one impl per `W`, or
/// a method that converts `Channel<u8>` into `Channel<u16>`). With an associated type,
/// `Transfer<B, C>` needs no third parameter and a driver writes `C: DmaChannel<Word = u8>`.
///
/// # Idle channels
///
/// [`Transfer`](super::Transfer) and the scopes start their job right away: they take the
/// channel they are given to be idle. Two rules make that true of every channel value that
/// safe code can hold:
/// - the implementer's: a value of the channel type is created idle, and no safe function
///   (of the HAL or any other crate) starts a job on it, hands it out with a job running, or
///   gives a second value access to the same hardware channel (no `Clone`, no `Copy`, no
///   second handle);
/// - [`start`](Self::start)'s caller's: the end of the job it started is observed, through
///   [`status`](Self::status) or [`stop`](Self::stop), before the channel is handed to any
///   other code. Every transfer and scope of this crate does so before it gives the channel
///   back.
///
/// [`SimChannel`](crate::sim::SimChannel) panics if a job is started while one runs.
///
/// # Safety
///
/// An implementer promises the implementer's rule under [Idle channels](#idle-channels)
/// above, and for every `job` passed to [`start`](Self::start):
/// - the hardware accesses only the memory the job describes: it reads at most `len` words at
///   `source` and writes at most `len` whole words at `destination`, and nothing else (in
///   particular nothing inside the channel value, which is moved while the job runs);
/// - [`status`](Self::status) returns [`Status::Busy`] as long as the hardware may still
///   access that memory;
/// - once `status` has returned anything else for the job, or [`stop`](Self::stop) has
///   returned or unwound, the hardware never accesses that memory again, and its writes are
///   visible to a CPU that then executes `fence(Acquire)` (if the memory is cached, the
///   channel does the cache maintenance);
/// - `stop` may be called at any time, also when the channel is idle or was never started.
///
/// The channel need not order the CPU's memory accesses: the callers issue the fences.
pub unsafe trait DmaChannel {
    /// The word the channel moves per beat.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{scope_read, DmaChannel};
    ///
    /// /// A 16-bit SPI driver: its channel moves the data register's width.
    /// fn spi_send<C>(channel: &mut C, words: &[u16]) -> Result<(), C::Error>
    /// where
    ///     C: DmaChannel<Word = u16>,
    /// {
    ///     scope_read(channel, words, |tx| tx.wait())
    /// }
    ///
    /// let mut channel = SimChannel::<u16>::new();
    /// let spi = channel.peripheral();
    /// spi_send(&mut channel, &[0x8001, 0x0203]).unwrap();
    /// assert_eq!(spi.transmitted(), [0x8001, 0x0203]);
    /// // `spi_send(&mut SimChannel::<u8>::new(), ..)` fails to build: the words differ.
    /// # }
    /// ```
    type Word: Word;

    /// Why a job ended early: a bus error, a FIFO error, a job the channel cannot do, …
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use std::fmt::Display;
    ///
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{scope_read, DmaChannel};
    ///
    /// /// A driver that reports any HAL's error in its own words.
    /// fn send<C>(channel: &mut C, frame: &[u8]) -> Result<(), String>
    /// where
    ///     C: DmaChannel<Word = u8>,
    ///     C::Error: Display,
    /// {
    ///     scope_read(channel, frame, |tx| tx.wait()).map_err(|error| format!("send: {error}"))
    /// }
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// channel.set_fault_after(Some(2));
    /// let error = send(&mut channel, b"ping").unwrap_err();
    /// assert_eq!(error, "send: simulated DMA bus error after 2 words");
    /// # }
    /// ```
    type Error;

    /// Starts `job`. The hardware runs it in the background until it completes, faults or is
    /// stopped.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use core::sync::atomic::{fence, Ordering};
    ///
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{DmaChannel, Job};
    ///
    /// static FRAME: [u8; 4] = *b"ping";
    /// let mut channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// fence(Ordering::Release);
    /// // SAFETY: the channel never ran a job; `FRAME` is never written; the fence is issued.
    /// unsafe { channel.start(Job::MemoryToPeripheral { source: FRAME.as_ptr(), len: 4 }) };
    /// while !channel.status().is_ended() {}
    /// fence(Ordering::Acquire);
    /// assert_eq!(uart.transmitted(), b"ping");
    /// # }
    /// ```
    ///
    /// A channel that cannot run a job (a direction it lacks, a length beyond its counter)
    /// reports that through `status` as a [`Status::Fault`], without touching memory.
    ///
    /// # Safety
    ///
    /// The caller guarantees that:
    /// - the channel is idle: no job was started, or the last one's end was observed through
    ///   `status` or `stop`;
    /// - the end of this job is observed the same way before the channel is handed to any other
    ///   code, [`Transfer`](super::Transfer) and the scopes included, which take it to be idle
    ///   (see [Idle channels](DmaChannel#idle-channels));
    /// - until the end of this job is observed the same way, the memory it describes stays
    ///   valid, the destination is accessed by nothing else, and the source is not written;
    /// - the destination is valid for every bit pattern written as `Self::Word`;
    /// - the CPU's accesses to that memory before this call are separated from it by
    ///   `fence(Release)`.
    unsafe fn start(&mut self, job: Job<Self::Word>);

    /// Whether the hardware may still access the memory of the current job.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{scope_write, DmaChannel, Status};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// assert_eq!(channel.status(), Status::Idle); // no job started yet
    /// let mut reply = [0u8; 4];
    /// scope_write(&mut channel, &mut reply, |rx| {
    ///     // Nothing arrives at the peripheral: the job waits for it.
    ///     assert_eq!(rx.channel().status(), Status::Busy);
    /// });
    /// assert_eq!(channel.status(), Status::Idle); // stopped at the end of the scope
    /// # }
    /// ```
    fn status(&self) -> Status<Self::Error>;

    /// Stops the current job, and returns once the hardware will no longer access its memory.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use core::sync::atomic::{fence, Ordering};
    ///
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{DmaChannel, Job};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"ok");
    /// let mut line = [0u8; 4];
    /// fence(Ordering::Release);
    /// // SAFETY: the channel never ran a job; `line` is not used until the job is stopped;
    /// // the fence is issued.
    /// unsafe {
    ///     channel.start(Job::PeripheralToMemory { destination: line.as_mut_ptr(), len: 4 })
    /// };
    /// while channel.transferred() < 2 {}
    /// channel.stop(); // a short line: the other two bytes never come
    /// fence(Ordering::Acquire);
    /// assert_eq!(line, *b"ok\0\0");
    /// # }
    /// ```
    ///
    /// Does nothing if no job is running.
    fn stop(&mut self);
}

/// What a [`DmaChannel`] is asked to do: a run of `len` words between memory and its
/// peripheral, or between two places in memory.
///
/// ```
/// use dma_buffer::transfer::Job;
///
/// let bytes = [1u8, 2, 3];
/// let job = Job::MemoryToPeripheral { source: bytes.as_ptr(), len: 3 };
/// assert_eq!(job.len(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job<W> {
    /// Read `len` words from memory at `source` and send them to the peripheral (a TX).
    MemoryToPeripheral {
        /// The first word the hardware reads.
        source: *const W,
        /// The number of words.
        len: usize,
    },
    /// Receive `len` words from the peripheral and write them to memory at `destination` (an
    /// RX).
    PeripheralToMemory {
        /// Where the hardware writes the first word.
        destination: *mut W,
        /// The number of words.
        len: usize,
    },
    /// Copy `len` words from `source` to `destination`, both in memory.
    MemoryToMemory {
        /// The first word the hardware reads.
        source: *const W,
        /// Where the hardware writes the first word.
        destination: *mut W,
        /// The number of words.
        len: usize,
    },
}

/// Memory as `(address, bytes)`.
pub(crate) type ByteRange = (usize, usize);

impl<W> Job<W> {
    /// The number of words the job moves.
    ///
    /// ```
    /// use dma_buffer::transfer::Job;
    ///
    /// let source = [1u16, 2, 3, 4];
    /// let mut destination = [0u16; 4];
    /// let job = Job::MemoryToMemory {
    ///     source: source.as_ptr(),
    ///     destination: destination.as_mut_ptr(),
    ///     len: 4,
    /// };
    /// assert_eq!(job.len(), 4); // words, not bytes
    /// ```
    pub fn len(&self) -> usize {
        match *self {
            Job::MemoryToPeripheral { len, .. }
            | Job::PeripheralToMemory { len, .. }
            | Job::MemoryToMemory { len, .. } => len,
        }
    }

    /// The memory the job reads and the memory it writes; `None` for a peripheral's side.
    pub(crate) fn byte_ranges(&self) -> (Option<ByteRange>, Option<ByteRange>) {
        let bytes = self.len().saturating_mul(size_of::<W>());
        match *self {
            Job::MemoryToPeripheral { source, .. } => (Some((source as usize, bytes)), None),
            Job::PeripheralToMemory { destination, .. } => {
                (None, Some((destination as usize, bytes)))
            }
            Job::MemoryToMemory {
                source,
                destination,
                ..
            } => (
                Some((source as usize, bytes)),
                Some((destination as usize, bytes)),
            ),
        }
    }

    /// Whether the job moves no word at all.
    ///
    /// ```
    /// use dma_buffer::transfer::Job;
    ///
    /// let mut rx = [0u8; 0];
    /// let job = Job::PeripheralToMemory { destination: rx.as_mut_ptr(), len: 0 };
    /// assert!(job.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Whether a [`DmaChannel`]'s hardware may still access the memory of its job.
///
/// ```
/// use dma_buffer::transfer::Status;
///
/// let status: Status<()> = Status::Idle;
/// assert!(status.is_ended());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status<E> {
    /// The job runs: the hardware may access its memory.
    Busy,
    /// The hardware will not access the memory of a job again: the job completed or was
    /// stopped, or none was started.
    Idle,
    /// The job ended early on an error; the hardware will not access its memory again.
    Fault(E),
}

impl<E> Status<E> {
    /// Whether the hardware is done with the job's memory: anything but [`Status::Busy`].
    ///
    /// ```
    /// use dma_buffer::transfer::Status;
    ///
    /// assert!(!Status::<()>::Busy.is_ended());
    /// // A job that faulted has ended too: its memory is the program's again.
    /// assert!(Status::Fault("bus error").is_ended());
    /// ```
    pub fn is_ended(&self) -> bool {
        !matches!(self, Status::Busy)
    }
}

/// The job that sends `buffer` to the peripheral.
pub(super) fn read_job<B: DmaReadBuffer>(buffer: &B) -> Job<B::Word> {
    let (source, len) = buffer.dma_read_buffer();
    Job::MemoryToPeripheral { source, len }
}

/// The job that receives from the peripheral into `buffer`.
pub(super) fn write_job<B: DmaWriteBuffer>(buffer: &mut B) -> Job<B::Word> {
    let (destination, len) = buffer.dma_write_buffer();
    Job::PeripheralToMemory { destination, len }
}

/// The job that copies `source` into `destination`: as many words as the shorter holds.
pub(super) fn copy_job<S, D>(source: &S, destination: &mut D) -> Job<S::Word>
where
    S: DmaReadBuffer,
    D: DmaWriteBuffer<Word = S::Word>,
{
    let (source, source_len) = source.dma_read_buffer();
    let (destination, destination_len) = destination.dma_write_buffer();
    Job::MemoryToMemory {
        source,
        destination,
        len: source_len.min(destination_len),
    }
}

/// Orders every CPU access to a job's memory before it (the last writes that fill a TX
/// buffer, the last reads of an RX buffer) before the register write that next starts or
/// queues a job on the hardware.
///
/// A `compiler_fence` would only stop the compiler from sinking those accesses past the
/// start; the CPU itself may still hold the data in a write buffer, or let the device
/// write overtake a normal-memory write on another bus, so the engine could read stale
/// memory. `fence(Release)` is a `DMB` on Cortex-M, which makes the earlier accesses
/// observable by every bus master, the DMA engine included, before any later access (ARM
/// DAI 0321A, §3.2).
pub(super) fn release_to_engine() {
    fence(Ordering::Release);
}

/// Starts `job` after [`release_to_engine`].
///
/// # Safety
///
/// As for [`DmaChannel::start`], except for the fence, which this function issues.
pub(super) unsafe fn start_fenced<C: DmaChannel>(channel: &mut C, job: Job<C::Word>) {
    release_to_engine();
    // SAFETY: the caller's promises, with the fence just issued.
    unsafe { channel.start(job) }
}

/// Orders the CPU's next accesses to a job's memory after the observed end of the job.
///
/// The CPU observed the end by reading a status register, or `stop` returned after doing so.
/// Without an acquire fence, the CPU (or the compiler, were this only a `compiler_fence`) may
/// perform a read of the buffer before that status read, and see data older than what the
/// engine wrote; `fence(Acquire)`, a `DMB` on Cortex-M, keeps every later access after it.
pub(super) fn acquire_ended() {
    fence(Ordering::Acquire);
}

/// Whether the channel's job ended (`Err` on a fault); once it has, the CPU is ordered after it.
pub(super) fn poll_ended<C: DmaChannel>(channel: &C) -> Poll<Result<(), C::Error>> {
    let outcome = match channel.status() {
        Status::Busy => return Poll::Pending,
        Status::Idle => Ok(()),
        Status::Fault(error) => Err(error),
    };
    acquire_ended();
    Poll::Ready(outcome)
}

/// Spins until the channel's job ended, then orders the CPU after it: `Err` on a fault.
pub(super) fn wait_ended<C: DmaChannel>(channel: &C) -> Result<(), C::Error> {
    loop {
        if let Poll::Ready(outcome) = poll_ended(channel) {
            return outcome;
        }
        core::hint::spin_loop();
    }
}

/// Stops the channel's job, then orders the CPU after it.
pub(super) fn stop_ended<C: DmaChannel>(channel: &mut C) {
    channel.stop();
    acquire_ended();
}
