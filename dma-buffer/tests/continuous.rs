//! Continuous transfers on the simulated engine: ring readers and writers and double buffers
//! while the engine thread writes and reads their memory concurrently, around the ring, past
//! the program (overruns and underruns on purpose), stopped mid-lap, forgotten, and moved to
//! other threads. Run under Miri (`.ci/miri.sh`) to check that no access races and no move
//! invalidates the engine's pointer.

// Every test here runs on the host simulator, `dma_buffer::sim`.
#![cfg(feature = "std")]

use std::mem;
use std::thread;

use dma_buffer::sim::{SimChannel, SimPeripheral};
use dma_buffer::transfer::{
    CircularChannel, DoubleBuffer, DoubleBufferChannel, Lent, Overrun, Position, RingReader,
    RingWriter, Status, Transfer, Underrun,
};
use dma_buffer::{DmaChannel, DmaReadTarget, DmaWriteTarget, Word};

/// A fresh channel and its peripheral end.
fn channel<W: Word>() -> (SimChannel<W>, SimPeripheral<W>) {
    let channel = SimChannel::new();
    let peripheral = channel.peripheral();
    (channel, peripheral)
}

/// Spins until the engine has moved `words` words since its job started.
fn wait_for_words<W: Word>(channel: &SimChannel<W>, words: usize) {
    while channel.transferred() < words {
        thread::yield_now();
    }
}

/// Moves a value through a function call: its argument and return value are retagged.
#[inline(never)]
fn relay<T>(value: T) -> T {
    value
}

/// Reads what the reader has, as a vector.
fn read_all<B, W: Word + Default>(
    rx: &mut RingReader<B, SimChannel<W>>,
) -> Result<Vec<W>, Overrun> {
    let mut words = vec![W::default(); rx.capacity()];
    let count = rx.read(&mut words)?;
    words.truncate(count);
    Ok(words)
}

#[test]
fn a_ring_reader_goes_around_its_ring_many_times() {
    let (channel, uart) = channel::<u8>();
    let mut rx = RingReader::start(Box::new([0u8; 4]), channel);
    let (mut received, mut sent) = (Vec::new(), 0);
    for chunk in [&b"abc"[..], b"de", b"fgh", b"i", b"jkl"] {
        uart.receive(chunk);
        sent += chunk.len();
        wait_for_words(rx.channel(), sent);
        rx = relay(rx); // the engine keeps writing where it started
        received.extend(read_all(&mut rx).unwrap());
    }
    assert_eq!(received, b"abcdefghijkl"); // three laps of four bytes
    assert_eq!(rx.channel().position().lap, 3);
}

#[test]
fn an_overrun_is_reported_never_returned_and_the_reader_resynchronizes() {
    let (channel, uart) = channel::<u8>();
    let mut rx = RingReader::start(vec![0u8; 4], channel);
    uart.receive(b"123456"); // six bytes into four: the first two are overwritten
    wait_for_words(rx.channel(), 6);
    assert_eq!(read_all(&mut rx), Err(Overrun));
    assert_eq!(read_all(&mut rx), Ok(vec![])); // nothing of the lost lap comes back
    uart.receive(b"ok");
    wait_for_words(rx.channel(), 8);
    assert_eq!(read_all(&mut rx), Ok(b"ok".to_vec()));
}

#[test]
fn a_stalled_program_gets_an_overrun() {
    let (channel, uart) = channel::<u16>();
    let mut rx = RingReader::start(Box::new([0u16; 4]), channel);
    uart.receive(&[1, 2]);
    wait_for_words(rx.channel(), 2);
    assert_eq!(read_all(&mut rx), Ok(vec![1, 2]));
    uart.receive(&[3, 4, 5, 6, 7, 8]);
    // Held up while the engine writes four more: a whole ring.
    rx.channel().stall_program(4);
    assert_eq!(read_all(&mut rx), Err(Overrun));
    wait_for_words(rx.channel(), 8);
    // Resynchronized where the engine was when the program looked: at word 6, 7 or 8.
    let rest = read_all(&mut rx).unwrap();
    assert!([7, 8].ends_with(&rest), "{rest:?}");
}

/// How a test stream's word `k` is written as a `W`, and read back: `None` for a value that is
/// no word of the stream (a word torn between two of them).
trait StreamWord: Word + Default + Copy {
    fn nth(k: u64) -> Self;
    fn index(self) -> Option<u64>;
}

impl StreamWord for u16 {
    fn nth(k: u64) -> Self {
        k.try_into().expect("a short stream")
    }
    fn index(self) -> Option<u64> {
        Some(self.into())
    }
}

impl StreamWord for u32 {
    fn nth(k: u64) -> Self {
        k.try_into().expect("a short stream")
    }
    fn index(self) -> Option<u64> {
        Some(self.into())
    }
}

/// `k` in both halves, so that a word torn between two of the stream's shows.
impl StreamWord for u64 {
    fn nth(k: u64) -> Self {
        k << 32 | k
    }
    fn index(self) -> Option<u64> {
        (self >> 32 == self & 0xffff_ffff).then_some(self & 0xffff_ffff)
    }
}

/// Reads concurrently with the engine, which writes the stream `0..48` of `W` words as fast as
/// it can, and checks that the words come whole and in order and that every gap was reported.
fn concurrent_reads<W: StreamWord>()
where
    [W]: DmaWriteTarget<Word = W>,
{
    const WORDS: u64 = 48;
    let (channel, uart) = channel::<W>();
    let mut rx = RingReader::start(vec![W::default(); 8], channel);
    uart.receive(&(0..WORDS).map(W::nth).collect::<Vec<W>>());
    let (mut next, mut overruns, mut gap_reported) = (0, 0, false);
    let mut chunk = [W::default(); 3];
    loop {
        let engine_done = rx.channel().transferred() == WORDS as usize;
        match rx.read(&mut chunk) {
            Ok(count) => {
                for &word in &chunk[..count] {
                    let word = word.index().expect("a torn word was returned");
                    // Words come in order; one is skipped only after an overrun said so.
                    assert!(word >= next, "word {word} after {next}: out of order");
                    assert!(word == next || gap_reported, "word {word} skipped silently");
                    (next, gap_reported) = (word + 1, false);
                }
                if engine_done && count == 0 {
                    break;
                }
            }
            Err(Overrun) => (overruns, gap_reported) = (overruns + 1, true),
        }
    }
    assert!(
        overruns > 0 || next == WORDS,
        "without an overrun, every word arrives"
    );
}

#[test]
fn concurrent_reads_return_only_words_in_order_and_report_every_gap() {
    concurrent_reads::<u32>();
}

/// 64-bit words, accessed as two 32-bit atomics where no 64-bit one fits (i686, where `u64` is
/// 4-aligned, which `.ci/miri.sh` runs; thumbv7em): a copy the engine tore is discarded.
#[test]
fn concurrent_reads_of_64_bit_words() {
    concurrent_reads::<u64>();
}

#[test]
fn stopping_mid_lap_gives_back_the_ring_and_a_reusable_channel() {
    let (channel, uart) = channel::<u8>();
    let mut rx = RingReader::start(Box::new([0u8; 4]), channel);
    uart.receive(b"abcdef");
    wait_for_words(rx.channel(), 6);
    assert_eq!(read_all(&mut rx), Err(Overrun));
    let (ring, channel) = relay(rx).stop();
    assert_eq!(&*ring, b"efcd"); // stopped half-way through the second lap
                                 // The channel is idle: a one-shot job runs on it.
    uart.receive(b"wxyz");
    let (reply, _channel) = Transfer::write(ring, channel).wait().unwrap();
    assert_eq!(&*reply, b"wxyz");
}

#[test]
#[cfg_attr(
    miri,
    ignore = "leaks the channel by design: .ci/miri.sh runs it alone with -Zmiri-ignore-leaks"
)]
fn forgotten_rings_leave_the_engine_on_their_leaked_buffers() {
    let ((rx, uart), (tx, dac)) = (channel(), channel());
    let rx = RingReader::start(Box::new([0u8; 2]), rx);
    let tx = RingWriter::start(Box::new([7u8; 2]), tx);
    // No destructor runs: the engines go on alone, on memory that is never freed.
    mem::forget(rx);
    mem::forget(tx);
    uart.receive(b"still running");
    dac.request(5);
    while uart.pending() > 0 || dac.transmitted().len() < 5 {
        thread::yield_now();
    }
    assert_eq!(dac.transmitted(), [7; 5]);
}

#[test]
fn dropping_rings_and_double_buffers_stops_the_engine_before_freeing_the_buffers() {
    let ((rx, uart), (tx, dac), (double, line)) = (channel(), channel(), channel());
    uart.receive(&[0x55; 64]);
    dac.request(64);
    line.receive(&[0xaa; 64]);
    // The engine is writing when each is dropped: Miri would see a write after the free.
    drop(RingReader::start(Box::new([0u8; 4]), rx));
    let left = uart.pending();
    drop(RingWriter::start(Box::new([1u8; 4]), tx));
    drop(DoubleBuffer::write(
        Box::new([0u8; 2]),
        Box::new([0u8; 2]),
        double,
    ));
    thread::yield_now();
    assert_eq!(uart.pending(), left, "the engine stopped with the reader");
}

#[test]
fn a_ring_reader_is_read_on_another_thread() {
    let (channel, uart) = channel::<i16>();
    let rx = RingReader::start(vec![0i16; 4], channel);
    uart.receive(&[-1, -2, -3]);
    let reader = thread::spawn(move || {
        let mut rx = rx;
        wait_for_words(rx.channel(), 3);
        let words = read_all(&mut rx).unwrap();
        (words, rx)
    });
    let (words, rx) = reader.join().unwrap();
    assert_eq!(words, [-1, -2, -3]);
    drop(rx); // stops the engine, then frees the ring
}

#[test]
fn a_ring_writer_keeps_ahead_and_reports_an_underrun_before_stale_words_go_out() {
    let (channel, line) = channel::<u8>();
    let mut tx = RingWriter::start(Box::new(*b"abcd"), channel);
    line.request(2);
    wait_for_words(tx.channel(), 2);
    assert_eq!(tx.write(b"efgh"), Ok(2)); // `ab` were sent: their slots take `ef`
    line.request(4);
    wait_for_words(tx.channel(), 6);
    tx = relay(tx);
    // The ring has run empty: the engine's next word is one the program has not written.
    assert_eq!(tx.write(b"gh"), Err(Underrun));
    assert_eq!(tx.write(b"gh"), Ok(2)); // behind the word in flight
    line.request(3);
    wait_for_words(tx.channel(), 9);
    // Word 6 went out stale (`c`, from the first lap), as the underrun said.
    assert_eq!(line.transmitted(), b"abcdefcgh");
    let (ring, _channel) = tx.stop();
    assert_eq!(&*ring, b"hfcg");
}

/// The word of the stream at a position of a ring of `capacity` words (no lap wrap here).
fn word_at(position: Position, capacity: usize) -> usize {
    position.lap as usize * capacity + position.index
}

/// Writes concurrently with the engine, which sends 40 `W` words as fast as it can from a ring
/// of 4, and checks that each word sent is the one written for it unless an underrun said so.
fn concurrent_writes<W>()
where
    W: StreamWord,
    [W]: DmaReadTarget<Word = W> + DmaWriteTarget<Word = W>,
{
    const WORDS: usize = 40;
    const RING: usize = 4;
    let (channel, dac) = channel::<W>();
    // Word `k` of the stream is `k`: the first lap is 0..4.
    let mut tx = RingWriter::start((0..RING as u64).map(W::nth).collect::<Vec<W>>(), channel);
    dac.request(WORDS);
    let mut underruns = 0;
    while tx.channel().transferred() < WORDS {
        let next = word_at(tx.position(), RING) as u64;
        if tx.write(&[W::nth(next), W::nth(next + 1)]) == Err(Underrun) {
            underruns += 1;
        }
    }
    // Words that went out stale after the last write are reported by the next one.
    if tx.write(&[]) == Err(Underrun) {
        underruns += 1;
    }
    let sent = dac.transmitted();
    assert_eq!(sent.len(), WORDS);
    for (word, &value) in sent.iter().enumerate() {
        // A word torn between two the program wrote went out while its slot was rewritten.
        let Some(value) = value.index() else {
            assert!(underruns > 0, "word {word} went out torn, unreported");
            continue;
        };
        // Each word sent is the one written for it or, late, the one a lap (or more) before.
        let (word, value) = (word as u64, value);
        assert!(
            value <= word && (word - value) % RING as u64 == 0,
            "word {word} sent as {value}"
        );
        assert!(
            value == word || underruns > 0,
            "word {word} went out stale, unreported"
        );
    }
}

#[test]
fn a_ring_writer_writing_concurrently_sends_what_it_wrote_unless_it_reported_an_underrun() {
    concurrent_writes::<u16>();
}

/// 64-bit words; see `concurrent_reads_of_64_bit_words`. A word the engine tore goes out as
/// it is, and the write that was late says so.
#[test]
fn concurrent_writes_of_64_bit_words() {
    concurrent_writes::<u64>();
}

#[test]
fn a_ring_writer_sends_from_another_thread_and_stops_there() {
    let (channel, line) = channel::<u8>();
    let tx = RingWriter::start(vec![b'-'; 3], channel);
    let peripheral = line.clone();
    let sender = thread::spawn(move || {
        let mut tx = tx;
        peripheral.request(1);
        wait_for_words(tx.channel(), 1);
        let written = tx.write(b"++");
        peripheral.request(4);
        wait_for_words(tx.channel(), 5);
        (written, tx.stop())
    });
    let (written, (ring, _channel)) = sender.join().unwrap();
    assert_eq!(written, Ok(1)); // one slot sent, one in flight
    assert_eq!(ring, b"+--");
    assert_eq!(line.transmitted(), b"---+-");
}

/// Lends the next finished buffer, spinning until there is one.
fn take<B, C: DoubleBufferChannel>(
    double: &mut DoubleBuffer<B, C>,
) -> Result<Lent<'_, B, C>, Overrun> {
    while !double.is_ready() {
        thread::yield_now();
    }
    double.try_take().map(|lent| lent.expect("ready"))
}

#[test]
fn a_double_buffer_lends_each_finished_buffer_while_the_engine_fills_the_other() {
    let (channel, uart) = channel::<u8>();
    let mut rx = DoubleBuffer::write(Box::new([0u8; 4]), Box::new([0u8; 4]), channel);
    let mut received = Vec::new();
    for word in [&b"ping"[..], b"pong", b"ping"] {
        uart.receive(word);
        rx = relay(rx); // the engine writes while the double buffer moves
        let mut full = take(&mut rx).unwrap();
        received.extend_from_slice(&**full);
        // The program's own buffer: written while the engine may write the other one.
        full.fill(b'.');
        full.give_back().unwrap();
    }
    assert_eq!(received, b"pingpongping");
    let ([first, second], _channel) = rx.stop();
    assert_eq!((&*first, &*second), (b"....", b"...."));
}

#[test]
fn a_late_hand_back_is_an_overrun_and_the_full_buffer_is_not_overwritten() {
    let (channel, uart) = channel::<u8>();
    let mut rx = DoubleBuffer::write(vec![0u8; 3], vec![0u8; 3], channel);
    uart.receive(b"abc");
    let first = take(&mut rx).unwrap();
    assert_eq!(&**first, b"abc");
    // The program keeps the first buffer while the second fills: the engine halts.
    uart.receive(b"def");
    while !first.channel().status().is_ended() {
        thread::yield_now();
    }
    drop(first); // too late: the engine stood still
    assert_eq!(rx.try_take().map(|lent| lent.is_some()), Err(Overrun));
    // The second buffer was left alone since it was filled; the first goes on.
    assert_eq!(&**take(&mut rx).unwrap(), b"def");
    uart.receive(b"ghi");
    assert_eq!(&**take(&mut rx).unwrap(), b"ghi");
}

#[test]
fn a_stalled_program_hands_back_too_late() {
    let (channel, uart) = channel::<u16>();
    let mut rx = DoubleBuffer::write(vec![0u16; 2], vec![0u16; 2], channel);
    uart.receive(&[1, 2, 3, 4]);
    let first = take(&mut rx).unwrap();
    assert_eq!(**first, [1, 2]);
    // Held up for three more words: the engine fills the second buffer (two) and halts.
    first.channel().stall_program(3);
    assert_eq!(first.give_back(), Err(Overrun));
    assert_eq!(**take(&mut rx).unwrap(), [3, 4]);
    uart.receive(&[5, 6]);
    assert_eq!(**take(&mut rx).unwrap(), [5, 6]);
}

#[test]
fn a_fault_ends_a_double_buffer_for_good_and_says_why() {
    let (mut channel, uart) = channel::<u8>();
    channel.set_fault_after(Some(3)); // a bus error in the second buffer
    let mut rx = DoubleBuffer::write(Box::new([0u8; 2]), Box::new([0u8; 2]), channel);
    uart.receive(b"abcd");
    let first = take(&mut rx).unwrap();
    while !first.channel().status().is_ended() {
        thread::yield_now();
    }
    assert_eq!(first.give_back(), Err(Overrun));
    // The second buffer as the fault left it; dropped, so given back: reported next.
    assert_eq!(**take(&mut rx).unwrap(), *b"c\0");
    assert_eq!(rx.try_take().map(|lent| lent.is_some()), Err(Overrun));
    assert!(!rx.is_ready());
    assert_eq!(rx.try_take().map(|lent| lent.is_some()), Ok(false));
    assert!(matches!(rx.channel().status(), Status::Fault(fault) if fault.after_words == 3));
    let ([first, second], _channel) = rx.stop();
    assert_eq!((*first, *second), (*b"ab", *b"c\0"));
}

#[test]
fn a_fault_while_the_program_holds_no_buffer_ends_the_double_buffer_too() {
    let (mut channel, uart) = channel::<u8>();
    channel.set_fault_after(Some(6)); // a bus error in the second buffer
    let mut rx = DoubleBuffer::write(Box::new([0u8; 4]), Box::new([0u8; 4]), channel);
    uart.receive(b"abcd");
    let first = take(&mut rx).unwrap();
    assert_eq!(**first, *b"abcd");
    assert_eq!(first.give_back(), Ok(())); // in time: queued behind the second
    uart.receive(b"ef");
    while !rx.channel().status().is_ended() {
        thread::yield_now();
    }
    // No buffer comes back to notice the fault: `is_ready` and `try_take` do, and lend the
    // second buffer as the fault left it; dropped, it is given back, reported next.
    assert!(rx.is_ready());
    assert_eq!(**take(&mut rx).unwrap(), *b"ef\0\0");
    assert_eq!(rx.try_take().map(|lent| lent.is_some()), Err(Overrun));
    assert!(!rx.is_ready());
    assert_eq!(rx.try_take().map(|lent| lent.is_some()), Ok(false));
    assert!(matches!(rx.channel().status(), Status::Fault(fault) if fault.after_words == 6));
    let ([first, second], _channel) = rx.stop();
    assert_eq!((*first, *second), (*b"abcd", *b"ef\0\0"));
}

#[test]
fn a_fault_right_after_a_completion_lends_the_finished_buffer_then_the_cut_short_one() {
    let (mut channel, uart) = channel::<u8>();
    channel.set_fault_after(Some(4)); // the first buffer completes, the second faults at once
    let mut rx = DoubleBuffer::write(Box::new([0u8; 4]), Box::new([0u8; 4]), channel);
    uart.receive(b"abcd");
    // The end, seen through the status alone (a `Relaxed` load in the simulator): the
    // completion stored before it must count, under every interleaving Miri tries.
    while !rx.channel().status().is_ended() {
        thread::yield_now();
    }
    let first = rx.try_take().unwrap().expect("the finished first buffer");
    assert_eq!(**first, *b"abcd");
    assert_eq!(first.give_back(), Err(Overrun));
    let second = rx.try_take().map(|lent| lent.map(|lent| **lent));
    assert_eq!(
        second,
        Ok(Some([0; 4])),
        "the second buffer, as the fault left it"
    );
}

#[test]
fn a_double_buffer_transmits_what_the_program_refills() {
    let (channel, uart) = channel::<u8>();
    let mut tx = DoubleBuffer::read(vec![b'a'; 2], vec![b'b'; 2], channel);
    let mut sent = take(&mut tx).unwrap();
    sent.copy_from_slice(b"cc");
    // Queued behind `bb`, or restarted if the engine had sent `bb` already: never lost.
    let _gap = sent.give_back();
    // (A restart would count its words from zero.)
    while uart.transmitted().len() < 6 {
        thread::yield_now();
    }
    assert_eq!(uart.transmitted(), b"aabbcc");
}

#[test]
fn a_double_buffer_runs_on_another_thread() {
    let (channel, uart) = channel::<u32>();
    let rx = DoubleBuffer::write(Box::new([0u32; 1]), Box::new([0u32; 1]), channel);
    uart.receive(&[7]);
    let worker = thread::spawn(move || {
        let mut rx = rx;
        let first = take(&mut rx).unwrap()[0];
        // Given back while the engine waits on the second buffer: the next word goes on.
        uart.receive(&[8]);
        let second = take(&mut rx).unwrap()[0];
        (first, second, rx)
    });
    let (first, second, rx) = worker.join().unwrap();
    assert_eq!((first, second), (7, 8));
    drop(rx);
}

#[test]
#[cfg_attr(
    miri,
    ignore = "leaks the channel by design: .ci/miri.sh runs it alone with -Zmiri-ignore-leaks"
)]
fn forgotten_lent_buffers_and_double_buffers_leave_only_static_memory_in_use() {
    let (channel, uart) = channel::<u8>();
    let mut rx = DoubleBuffer::write(Box::new([0u8; 1]), Box::new([0u8; 1]), channel);
    uart.receive(b"ab");
    // A lent buffer that never comes back: the engine fills the other, then halts for want of
    // a buffer. The next `try_take` gives the forgotten one back, as dropping it would have:
    // the engine restarts on it, and the gap is reported.
    mem::forget(take(&mut rx).unwrap());
    assert_eq!(take(&mut rx).map(|lent| **lent), Err(Overrun));
    assert_eq!(&**take(&mut rx).unwrap(), b"b");
    // Sent once `b`'s buffer is queued again, so the engine does not halt before that.
    uart.receive(b"c");
    // The forgotten buffer was refilled, not lent again with its old `a`.
    assert_eq!(&**take(&mut rx).unwrap(), b"c");
    mem::forget(rx); // the engine goes on alone with leaked buffers
    uart.receive(b"d");
    while uart.pending() > 0 {
        thread::yield_now();
    }
}

#[cfg(feature = "derive")]
mod derived {
    use super::*;

    /// A frame as an audio driver would receive it: two stereo samples.
    #[derive(dma_buffer::DmaWriteBuffer, Clone, Copy, Default)]
    #[repr(C)]
    struct Frame {
        left: [i16; 2],
        right: [i16; 2],
    }

    #[test]
    fn a_ring_of_derived_frames_is_read_word_by_word() {
        let (channel, adc) = channel::<i16>();
        let mut rx = RingReader::start(Box::new([Frame::default(); 2]), channel);
        assert_eq!(rx.capacity(), 8); // two frames of four samples
        let samples: Vec<i16> = (1..=12).collect();
        for chunk in samples.chunks(6) {
            adc.receive(chunk);
        }
        wait_for_words(rx.channel(), 12);
        assert_eq!(read_all(&mut rx), Err(Overrun)); // 12 samples in an 8-sample ring
        let (frames, _channel) = rx.stop();
        assert_eq!(frames[0].left, [9, 10]); // the second lap wrote half of the ring
        assert_eq!(frames[1].right, [7, 8]);
    }
}
