//! End-to-end cases for dma-buffer on a real DMA controller model: the PL081 of QEMU's
//! `mps2-an505` board (Cortex-M33). Each case moves bytes through the controller with
//! `Transfer`, a scope or a [`chain::Gather`], checks every word of memory it cares about,
//! and prints `ok NAME`; a failed check panics, which prints the message and exits QEMU with
//! status 1 through semihosting. After the last case it prints `passed N cases` and exits 0.
//!
//! Run by `bash scripts/qemu-e2e.sh`, which also checks the disassembly of [`copy_and_wait`].
#![no_std]
#![no_main]
#![deny(
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::undocumented_unsafe_blocks
)]

mod chain;
mod pl081;

use core::mem::MaybeUninit;
use core::ptr::{self, addr_of, addr_of_mut};

use cortex_m::singleton;
use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprintln};
use dma_buffer::transfer::{scope_copy, DmaChannel, Fault, Status, Transfer};
use dma_buffer::{DmaReadBuffer, DmaReadTarget, DmaSlice, DmaWriteBuffer, DmaWriteTarget, Word};
use panic_semihosting as _;

use chain::{ChainError, Gather, Lli};
use pl081::{Controller, Error, Pl081Channel};

/// A frame of sixteen words: the destination of the first case.
#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    header: [u32; 2],
    body: [u32; 14],
}

/// A packet header: the first source of the gather.
#[derive(DmaReadBuffer)]
#[repr(C)]
struct Header {
    magic: u32,
    length: u32,
}

/// What the gather writes: header, payload and trailer, with a guard word after them.
#[derive(DmaWriteBuffer, Debug, PartialEq, Eq)]
#[repr(C)]
struct Packet {
    header: [u32; 2],
    payload: [u32; 6],
    trailer: [u32; 2],
    guard: u32,
}

/// A word no case's source holds: memory the engine must not write is filled with it.
const GUARD: u32 = 0xDEAD_BEEF;

/// The source of the first case: in flash (rodata), read by the engine there.
static FRAME_WORDS: [u32; 16] = [1, 16, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43];

/// The zero-cost probe: one `Transfer::copy` of 64 words and its `wait`, on channel 0. The
/// script disassembles this function and checks that it is the register writes, the poll and
/// the two `DMB`s, and nothing else a hand-written driver would not do.
#[inline(never)]
#[no_mangle]
pub fn copy_and_wait(
    source: &'static [u32; 64],
    destination: &'static mut [u32; 64],
    channel: Pl081Channel<u32, 0>,
) -> Result<(&'static mut [u32; 64], Pl081Channel<u32, 0>), Error> {
    match Transfer::copy(source, destination, channel).wait() {
        Ok(((_, destination), channel)) => Ok((destination, channel)),
        Err(fault) => Err(fault.error),
    }
}

/// A derived `#[repr(C)]` frame filled from a `&'static [u32]` in flash.
fn frame_from_static(channel: Pl081Channel<u32, 0>) -> Pl081Channel<u32, 0> {
    let frame = singleton!(: Frame = Frame { header: [GUARD; 2], body: [GUARD; 14] }).unwrap();
    let ((_, frame), channel) = Transfer::copy(&FRAME_WORDS[..], frame, channel)
        .wait()
        .unwrap();
    assert_eq!(frame.header, FRAME_WORDS[..2]);
    assert_eq!(frame.body, FRAME_WORDS[2..]);
    channel
}

/// Seven words of `W` into eight: the seven copied, the eighth untouched.
fn words<W>(
    channel: Pl081Channel<W, 0>,
    source: &'static [W; 7],
    destination: &'static mut [W; 8],
) -> Pl081Channel<W, 0>
where
    W: Word
        + DmaReadTarget<Word = W>
        + DmaWriteTarget<Word = W>
        + From<u8>
        + PartialEq
        + core::fmt::Debug,
{
    let guard = W::from(0x55);
    *destination = [guard; 8];
    let ((_, destination), channel) = Transfer::copy(source, destination, channel).wait().unwrap();
    assert_eq!(destination[..7], source[..]);
    assert_eq!(destination[7], guard);
    channel
}

/// The probe itself, as a case: 64 words through `copy_and_wait`.
fn probe_case(channel: Pl081Channel<u32, 0>) -> Pl081Channel<u32, 0> {
    let source = singleton!(: [u32; 64] = [0; 64]).unwrap();
    for (index, word) in source.iter_mut().enumerate() {
        *word = 0x0101_0101 * index as u32;
    }
    let source: &'static [u32; 64] = source;
    let destination = singleton!(: [u32; 64] = [GUARD; 64]).unwrap();
    let (destination, channel) = copy_and_wait(source, destination, channel).unwrap();
    assert_eq!(destination, source);
    channel
}

/// A `MaybeUninit` destination, initialized by the engine alone.
fn maybe_uninit(channel: Pl081Channel<u32, 0>) -> Pl081Channel<u32, 0> {
    let destination = singleton!(: MaybeUninit<[u32; 16]> = MaybeUninit::uninit()).unwrap();
    let ((_, destination), channel) = Transfer::copy(&FRAME_WORDS, destination, channel)
        .wait()
        .unwrap();
    // SAFETY: the copy completed: the engine wrote all sixteen words.
    let copied = unsafe { destination.assume_init_ref() };
    assert_eq!(copied, &FRAME_WORDS);
    channel
}

/// A `DmaSlice` of bytes 4..12 of sixteen: only the range is written.
fn sub_buffer(channel: Pl081Channel<u8, 0>) -> Pl081Channel<u8, 0> {
    let destination = singleton!(: [u8; 16] = [0x55; 16]).unwrap();
    let range = DmaSlice::for_write(destination, 4..12).unwrap();
    let ((_, range), channel) = Transfer::copy(b"dma-buff", range, channel).wait().unwrap();
    let destination = range.into_inner();
    assert_eq!(&destination[4..12], b"dma-buff");
    assert_eq!(destination[..4], [0x55; 4]);
    assert_eq!(destination[12..], [0x55; 4]);
    channel
}

/// An empty range: the job ends at once (QEMU would never end a transfer size of 0, so the
/// driver does not start one) and nothing is written.
fn empty_job(channel: Pl081Channel<u8, 0>) -> Pl081Channel<u8, 0> {
    let destination = singleton!(: [u8; 4] = [0x55; 4]).unwrap();
    let nothing = DmaSlice::for_write(destination, 2..2).unwrap();
    let ((_, nothing), channel) = Transfer::copy(b"", nothing, channel).wait().unwrap();
    assert_eq!(*nothing.into_inner(), [0x55; 4]);
    channel
}

type U16Transfer = Transfer<(&'static [u16; 7], &'static mut [u16; 7]), Pl081Channel<u16, 0>>;

/// Starts a copy and returns the transfer, which the caller moves on.
fn start_copy(channel: Pl081Channel<u16, 0>) -> U16Transfer {
    static SOURCE: [u16; 7] = [1, 1, 2, 3, 5, 8, 13];
    let destination = singleton!(: [u16; 7] = [0; 7]).unwrap();
    Transfer::copy(&SOURCE, destination, channel)
}

/// Holds a transfer in a struct while other code runs.
struct InFlight {
    transfer: U16Transfer,
}

/// Takes the transfer by value and hands it back, moved.
fn relay(transfer: U16Transfer) -> InFlight {
    InFlight { transfer }
}

/// A `Transfer` moved through functions and a struct before `wait`.
fn moved_transfer(channel: Pl081Channel<u16, 0>) -> Pl081Channel<u16, 0> {
    let in_flight = relay(start_copy(channel));
    let ((source, destination), channel) = in_flight.transfer.wait().unwrap();
    assert_eq!(destination, source);
    channel
}

/// A scoped copy between stack buffers (on channel 1: both channels' registers are used).
fn scoped_stack<const N: usize>(mut channel: Pl081Channel<u32, N>) -> Pl081Channel<u32, N> {
    let mut source = [0u32; 32];
    for (index, word) in source.iter_mut().enumerate() {
        *word = !(index as u32);
    }
    let mut destination = [GUARD; 33];
    scope_copy(&mut channel, &source, &mut destination[..32], |copy| {
        copy.wait()
    })
    .unwrap();
    assert_eq!(destination[..32], source);
    assert_eq!(destination[32], GUARD);
    channel
}

/// `stop` on a channel never started and on one stopped, and of a job started while the
/// controller is held (so it moved nothing): memory untouched.
fn stop_untouched(
    controller: &mut Controller,
    mut channel: Pl081Channel<u32, 0>,
) -> Pl081Channel<u32, 0> {
    channel.stop();
    channel.stop();
    assert_eq!(channel.status(), Status::Idle);
    let destination = singleton!(: [u32; 16] = [GUARD; 16]).unwrap();
    let (destination, channel) = controller.hold(|| {
        let transfer = Transfer::copy(&FRAME_WORDS, destination, channel);
        assert!(!transfer.is_done(), "a job started while held ran");
        let ((_, destination), mut channel) = transfer.stop();
        channel.stop();
        (destination, channel)
    });
    // Had the job not been stopped, the controller would have run it when released.
    assert_eq!(*destination, [GUARD; 16]);
    channel
}

/// Dropping a transfer whose job was started while the controller is held: memory untouched.
/// The channel (channel 1) goes with the transfer.
fn drop_untouched(controller: &mut Controller, channel: Pl081Channel<u32, 1>) {
    static mut DROPPED: [u32; 16] = [GUARD; 16];
    controller.hold(|| {
        // SAFETY: the one reference ever made to `DROPPED` (until it is dropped with the
        // transfer, below): unique.
        let destination: &'static mut [u32; 16] = unsafe { &mut *addr_of_mut!(DROPPED) };
        drop(Transfer::copy(&FRAME_WORDS, destination, channel));
    });
    // SAFETY: the only reference to `DROPPED` was dropped with the transfer, whose `Drop`
    // stopped the job first.
    let dropped = unsafe { ptr::read_volatile(addr_of!(DROPPED)) };
    assert_eq!(dropped, [GUARD; 16]);
}

/// `u64` words, which the PL081 cannot move: `Fault`, memory untouched, channel usable.
fn error_width(channel: Pl081Channel<u32, 0>) -> Pl081Channel<u32, 0> {
    static WIDE: [u64; 4] = [u64::MAX; 4];
    let destination = singleton!(: [u64; 4] = [0x5555; 4]).unwrap();
    let result = Transfer::copy(&WIDE, destination, channel.into_word::<u64>()).wait();
    let Err(Fault {
        error,
        buffer: (_, destination),
        channel,
    }) = result
    else {
        panic!("a copy of u64 words did not fail");
    };
    assert_eq!(error, Error::UnsupportedWidth);
    assert_eq!(*destination, [0x5555; 4]);
    channel.into_word()
}

/// 4096 bytes, one more than the transfer size field holds: `Fault`, memory untouched.
fn error_too_long(channel: Pl081Channel<u8, 0>) -> Pl081Channel<u8, 0> {
    static LONG: [u8; 4096] = [0xFF; 4096];
    let destination = singleton!(: [u8; 4096] = [0; 4096]).unwrap();
    let Err(Fault {
        error,
        buffer: (_, destination),
        channel,
    }) = Transfer::copy(&LONG, destination, channel).wait()
    else {
        panic!("a copy of 4096 words did not fail");
    };
    assert_eq!(error, Error::TooLong);
    assert!(destination.iter().all(|&byte| byte == 0));
    channel
}

/// A receive (peripheral to memory), which the driver refuses: memory untouched.
fn error_peripheral(channel: Pl081Channel<u8, 0>) -> Pl081Channel<u8, 0> {
    let destination = singleton!(: [u8; 4] = [0x55; 4]).unwrap();
    let Err(Fault {
        error,
        buffer,
        channel,
    }) = Transfer::write(destination, channel).wait()
    else {
        panic!("a receive without a peripheral did not fail");
    };
    assert_eq!(error, Error::NoPeripheral);
    assert_eq!(*buffer, [0x55; 4]);
    channel
}

/// A header frame, a payload slice and a trailer gathered into one packet by one job of three
/// linked runs; then chains the PL081 cannot run, refused.
fn gather(channel: Pl081Channel<u32, 0>) -> Pl081Channel<u32, 0> {
    static HEADER: Header = Header {
        magic: 0x444D_4142,
        length: 6,
    };
    static PAYLOAD: [u32; 12] = [100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111];
    static TRAILER: [u32; 2] = [0xC0FF_EE00, 0x0A0D];
    let payload = DmaSlice::for_read(&PAYLOAD, 3..9).unwrap();
    let packet = singleton!(: Packet = Packet {
        header: [GUARD; 2],
        payload: [GUARD; 6],
        trailer: [GUARD; 2],
        guard: GUARD,
    })
    .unwrap();
    let items = singleton!(: [Lli; 2] = [Lli::EMPTY; 2]).unwrap();
    let Ok(chain) = Gather::new((&HEADER, payload, &TRAILER), packet, items) else {
        panic!("a chain that fits was refused");
    };
    let (chain, channel) = chain.start(channel).wait().unwrap();
    let (_, packet, items) = chain.into_parts();
    let expected = Packet {
        header: [HEADER.magic, HEADER.length],
        payload: [103, 104, 105, 106, 107, 108],
        trailer: TRAILER,
        guard: GUARD,
    };
    assert_eq!(*packet, expected);

    let (one_item, _) = items.split_at_mut(1);
    let Err(refused) = Gather::new((&HEADER, &PAYLOAD, &TRAILER), packet, one_item) else {
        panic!("a chain of three runs with one item was accepted");
    };
    assert_eq!(
        refused.error,
        ChainError::TooFewItems {
            needed: 2,
            given: 1
        }
    );
    let (_, whole_payload, _) = refused.sources;
    let Err(refused) = Gather::new((whole_payload,), refused.destination, refused.items) else {
        panic!("twelve words into an eleven-word packet were accepted");
    };
    assert_eq!(
        refused.error,
        ChainError::DestinationTooShort {
            needed: 12,
            capacity: 11
        }
    );
    assert_eq!(*refused.destination, expected);
    channel
}

/// A chain started while the controller is held, stopped (memory untouched), then started
/// again and run to its end: the same chain, rewritten from its buffers at each start.
fn gather_stopped(
    controller: &mut Controller,
    channel: Pl081Channel<u32, 0>,
) -> Pl081Channel<u32, 0> {
    static HALF: [u32; 4] = [0x0102_0304, 0x0506_0708, 0x090A_0B0C, 0x0D0E_0F10];
    let destination = singleton!(: [u32; 9] = [GUARD; 9]).unwrap();
    let items = singleton!(: [Lli; 1] = [Lli::EMPTY; 1]).unwrap();
    let Ok(chain) = Gather::new((&HALF, &HALF), destination, items) else {
        panic!("a chain that fits was refused");
    };
    let (chain, channel) = controller.hold(|| {
        let transfer = chain.start(channel);
        assert!(!transfer.is_done(), "a chain started while held ran");
        transfer.stop()
    });
    let (sources, destination, items) = chain.into_parts();
    assert_eq!(*destination, [GUARD; 9]);

    let Ok(chain) = Gather::new(sources, destination, items) else {
        panic!("the same chain was refused the second time");
    };
    let (chain, channel) = chain.start(channel).wait().unwrap();
    let (_, destination, _) = chain.into_parts();
    assert_eq!(destination[..4], HALF);
    assert_eq!(destination[4..8], HALF);
    assert_eq!(destination[8], GUARD);
    channel
}

#[entry]
fn main() -> ! {
    static U8S: [u8; 7] = [0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87];
    static U16S: [u16; 7] = [0x8001, 0x8002, 0x8003, 0x8004, 0x8005, 0x8006, 0x8007];
    static U32S: [u32; 7] = [0x8000_0001, 2, 3, 4, 5, 6, 0x8000_0007];

    let (mut controller, channel, second) = pl081::take().unwrap();
    assert!(
        pl081::take().is_none(),
        "the channels were handed out twice"
    );
    let mut passed = 0;
    let mut ok = |name: &str| {
        hprintln!("ok {}", name);
        passed += 1;
    };

    let channel = frame_from_static(channel);
    ok("frame_from_static");
    let destinations = (
        singleton!(: [u8; 8] = [0; 8]).unwrap(),
        singleton!(: [u16; 8] = [0; 8]).unwrap(),
        singleton!(: [u32; 8] = [0; 8]).unwrap(),
    );
    let channel = words(channel.into_word(), &U8S, destinations.0);
    ok("words_u8");
    let channel = words(channel.into_word(), &U16S, destinations.1);
    ok("words_u16");
    let channel = words(channel.into_word(), &U32S, destinations.2);
    ok("words_u32");
    let channel = probe_case(channel);
    ok("copy_and_wait");
    let channel = maybe_uninit(channel);
    ok("maybe_uninit");
    let channel = sub_buffer(channel.into_word());
    ok("sub_buffer");
    let channel = empty_job(channel).into_word::<u32>();
    ok("empty_job");
    let channel = moved_transfer(channel.into_word()).into_word::<u32>();
    ok("moved_transfer");
    let second = scoped_stack(second);
    ok("scoped_stack");
    let channel = stop_untouched(&mut controller, channel);
    ok("stop_untouched");
    drop_untouched(&mut controller, second);
    ok("drop_untouched");
    let channel = error_width(channel);
    ok("error_width");
    let channel = error_too_long(channel.into_word());
    ok("error_too_long");
    let channel = error_peripheral(channel).into_word::<u32>();
    ok("error_peripheral");
    let channel = gather(channel);
    ok("gather");
    let _channel = gather_stopped(&mut controller, channel);
    ok("gather_stopped");

    hprintln!("passed {} cases", passed);
    debug::exit(debug::EXIT_SUCCESS);
    loop {
        cortex_m::asm::wfi(); // `exit` returns only if the debugger ignores it
    }
}
