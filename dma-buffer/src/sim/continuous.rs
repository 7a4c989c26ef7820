//! Circular and chained (double-buffered) jobs on the simulated engine, and a way to make the
//! program fall behind on purpose.
//!
//! A circular job's thread goes round the buffer until stopped: a receive writes each word as
//! it arrives at the peripheral, a transmit sends one each time the peripheral requests one
//! ([`SimPeripheral::request`]). Both access the ring with the word accesses of
//! [`RingReader`](crate::transfer::RingReader) (atomics of the word's width), and publish
//! their word count with `Release` after each word and fence before touching the next slot,
//! as the [`CircularChannel`] contract asks of hardware. (So a circular transmit's memory must
//! be writable, as a [`RingWriter`](crate::transfer::RingWriter)'s always is: Rust's aliasing
//! models reject atomics on memory reached through a shared reference.) A chain runs its jobs one after the
//! other as one-shot jobs do, takes the queued job under a lock, and halts if there is none.

use std::sync::atomic::{fence, AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::{lock, EngineJob, EngineRun, SimChannel, SimPeripheral, FAULT, IDLE};
use crate::transfer::continuous::shared;
use crate::transfer::{CircularChannel, DmaChannel, DoubleBufferChannel, Job, Position};
use crate::Word;

/// What circular and chained jobs add to a [`SimChannel`].
pub(super) struct Continuous<W> {
    /// The length of the last circular job, which `position` splits the word count by.
    ring_len: usize,
    /// Words the next `position` or `completed` waits for ([`SimChannel::stall_program`]).
    stall: AtomicUsize,
    /// The last chain started.
    chain: Option<Arc<Chain<W>>>,
}

impl<W> Default for Continuous<W> {
    fn default() -> Self {
        Continuous {
            ring_len: 0,
            stall: AtomicUsize::new(0),
            chain: None,
        }
    }
}

/// A chain's registers, shared by the channel and the engine thread.
struct Chain<W> {
    link: Mutex<Link<W>>,
    /// The jobs completed, stored with `Release` after each one's last word.
    completed: AtomicU32,
}

/// The job queued next, and whether the chain ended: changed together, under the lock, so a
/// job is either taken by the engine or refused.
struct Link<W> {
    next: Option<EngineJob<W>>,
    ended: bool,
}

impl<W: Word> SimChannel<W> {
    /// Makes the program fall behind, once: the next call of
    /// [`position`](CircularChannel::position), [`completed`](DoubleBufferChannel::completed)
    /// or [`queue`](DoubleBufferChannel::queue) returns only after the engine moved `words`
    /// more words (or its job or chain ended), as if the program had been held up by an
    /// interrupt that long. (A stall that ends exactly where a job of a chain ends may let the
    /// engine go on to the next job or not: stall past it to make it halt.)
    ///
    /// ```
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{Overrun, RingReader};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let mut rx = RingReader::start(Box::new([0u8; 4]), channel);
    /// uart.receive(b"0123456789");
    /// rx.channel().stall_program(6); // the engine gets six bytes ahead
    /// let mut bytes = [0u8; 4];
    /// assert_eq!(rx.read(&mut bytes), Err(Overrun));
    /// ```
    ///
    /// The stall also ends when the engine waits for the peripheral and the peripheral has
    /// nothing for it: no word received and none requested.
    pub fn stall_program(&self, words: usize) {
        self.continuous.stall.store(words, Ordering::Relaxed);
    }

    /// Waits out a stall set by `stall_program`, for as long as the engine can move words.
    fn stall(&self) {
        let words = self.continuous.stall.swap(0, Ordering::Relaxed);
        let target = self.transferred() + words;
        while words > 0 && self.transferred() < target && !self.status().is_ended() {
            let wire = lock(&self.wire);
            let starved = self
                .engine
                .as_ref()
                .is_some_and(|engine| engine.registers.starved.load(Ordering::Relaxed));
            if starved && wire.incoming.is_empty() && wire.requested == 0 {
                break; // the engine waits for the peripheral, which has nothing for it
            }
        }
    }
}

impl<W: Word> SimPeripheral<W> {
    /// Lets a circular transmit send `words` more words, as a DAC or an I2S peripheral pulls
    /// them: without requests, it waits.
    ///
    /// ```
    /// use dma_buffer::{sim::SimChannel, transfer::RingWriter};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let dac = channel.peripheral();
    /// let tx = RingWriter::start(Box::new([1u8, 2, 3]), channel);
    /// dac.request(5);
    /// while tx.channel().transferred() < 5 {}
    /// assert_eq!(dac.transmitted(), [1, 2, 3, 1, 2]);
    /// ```
    pub fn request(&self, words: usize) {
        lock(&self.wire).requested += words;
    }
}

// SAFETY: a circular job's thread accesses word `k` of the stream at slot `k % len` only, one
// word at a time; it stores its word count with `Release` after each word (so `position`
// followed by `fence(Acquire)` sees every word before it) and fences before the next slot's
// access (so a word access that sees the next word's, followed by `fence(Acquire)`, sees the
// count before it): the position never runs behind a started word, or ahead of a finished
// one. It ends as other jobs do (the `DmaChannel` impl's argument), and its count stays put.
unsafe impl<W: Word> CircularChannel for SimChannel<W> {
    unsafe fn start_circular(&mut self, job: Job<W>) {
        let len = job.len();
        let job = EngineJob(job);
        self.spawn_engine(move |run| run.run_ring(job));
        self.continuous.ring_len = len;
    }

    fn position(&self) -> Position {
        self.stall();
        let moved = self.transferred();
        let len = self.continuous.ring_len.max(1);
        Position {
            // Modulo 2³², as the trait asks.
            lap: (moved / len) as u32,
            index: moved % len,
        }
    }
}

// SAFETY: a chain's thread runs each job as a one-shot job (the `DmaChannel` impl's argument);
// at the end of one, it stores the completion count with `Release` after the job's last word,
// and takes the queued job or marks the chain ended under the same lock that `queue` takes,
// so a queued job either runs next or is refused; it stores the end state under that lock
// too, and the status after the count (`Release` both), so a CPU that saw the end and then
// `fence(Acquire)` sees the final count. Stopping joins the thread, which marks the chain
// ended on its way out.
unsafe impl<W: Word> DoubleBufferChannel for SimChannel<W> {
    unsafe fn start_chain(&mut self, first: Job<W>, next: Option<Job<W>>) {
        let chain = Arc::new(Chain {
            link: Mutex::new(Link {
                next: next.map(EngineJob),
                ended: false,
            }),
            completed: AtomicU32::new(0),
        });
        self.continuous.chain = Some(Arc::clone(&chain));
        let job = EngineJob(first);
        self.spawn_engine(move |run| run.run_chain(job, &chain));
    }

    unsafe fn queue(&mut self, job: Job<W>) -> bool {
        self.stall();
        let Some(chain) = &self.continuous.chain else {
            return false;
        };
        let mut link = lock(&chain.link);
        if link.ended {
            return false;
        }
        link.next = Some(EngineJob(job));
        true
    }

    fn completed(&self) -> u32 {
        self.stall();
        self.continuous
            .chain
            .as_ref()
            .map_or(0, |chain| chain.completed.load(Ordering::Relaxed))
    }
}

impl<W: Word> EngineRun<W> {
    fn run_ring(self, job: EngineJob<W>) {
        let EngineJob(job) = job;
        self.finish(self.move_ring(job));
    }

    /// Goes round `job`'s buffer until stopped ([`IDLE`]) or faulted ([`FAULT`]).
    fn move_ring(&self, job: Job<W>) -> u8 {
        let len = job.len();
        if len == 0 {
            return FAULT;
        }
        let mut moved = 0;
        loop {
            if self.fault_after == Some(moved) {
                return FAULT;
            }
            self.pace();
            let slot = moved % len;
            match job {
                Job::PeripheralToMemory { destination, .. } => {
                    let Some(word) = self.next_incoming() else {
                        return IDLE;
                    };
                    // The count stored before is ordered before the slot's next word.
                    fence(Ordering::Release);
                    // SAFETY: `slot < len`; `start_circular`'s caller leaves the ring to word
                    // accesses.
                    unsafe { shared::store(destination.add(slot), word) };
                }
                Job::MemoryToPeripheral { source, .. } => {
                    if self.wait_for(take_request).is_none() {
                        return IDLE;
                    }
                    // The count stored before is visible before the slot is read, and the
                    // program's writes before its next position read are seen: store-load.
                    fence(Ordering::SeqCst);
                    // SAFETY: `slot < len`; the caller keeps the ring initialized, writable
                    // (an atomic's pointer must be), and written only by word accesses.
                    let word = unsafe { shared::load(source.add(slot)) };
                    self.wire().transmitted.push(word);
                }
                Job::MemoryToMemory { .. } => return FAULT,
            }
            moved += 1;
            self.registers.transferred.store(moved, Ordering::Release);
            // A circular job's progress interrupt: a task awaiting words wakes.
            self.interrupt();
        }
    }

    fn run_chain(self, first: EngineJob<W>, chain: &Chain<W>) {
        let EngineJob(mut job) = first;
        let (mut moved, mut completed) = (0, 0u32);
        let (mut link, end) = loop {
            match self.move_job(job, moved) {
                Err(end) => break (lock(&chain.link), end),
                Ok(total) => {
                    moved = total;
                    completed = completed.wrapping_add(1);
                    let mut link = lock(&chain.link);
                    // After the job's last word: publishes it to whoever acquires.
                    chain.completed.store(completed, Ordering::Release);
                    match link.next.take() {
                        Some(EngineJob(next)) => job = next,
                        None => break (link, IDLE),
                    }
                }
            }
        };
        // Under the lock: a `queue` that finds the chain ended finds its status too. The
        // interrupt after it: a waker that queues a buffer from here must not find it held.
        link.ended = true;
        self.publish_end(end);
        drop(link);
        self.interrupt();
    }
}

/// Takes one of the words a peripheral requested, if any.
fn take_request<W>(wire: &mut super::Wire<W>) -> Option<()> {
    wire.requested = wire.requested.checked_sub(1)?;
    Some(())
}
