//! The ring reader and writer against a plain reference model, exhaustively for small rings
//! and on long random traces.
//!
//! A [`Scripted`] channel stands in for the engine: each call of `position` moves it to the
//! next word count of a script and performs every access the [`CircularChannel`] contract
//! allows up to there, the word in flight included (written, or read, as early as it may be).
//! So whatever the reader returns as data must be exactly the words the engine wrote, and
//! whatever the engine sent must be what the writer wrote, unless the call reported an
//! overrun or underrun. The reference model counts words with unbounded integers, no laps; the
//! real code goes through `(lap, index)` positions whose lap counter wraps inside the tested
//! range. Since a reader's or writer's whole state is its cursor, checking one call from every
//! cursor and engine position covers every sequence of calls; every sequence of two calls is
//! checked too (capacities up to 3), and the random traces run thousands of calls.
//!
//! `.ci/continuous.sh` rebuilds with a comparison mutated (`--cfg dma_buffer_mutant`) and
//! requires these tests to fail.

extern crate std;

use std::boxed::Box;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::format;
use std::string::String;
use std::vec;
use std::vec::Vec;

use super::{shared, CircularChannel, Overrun, Position, RingReader, RingWriter, Underrun};
use crate::transfer::{DmaChannel, Job, Status};

/// What the engine writes for word `k` of the stream: `k` itself, truncated, distinct within
/// every window the tests look at.
fn tag(word: u64) -> u32 {
    word as u32
}

/// The reader's or engine's position at word `word` of a ring of `capacity` words.
fn position(word: u64, capacity: usize) -> Position {
    let capacity = capacity as u64;
    Position {
        lap: (word / capacity) as u32,
        index: (word % capacity) as usize,
    }
}

/// Word counts at which the lap counter is at `u32::MAX - 1`: the tests start there, so that
/// it wraps to 0 two laps in.
fn near_lap_wrap(capacity: usize) -> u64 {
    (u64::from(u32::MAX) - 1) * capacity as u64
}

/// A circular channel that moves when asked where it is, to the next count of its script.
#[derive(Default)]
struct Scripted {
    ring: Cell<Option<(*mut u32, usize)>>,
    receive: Cell<bool>,
    script: RefCell<VecDeque<u64>>,
    /// The next word the engine accesses.
    next: Cell<u64>,
    /// A transmit's words as sent: the word count and the value read.
    sent: RefCell<Vec<(u64, u32)>>,
}

impl Scripted {
    fn ring(&self) -> (*mut u32, usize) {
        self.ring.get().expect("started")
    }

    /// Moves the engine to `last` (inclusive): the words before it done, `last` in flight and,
    /// adversarially, done too.
    fn run_to(&self, last: u64) {
        let (start, capacity) = self.ring();
        while self.next.get() <= last {
            let word = self.next.get();
            // SAFETY: the slot is inside the ring; the test thread is the only one.
            let slot = unsafe { start.add((word % capacity as u64) as usize) };
            if self.receive.get() {
                // SAFETY: as above.
                unsafe { shared::store(slot, tag(word)) };
            } else {
                // SAFETY: as above; the ring is initialized.
                let value = unsafe { shared::load(slot) };
                self.sent.borrow_mut().push((word, value));
            }
            self.next.set(word + 1);
        }
    }

    /// Puts the engine at word `engine` (its next access), with the ring holding the words
    /// `first..last`.
    fn reset(&self, first: u64, last: u64, engine: u64) {
        let (start, capacity) = self.ring();
        for word in first..last {
            // SAFETY: inside the ring, single-threaded.
            unsafe { shared::store(start.add((word % capacity as u64) as usize), tag(word)) };
        }
        self.next.set(engine);
    }
}

// SAFETY: a test double on one thread; it accesses only the ring it was given, as the
// contract allows (see `run_to`), and never runs a one-shot job.
unsafe impl DmaChannel for Scripted {
    type Word = u32;
    type Error = ();

    unsafe fn start(&mut self, _: Job<u32>) {
        unreachable!("rings start circular jobs only")
    }

    fn status(&self) -> Status<()> {
        Status::Busy
    }

    fn stop(&mut self) {}
}

// SAFETY: as for `DmaChannel`: `position` reports the last word it accessed as in flight.
unsafe impl CircularChannel for Scripted {
    unsafe fn start_circular(&mut self, job: Job<u32>) {
        let (ring, receive) = match job {
            Job::PeripheralToMemory { destination, len } => ((destination, len), true),
            Job::MemoryToPeripheral { source, len } => ((source.cast_mut(), len), false),
            Job::MemoryToMemory { .. } => unreachable!(),
        };
        self.ring.set(Some(ring));
        self.receive.set(receive);
    }

    fn position(&self) -> Position {
        let engine = self.script.borrow_mut().pop_front().expect("scripted");
        self.run_to(engine);
        position(engine, self.ring().1)
    }
}

/// A `'static` ring of `capacity` words, leaked (a few per test).
fn ring(capacity: usize) -> &'static mut [u32] {
    Box::leak(vec![0u32; capacity].into_boxed_slice())
}

/// One call of `read`: the reader at word `reader`, the engine reporting `first` then
/// `second`, into a buffer of `len` words.
#[derive(Clone, Copy, Debug)]
struct ReadCall {
    reader: u64,
    first: u64,
    second: u64,
    len: usize,
}

/// What a read must do, by the definition: every word from the reader's on is intact until
/// the engine begins the word `capacity` later, and the position shows at most which word it
/// may have begun. `Err` (with the word the reader resumes at) if that may have happened
/// before the copy ended.
fn expected_read(call: ReadCall, capacity: usize) -> (Result<Vec<u32>, Overrun>, u64) {
    let capacity = capacity as u64;
    if call.first - call.reader >= capacity {
        return (Err(Overrun), call.first);
    }
    let count = (call.first - call.reader).min(call.len as u64);
    if count == 0 {
        return (Ok(Vec::new()), call.reader);
    }
    if call.second - call.reader >= capacity {
        return (Err(Overrun), call.second);
    }
    let words = (call.reader..call.reader + count).map(tag).collect();
    (Ok(words), call.reader + count)
}

/// Runs `call` on `reader` and checks it against the reference. `fresh`: first puts the
/// reader and the engine at `call.reader`; otherwise they are where earlier calls left them.
fn check_read(
    reader: &mut RingReader<&'static mut [u32], Scripted>,
    call: ReadCall,
    fresh: bool,
) -> Result<u64, String> {
    let capacity = reader.capacity();
    if fresh {
        let oldest = call.reader.saturating_sub(capacity as u64);
        reader.channel().reset(oldest, call.reader, call.reader);
        reader.cursor = position(call.reader, capacity);
    }
    *reader.channel().script.borrow_mut() = [call.first, call.second].into();
    let mut words = vec![u32::MAX; call.len];
    let outcome = reader.read(&mut words).map(|count| words[..count].to_vec());
    let (expected, resumes) = expected_read(call, capacity);
    if outcome != expected || reader.cursor != position(resumes, capacity) {
        return Err(format!(
            "capacity {capacity}, {call:?}: read {outcome:?}, cursor {:?}; \
             expected {expected:?}, cursor {:?}",
            reader.cursor,
            position(resumes, capacity),
        ));
    }
    Ok(resumes)
}

/// One call of `write`: the writer at word `writer`, the engine at `engine` before the call
/// and reporting `first` then `second`, with `len` words to write.
#[derive(Clone, Copy, Debug)]
struct WriteCall {
    writer: u64,
    engine: u64,
    first: u64,
    second: u64,
    len: usize,
}

/// What a write must do, by the definition: the writer may fill a slot once the engine is done
/// with the word a lap before, and must report an underrun if the engine may have begun the
/// writer's word before the writes ended. `Err` (with the word it resumes at) then.
fn expected_write(call: WriteCall, capacity: usize) -> (Result<usize, Underrun>, u64) {
    if call.first >= call.writer {
        return (Err(Underrun), call.first + 1);
    }
    let count = (call.first + capacity as u64 - call.writer).min(call.len as u64);
    if count == 0 {
        return (Ok(0), call.writer);
    }
    if call.second >= call.writer {
        return (Err(Underrun), call.second + 1);
    }
    (Ok(count as usize), call.writer + count)
}

/// Runs `call` on `writer` and checks it against the reference and against what the engine
/// sent: on success, every word sent is the word written for it. `fresh` as for `check_read`.
fn check_write(
    writer: &mut RingWriter<&'static mut [u32], Scripted>,
    call: WriteCall,
    fresh: bool,
) -> Result<u64, String> {
    let capacity = writer.capacity();
    if fresh {
        let oldest = call.writer.saturating_sub(capacity as u64);
        writer.channel().reset(oldest, call.writer, call.engine + 1);
        writer.cursor = position(call.writer, capacity);
    }
    writer.channel().sent.borrow_mut().clear();
    *writer.channel().script.borrow_mut() = [call.first, call.second].into();
    let words: Vec<u32> = (call.writer..call.writer + call.len as u64)
        .map(tag)
        .collect();
    let outcome = writer.write(&words);
    let (expected, resumes) = expected_write(call, capacity);
    let sent = writer.channel().sent.borrow();
    let stale = sent.iter().find(|&&(word, value)| value != tag(word));
    if outcome != expected
        || writer.cursor != position(resumes, capacity)
        || (outcome.is_ok() && stale.is_some())
    {
        return Err(format!(
            "capacity {capacity}, {call:?}: wrote {outcome:?}, cursor {:?}, stale word sent \
             {stale:?}; expected {expected:?}, cursor {:?}",
            writer.cursor,
            position(resumes, capacity),
        ));
    }
    Ok(resumes)
}

fn reader(capacity: usize) -> RingReader<&'static mut [u32], Scripted> {
    RingReader::start(ring(capacity), Scripted::default())
}

fn writer(capacity: usize) -> RingWriter<&'static mut [u32], Scripted> {
    RingWriter::start(ring(capacity), Scripted::default())
}

/// How far the engine may move between two snapshots in the exhaustive checks: every
/// distance up to one more than a lap, and around two laps, where the lap difference alone
/// decides.
fn moves(capacity: usize) -> Vec<u64> {
    let capacity = capacity as u64;
    let mut moves: Vec<u64> = (0..=capacity + 1).collect();
    moves.extend((2 * capacity - 1..=2 * capacity + 1).filter(|&far| far > capacity + 1));
    moves
}

/// Every read by a reader at `reader` with the engine at `engine`: the engine moving by every
/// distance of `moves` before the copy and (where the copy happens) after it, into every
/// buffer length up to one more than the ring.
fn reads_from(capacity: usize, reader: u64, engine: u64) -> Vec<ReadCall> {
    let (moves, mut calls) = (moves(capacity), Vec::new());
    for &moved in &moves {
        let first = engine + moved;
        for len in 0..=capacity + 1 {
            let copies = first - reader < capacity as u64 && (first - reader).min(len as u64) > 0;
            for &more in if copies { &moves[..] } else { &[0][..] } {
                let second = first + more;
                calls.push(ReadCall {
                    reader,
                    first,
                    second,
                    len,
                });
            }
        }
    }
    calls
}

/// Every write by a writer at `writer` with the engine at `engine` (behind it), the engine
/// moving as in `reads_from`, of every length up to one more than the ring.
fn writes_from(capacity: usize, writer: u64, engine: u64) -> Vec<WriteCall> {
    let (moves, mut calls) = (moves(capacity), Vec::new());
    for &moved in &moves {
        let first = engine + moved;
        for len in 0..=capacity + 1 {
            let free = (first + capacity as u64).saturating_sub(writer);
            let copies = first < writer && free.min(len as u64) > 0;
            for &more in if copies { &moves[..] } else { &[0][..] } {
                let second = first + more;
                calls.push(WriteCall {
                    writer,
                    engine,
                    first,
                    second,
                    len,
                });
            }
        }
    }
    calls
}

/// Every read from every reader position over two laps across the lap counter's wrap, the
/// engine at the reader (as a reader leaves it), and every way on from there (`reads_from`).
fn every_read(capacity: usize) -> Vec<ReadCall> {
    let start = near_lap_wrap(capacity) + capacity as u64;
    (start..start + 2 * capacity as u64)
        .flat_map(|reader| reads_from(capacity, reader, reader))
        .collect()
}

/// Every write from every writer position of a lap around the lap counter's wrap (every
/// index, before and after it), from every consistent engine position (1 to `capacity` words
/// behind the writer), and every way on from there (`writes_from`).
fn every_write(capacity: usize) -> Vec<WriteCall> {
    let start = near_lap_wrap(capacity) + 2 * capacity as u64 - capacity as u64 / 2;
    (start..start + capacity as u64)
        .flat_map(|writer| {
            (1..=capacity as u64)
                .flat_map(move |ahead| writes_from(capacity, writer, writer - ahead))
        })
        .collect()
}

/// Every call of `firsts`, each followed by every call `seconds(resumed at, engine at)`
/// lists from where it left the ring: `check` runs a call on `ring` (`true`: from the call's
/// own state; `false`: from where the last call left it).
fn check_every_pair<R, Call: Copy>(
    ring: &mut R,
    firsts: Vec<Call>,
    check: fn(&mut R, Call, bool) -> Result<u64, String>,
    engine: fn(&R) -> u64,
    seconds: impl Fn(u64, u64) -> Vec<Call>,
) {
    for first in firsts {
        let fail = |mismatch| panic!("{mismatch}");
        let resumed = check(ring, first, true).unwrap_or_else(fail);
        for second in seconds(resumed, engine(ring)) {
            check(ring, first, true).unwrap_or_else(fail);
            check(ring, second, false)
                .unwrap_or_else(|mismatch| panic!("after a first call: {mismatch}"));
        }
    }
}

/// The engine's last reported position.
fn engine_at(channel: &Scripted) -> u64 {
    channel.next.get() - 1
}

#[test]
fn every_two_reads_match_the_reference_for_capacities_up_to_3() {
    for capacity in 1..=3 {
        check_every_pair(
            &mut reader(capacity),
            every_read(capacity),
            check_read,
            |reader| engine_at(reader.channel()),
            |at, engine| reads_from(capacity, at, engine),
        );
    }
}

#[test]
fn every_two_writes_match_the_reference_for_capacities_up_to_3() {
    for capacity in 1..=3 {
        check_every_pair(
            &mut writer(capacity),
            every_write(capacity),
            check_write,
            |writer| engine_at(writer.channel()),
            |at, engine| writes_from(capacity, at, engine),
        );
    }
}

#[test]
fn read_matches_the_reference_for_every_capacity_up_to_16() {
    for capacity in 1..=16 {
        let mut reader = reader(capacity);
        for call in every_read(capacity) {
            check_read(&mut reader, call, true).unwrap_or_else(|mismatch| panic!("{mismatch}"));
        }
    }
}

#[test]
fn write_matches_the_reference_for_every_capacity_up_to_16() {
    for capacity in 1..=16 {
        let mut writer = writer(capacity);
        for call in every_write(capacity) {
            check_write(&mut writer, call, true).unwrap_or_else(|mismatch| panic!("{mismatch}"));
        }
    }
}

/// A small xorshift generator: reproducible traces without a dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

/// A random trace: a ring of random capacity, and calls with random engine moves (mostly
/// less than half a lap, sometimes up to three laps) and lengths.
struct Trace {
    rng: Rng,
    capacity: usize,
}

impl Trace {
    fn new(seed: u64) -> Self {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let capacity = 1 + rng.below(40) as usize;
        Trace { rng, capacity }
    }

    /// Where the trace starts: a few laps before the lap counter wraps, so that it crosses it.
    fn start(&mut self) -> u64 {
        near_lap_wrap(self.capacity) - self.rng.below(4 * self.capacity as u64)
    }

    fn engine_move(&mut self) -> u64 {
        let capacity = self.capacity as u64;
        if self.rng.below(8) == 0 {
            self.rng.below(3 * capacity + 1)
        } else {
            self.rng.below(capacity / 2 + 2)
        }
    }

    /// The next call's positions, from the engine at `engine`, and length.
    fn call(&mut self, engine: u64) -> (u64, u64, usize) {
        let first = engine + self.engine_move();
        let second = first + self.engine_move();
        (
            first,
            second,
            self.rng.below(self.capacity as u64 + 2) as usize,
        )
    }
}

/// Seeds and lengths of the random traces.
const TRACES: u64 = 1000;
const CALLS: usize = 400;

#[test]
fn random_read_traces_match_the_reference() {
    for seed in 1..=TRACES {
        let mut trace = Trace::new(seed);
        let mut reader = reader(trace.capacity);
        let mut at = trace.start();
        for call in 0..CALLS {
            let engine = if call == 0 {
                at
            } else {
                reader.channel().next.get() - 1
            };
            let (first, second, len) = trace.call(engine);
            let read = ReadCall {
                reader: at,
                first,
                second,
                len,
            };
            at = check_read(&mut reader, read, call == 0)
                .unwrap_or_else(|mismatch| panic!("seed {seed}, call {call}: {mismatch}"));
        }
    }
}

#[test]
fn random_write_traces_match_the_reference() {
    for seed in 1..=TRACES {
        let mut trace = Trace::new(seed);
        let mut writer = writer(trace.capacity);
        let mut engine = trace.start();
        let mut at = engine + 1 + trace.rng.below(trace.capacity as u64);
        for call in 0..CALLS {
            let (first, second, len) = trace.call(engine);
            let write = WriteCall {
                writer: at,
                engine,
                first,
                second,
                len,
            };
            at = check_write(&mut writer, write, call == 0)
                .unwrap_or_else(|mismatch| panic!("seed {seed}, call {call}: {mismatch}"));
            engine = engine_at(writer.channel());
        }
    }
}
