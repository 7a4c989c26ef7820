//! A DMA engine simulated on the host, to test transfers and drivers without hardware.
//!
//! [`SimChannel`] is a [`DmaChannel`] whose "hardware" is a thread: each job runs on its own
//! thread, which reads and writes the buffer's words through the raw pointers of the
//! [`Job`], one word at a time, concurrently with the program, exactly as an engine would.
//! [`SimPeripheral`] is the other end of the wire: it feeds the words a peripheral receives
//! and records the words it was sent.
//!
//! ```
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::transfer::{scope_read, scope_write};
//!
//! let mut channel = SimChannel::<u8>::new();
//! let uart = channel.peripheral();
//!
//! uart.receive(b"ping");
//! let mut request = [0u8; 4];
//! scope_write(&mut channel, &mut request, |rx| rx.wait()).unwrap();
//! assert_eq!(&request, b"ping");
//!
//! scope_read(&mut channel, b"pong", |tx| tx.wait()).unwrap();
//! assert_eq!(uart.transmitted(), b"pong");
//! ```
//!
//! # Synchronization, and what it checks
//!
//! The program and the engine thread share only atomics, a mutex for the wire, and the
//! buffer. Starting a job spawns its thread, which orders everything before the start; the
//! engine publishes the end of a job with a `Release` store, and [`status`](DmaChannel::status)
//! reads it with a `Relaxed` load, as a status register read would be. So a driver that
//! reads the buffer after seeing the end without `fence(Acquire)` races with the engine's
//! writes, and Miri reports it; [`Transfer`](crate::transfer::Transfer) and the scopes fence.
//! Stopping a job joins its thread. After publishing the end of a job (completed, faulted or
//! stopped), the engine wakes the waker registered through [`AsyncDmaChannel`], as an
//! interrupt handler would, so `transfer.await` runs on the host under [`block_on`].
//!
//! The simulator runs under Miri, pacing included: with Miri's default isolation its clock is
//! virtual, so an engine sleeping [`set_word_delay`](SimChannel::set_word_delay) between words
//! costs no real time. With no delay the engine yields to the program between words.
//!
//! # Continuous jobs
//!
//! A `SimChannel` is also a [`CircularChannel`](crate::transfer::CircularChannel) and a
//! [`DoubleBufferChannel`](crate::transfer::DoubleBufferChannel). A circular receive writes
//! each word as it arrives, a circular transmit sends one word per
//! [`SimPeripheral::request`], both with atomic word accesses, as the ring readers and writers
//! use (so a circular transmit's memory must be writable); a chain halts when no job is
//! queued behind the one that completes. [`SimChannel::stall_program`] makes the program fall
//! behind on purpose, to force overruns.

use std::collections::VecDeque;
use std::error::Error;
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::Waker;
use std::thread::{self, JoinHandle};
use std::time::Duration;
use std::vec::Vec;

use crate::transfer::{AsyncDmaChannel, DmaChannel, Job, Status, WakerSlot};
use crate::Word;

mod continuous;
mod executor;

pub use executor::block_on;

/// A simulated DMA channel moving words `W` between memory and a [`SimPeripheral`].
///
/// ```
/// use std::time::Duration;
/// use dma_buffer::{sim::SimChannel, transfer::Transfer};
///
/// let mut channel = SimChannel::<u8>::new();
/// channel.set_word_delay(Duration::from_micros(10)); // about 1 Mbaud
/// let uart = channel.peripheral();
/// let transfer = Transfer::read(b"slow", channel);
/// let (_, channel) = transfer.wait().unwrap();
/// assert_eq!(uart.transmitted(), b"slow");
/// assert_eq!(channel.transferred(), 4);
/// ```
///
/// # Panics
///
/// [`DmaChannel::start`] panics if the previous job still runs: its caller broke the rule that
/// the end of a job is observed before the channel is used again (see
/// [Idle channels](DmaChannel#idle-channels)).
pub struct SimChannel<W: Word> {
    wire: Arc<Mutex<Wire<W>>>,
    word_delay: Duration,
    fault_after: Option<usize>,
    /// The current or last job; `None` before the first.
    engine: Option<Engine>,
    /// Woken by the engine thread when a job ends, as an interrupt handler would.
    waker: Arc<WakerSlot>,
    /// What circular and chained jobs add.
    continuous: continuous::Continuous<W>,
}

/// The peripheral end of a [`SimChannel`]: words arriving from outside, and words sent.
///
/// Clones share the same wire.
///
/// ```
/// use dma_buffer::{sim::SimChannel, transfer::scope_write};
///
/// let mut channel = SimChannel::<u16>::new();
/// let adc = channel.peripheral();
/// adc.receive(&[100, 200, 300]);
/// assert_eq!(adc.pending(), 3);
/// let mut samples = [0u16; 2];
/// scope_write(&mut channel, &mut samples, |rx| rx.wait()).unwrap();
/// assert_eq!((samples, adc.pending()), ([100, 200], 1));
/// ```
#[derive(Clone)]
pub struct SimPeripheral<W: Word> {
    wire: Arc<Mutex<Wire<W>>>,
}

/// The simulated bus error of [`SimChannel::set_fault_after`].
///
/// ```
/// use dma_buffer::{sim::SimChannel, transfer::scope_read};
///
/// let mut channel = SimChannel::<u8>::new();
/// channel.set_fault_after(Some(1));
/// let error = scope_read(&mut channel, b"xyz", |tx| tx.wait()).unwrap_err();
/// assert_eq!(error.after_words, 1);
/// assert_eq!(error.to_string(), "simulated DMA bus error after 1 words");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SimFault {
    /// The words the job moved before the error.
    pub after_words: usize,
}

impl fmt::Display for SimFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "simulated DMA bus error after {} words",
            self.after_words
        )
    }
}

impl Error for SimFault {}

struct Wire<W> {
    incoming: VecDeque<W>,
    transmitted: Vec<W>,
    /// Words a circular transmit may still send (`SimPeripheral::request`).
    requested: usize,
}

/// One job's thread and the registers it shares with the channel.
struct Engine {
    registers: Arc<Registers>,
    /// `None` once joined.
    thread: Option<JoinHandle<()>>,
    /// `fault_after` as it was when the job started.
    fault_after: Option<usize>,
}

/// What a real channel keeps in its registers.
#[derive(Default)]
struct Registers {
    /// [`BUSY`], [`IDLE`] or [`FAULT`]; set last by the engine, with `Release`.
    state: AtomicU8,
    /// Set by `stop`; the engine checks it before every word.
    abort: AtomicBool,
    /// Words moved so far, like a DMA's transfer counter.
    transferred: AtomicUsize,
    /// Whether the engine found nothing on the wire the last time it looked.
    starved: AtomicBool,
}

const IDLE: u8 = 0;
const BUSY: u8 = 1;
const FAULT: u8 = 2;

/// A job handed to the engine thread.
struct EngineJob<W>(Job<W>);

// SAFETY: the pointers are used by the engine thread only, and `DmaChannel::start`'s caller
// guarantees the memory is valid and left to the engine until the end of the job is observed,
// which the engine publishes last. `W: Word` is plain data.
unsafe impl<W: Word> Send for EngineJob<W> {}

impl<W: Word> SimChannel<W> {
    /// A channel with no word delay and no fault, and an empty wire.
    ///
    /// ```
    /// let channel = dma_buffer::sim::SimChannel::<u32>::new();
    /// assert_eq!(channel.transferred(), 0);
    /// ```
    pub fn new() -> Self {
        SimChannel {
            wire: Arc::new(Mutex::new(Wire {
                incoming: VecDeque::new(),
                transmitted: Vec::new(),
                requested: 0,
            })),
            word_delay: Duration::ZERO,
            fault_after: None,
            engine: None,
            waker: Arc::default(),
            continuous: continuous::Continuous::default(),
        }
    }

    /// The peripheral end of this channel's wire.
    ///
    /// ```
    /// let channel = dma_buffer::sim::SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// uart.receive(b"x");
    /// assert_eq!(channel.peripheral().pending(), 1);
    /// ```
    pub fn peripheral(&self) -> SimPeripheral<W> {
        SimPeripheral {
            wire: Arc::clone(&self.wire),
        }
    }

    /// Makes the engine sleep `delay` before each word of the next jobs; zero (the default)
    /// only yields to the other threads.
    ///
    /// ```
    /// # use std::time::Duration;
    /// let mut channel = dma_buffer::sim::SimChannel::<u8>::new();
    /// channel.set_word_delay(Duration::from_micros(87)); // 115200 baud
    /// ```
    pub fn set_word_delay(&mut self, delay: Duration) {
        self.word_delay = delay;
    }

    /// Makes the next jobs end on a [`SimFault`] after moving `words` words (if they are
    /// longer); `None` (the default) never faults.
    ///
    /// ```
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// channel.set_fault_after(Some(0));
    /// let fault = Transfer::read(b"abc", channel).wait().unwrap_err();
    /// assert_eq!(fault.error.after_words, 0);
    /// assert!(fault.channel.peripheral().transmitted().is_empty());
    /// ```
    pub fn set_fault_after(&mut self, words: Option<usize>) {
        self.fault_after = words;
    }

    /// The words the current or last job moved so far, like a DMA's transfer counter.
    ///
    /// ```
    /// use dma_buffer::{sim::SimChannel, transfer::scope_read};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// scope_read(&mut channel, b"four", |tx| tx.wait()).unwrap();
    /// assert_eq!(channel.transferred(), 4);
    /// ```
    pub fn transferred(&self) -> usize {
        self.engine.as_ref().map_or(0, |engine| {
            engine.registers.transferred.load(Ordering::Relaxed)
        })
    }
}

impl<W: Word> Default for SimChannel<W> {
    fn default() -> Self {
        Self::new()
    }
}

impl<W: Word> fmt::Debug for SimChannel<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SimChannel")
            .field("word_delay", &self.word_delay)
            .field("fault_after", &self.fault_after)
            .field("status", &self.status())
            .field("transferred", &self.transferred())
            .finish_non_exhaustive()
    }
}

// SAFETY: the engine thread accesses exactly the job's words, one at a time; it publishes the
// end of a job (completion or fault) with a `Release` store after its last access, and
// `stop` joins it, so after `status` returned anything but `Busy` (then `fence(Acquire)`), or
// `stop` returned, it never touches the memory again. The thread holds no pointer into the
// channel value, which may move.
unsafe impl<W: Word> DmaChannel for SimChannel<W> {
    type Word = W;
    type Error = SimFault;

    unsafe fn start(&mut self, job: Job<W>) {
        let job = EngineJob(job);
        self.spawn_engine(move |run| run.run(job));
    }

    fn status(&self) -> Status<SimFault> {
        let Some(engine) = &self.engine else {
            return Status::Idle;
        };
        // `Relaxed`, like a register read: ordering the buffer after it is the caller's
        // `fence(Acquire)`.
        match engine.registers.state.load(Ordering::Relaxed) {
            BUSY => {
                // Callers poll in a loop: let the engine run.
                thread::yield_now();
                Status::Busy
            }
            FAULT => Status::Fault(SimFault {
                after_words: engine.fault_after.unwrap_or_default(),
            }),
            _ => Status::Idle,
        }
    }

    fn stop(&mut self) {
        let Some(engine) = &mut self.engine else {
            return;
        };
        engine.registers.abort.store(true, Ordering::Relaxed);
        let Some(thread) = engine.thread.take() else {
            return;
        };
        // Called from the engine's own interrupt, by a waker that drops the transfer (or
        // stops it and starts the next job): the engine is this very thread, which joining
        // would deadlock. It has published the end of its job already, or is between two words
        // of a continuous job and sees the abort above before it touches memory again, so
        // nothing accesses the job's memory once this returns: the job has ended, as `status`
        // then says (a new job gets registers of its own), and the thread ends by itself.
        if thread.thread().id() == thread::current().id() {
            engine.registers.state.store(IDLE, Ordering::Release);
            return;
        }
        if let Err(panic) = thread.join() {
            std::panic::resume_unwind(panic);
        }
    }
}

// SAFETY: registering touches only the waker slot, never the job or the engine; the engine
// wakes the slot after publishing the end of every job (`EngineRun::interrupt`).
unsafe impl<W: Word> AsyncDmaChannel for SimChannel<W> {
    fn register_waker(&mut self, waker: &Waker) {
        self.waker.register(waker);
    }
}

impl<W: Word> SimChannel<W> {
    /// Starts a job's thread, running `body`, after reaping the previous job's.
    ///
    /// # Panics
    ///
    /// If the previous job still runs: see [Idle channels](DmaChannel#idle-channels).
    fn spawn_engine(&mut self, body: impl FnOnce(EngineRun<W>) + Send + 'static) {
        assert!(
            self.status().is_ended(),
            "a job was started on a busy channel: `DmaChannel::start`'s caller must observe the \
             end of its job before the channel is used again"
        );
        // A previous job has ended (the caller observed it): reap its thread.
        self.stop();
        let registers = Arc::new(Registers {
            state: AtomicU8::new(BUSY),
            ..Registers::default()
        });
        let run = EngineRun {
            registers: Arc::clone(&registers),
            wire: Arc::clone(&self.wire),
            word_delay: self.word_delay,
            fault_after: self.fault_after,
            waker: Arc::clone(&self.waker),
        };
        let thread = thread::spawn(move || body(run));
        self.engine = Some(Engine {
            registers,
            thread: Some(thread),
            fault_after: self.fault_after,
        });
    }
}

impl<W: Word> Drop for SimChannel<W> {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Everything a job's thread needs, besides the job.
struct EngineRun<W> {
    registers: Arc<Registers>,
    wire: Arc<Mutex<Wire<W>>>,
    word_delay: Duration,
    fault_after: Option<usize>,
    waker: Arc<WakerSlot>,
}

impl<W: Word> EngineRun<W> {
    fn run(self, job: EngineJob<W>) {
        let EngineJob(job) = job;
        let end = self.move_job(job, 0).err().unwrap_or(IDLE);
        self.finish(end);
    }

    /// Ends the job with status `end` ([`IDLE`] or [`FAULT`]), after its last access to the
    /// job's memory; then interrupts.
    fn finish(&self, end: u8) {
        self.publish_end(end);
        self.interrupt();
    }

    /// Stores the job's end status `end`, which publishes the engine's accesses before it to
    /// whoever acquires it.
    fn publish_end(&self, end: u8) {
        self.registers.state.store(end, Ordering::Release);
    }

    /// Moves the words of `job`, after `moved` words of the jobs chained before it: the words
    /// moved in all, or how it ended early ([`IDLE`] if stopped, [`FAULT`]).
    fn move_job(&self, job: Job<W>, moved: usize) -> Result<usize, u8> {
        for index in 0..job.len() {
            if self.fault_after == Some(moved + index) {
                return Err(FAULT);
            }
            self.pace();
            if !self.move_word(job, index) {
                return Err(IDLE);
            }
            self.registers
                .transferred
                .store(moved + index + 1, Ordering::Relaxed);
        }
        Ok(moved + job.len())
    }

    /// The end-of-job interrupt: after the end is visible through `status`, as
    /// [`AsyncDmaChannel`] asks; for a completion, a fault and a stop alike.
    fn interrupt(&self) {
        self.waker.wake();
    }

    /// Waits between words, as a peripheral's data rate would.
    fn pace(&self) {
        if self.word_delay.is_zero() {
            thread::yield_now();
        } else {
            thread::sleep(self.word_delay);
        }
    }

    fn aborted(&self) -> bool {
        self.registers.abort.load(Ordering::Relaxed)
    }

    /// Moves word `index` of `job`; `false` if the job was stopped first.
    fn move_word(&self, job: Job<W>, index: usize) -> bool {
        match job {
            Job::MemoryToPeripheral { source, .. } => {
                if self.aborted() {
                    return false;
                }
                // SAFETY: `index < len`, and `start`'s caller keeps the source readable.
                let word = unsafe { source.add(index).read() };
                self.wire().transmitted.push(word);
            }
            Job::PeripheralToMemory { destination, .. } => {
                let Some(word) = self.next_incoming() else {
                    return false;
                };
                // SAFETY: `index < len`, and `start`'s caller leaves the destination to us.
                unsafe { destination.add(index).write(word) };
            }
            Job::MemoryToMemory {
                source,
                destination,
                ..
            } => {
                if self.aborted() {
                    return false;
                }
                // SAFETY: as in the two arms above.
                unsafe { destination.add(index).write(source.add(index).read()) };
            }
        }
        true
    }

    /// The next word from the peripheral, waiting for one to arrive; `None` if stopped.
    fn next_incoming(&self) -> Option<W> {
        self.wait_for(|wire| wire.incoming.pop_front())
    }

    /// Waits until `take` takes something from the wire; `None` if stopped first.
    fn wait_for<T>(&self, mut take: impl FnMut(&mut Wire<W>) -> Option<T>) -> Option<T> {
        loop {
            if self.aborted() {
                return None;
            }
            if let Some(taken) = take(&mut self.wire()) {
                self.registers.starved.store(false, Ordering::Relaxed);
                return Some(taken);
            }
            self.registers.starved.store(true, Ordering::Relaxed);
            self.pace();
        }
    }

    fn wire(&self) -> MutexGuard<'_, Wire<W>> {
        lock(&self.wire)
    }
}

impl<W: Word> SimPeripheral<W> {
    /// Words arriving at the peripheral from outside, for receive jobs to deliver.
    ///
    /// ```
    /// let channel = dma_buffer::sim::SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"\x02data\x03");
    /// ```
    pub fn receive(&self, words: &[W]) {
        lock(&self.wire).incoming.extend(words);
    }

    /// The words received that no job has taken yet.
    ///
    /// ```
    /// let channel = dma_buffer::sim::SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// uart.receive(b"ab");
    /// assert_eq!(uart.pending(), 2);
    /// ```
    pub fn pending(&self) -> usize {
        lock(&self.wire).incoming.len()
    }

    /// Every word the engine read and sent to the peripheral so far, in order.
    ///
    /// ```
    /// use dma_buffer::{sim::SimChannel, transfer::scope_read};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// scope_read(&mut channel, b"a", |tx| tx.wait()).unwrap();
    /// scope_read(&mut channel, b"b", |tx| tx.wait()).unwrap();
    /// assert_eq!(uart.transmitted(), b"ab");
    /// ```
    pub fn transmitted(&self) -> Vec<W> {
        lock(&self.wire).transmitted.clone()
    }
}

impl<W: Word + fmt::Debug> fmt::Debug for SimPeripheral<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let wire = lock(&self.wire);
        f.debug_struct("SimPeripheral")
            .field("incoming", &wire.incoming)
            .field("transmitted", &wire.transmitted)
            .finish()
    }
}

/// Locks the simulator's wire or a chain's link; a panic elsewhere does not leave either
/// inconsistent (every update is one call), so poisoning is ignored.
fn lock<T>(state: &Mutex<T>) -> MutexGuard<'_, T> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
