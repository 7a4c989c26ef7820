//! `Transfer` on the simulated engine: the engine writes and reads the buffer through its raw
//! pointer while the `Transfer` is moved into functions, structs and threads, dropped,
//! stopped, forgotten. Run under Miri (`.ci/miri.sh`) to check that no move invalidates that
//! pointer and that no access races.

// Every test here runs on the host simulator, `dma_buffer::sim`.
#![cfg(feature = "std")]

use std::mem::{self, MaybeUninit};
use std::panic::{self, AssertUnwindSafe};
use std::thread;
use std::time::{Duration, Instant};

use dma_buffer::sim::{SimChannel, SimPeripheral};
use dma_buffer::transfer::{scope_read, scope_write, Fault, Job, Transfer};
use dma_buffer::{DmaChannel, DmaSlice, Word};

/// A fresh channel and its peripheral end.
fn channel<W: Word>() -> (SimChannel<W>, SimPeripheral<W>) {
    let channel = SimChannel::new();
    let peripheral = channel.peripheral();
    (channel, peripheral)
}

/// Spins until the running job has moved `words` words.
fn wait_for_words<B, W: Word>(transfer: &Transfer<B, SimChannel<W>>, words: usize) {
    while transfer.channel().transferred() < words {
        thread::yield_now();
    }
}

/// Moves a transfer through a function call: its argument and return value are retagged.
#[inline(never)]
fn relay<T>(transfer: T) -> T {
    transfer
}

#[test]
fn box_rx_survives_moves_through_functions() {
    let (channel, uart) = channel::<u8>();
    let mut transfer = Transfer::write(Box::new([0u8; 6]), channel);
    // Feed the words between moves, so the engine writes while the transfer moves.
    for pair in [b"he", b"ll", b"o!"] {
        uart.receive(pair);
        transfer = relay(relay(transfer));
    }
    let (received, _channel) = transfer.wait().unwrap();
    assert_eq!(&*received, b"hello!");
}

/// A driver that keeps its transfer in a field.
struct Transmitter {
    in_flight: Option<Transfer<Vec<u16>, SimChannel<u16>>>,
}

#[test]
fn vec_tx_survives_being_stored_in_a_struct() {
    let (channel, port) = channel::<u16>();
    let words: Vec<u16> = (0..32).map(|i| i * 3).collect();
    let expected = words.clone();
    let driver = Transmitter {
        in_flight: Some(Transfer::read(words, channel)),
    };
    let mut drivers = vec![relay(driver)];
    let driver = drivers.pop().unwrap();
    let (words, channel) = driver.in_flight.unwrap().wait().unwrap();
    assert_eq!(port.transmitted(), expected);
    assert_eq!(words, expected);
    assert_eq!(channel.transferred(), 32);
}

#[test]
fn static_rx_is_waited_for_on_another_thread() {
    static mut RX: [u32; 4] = [0; 4];
    // SAFETY: the only reference ever made to `RX`.
    let rx: &'static mut [u32; 4] = unsafe { &mut *std::ptr::addr_of_mut!(RX) };
    let (channel, port) = channel::<u32>();
    let transfer = Transfer::write(rx, channel);
    let waiter = thread::spawn(move || transfer.wait().unwrap());
    port.receive(&[0xdead_beef, 1, 2, u32::MAX]);
    let (rx, _channel) = waiter.join().unwrap();
    assert_eq!(*rx, [0xdead_beef, 1, 2, u32::MAX]);
}

#[test]
fn dropping_a_running_transfer_stops_the_engine_first() {
    let (channel, uart) = channel::<u8>();
    uart.receive(b"ab");
    let transfer = Transfer::write(Box::new([0u8; 8]), channel);
    wait_for_words(&transfer, 2);
    // Frees the `Box`: only sound because the engine was stopped and joined before.
    drop(transfer);
    uart.receive(b"cde");
    assert_eq!(uart.pending(), 3, "a stopped engine takes no more words");
}

#[test]
fn stopping_midway_gives_back_what_was_received() {
    let (channel, uart) = channel::<u8>();
    uart.receive(b"abc");
    let transfer = relay(Transfer::write(vec![0u8; 8], channel));
    wait_for_words(&transfer, 3);
    let (received, channel) = transfer.stop();
    assert_eq!(received, b"abc\0\0\0\0\0");
    assert_eq!(channel.transferred(), 3);

    // The channel is idle and reusable.
    uart.receive(b"xy");
    let (received, _channel) = Transfer::write(vec![0u8; 2], channel).wait().unwrap();
    assert_eq!(received, b"xy");
}

#[test]
fn stopping_a_tx_midway_sends_a_prefix() {
    let (channel, uart) = channel::<u8>();
    let transfer = Transfer::read(vec![7u8; 64], channel);
    let (sent, channel) = relay(transfer).stop();
    let transmitted = uart.transmitted();
    assert_eq!(transmitted.len(), channel.transferred());
    assert!(transmitted.iter().all(|&word| word == 7));
    assert_eq!(sent, [7; 64]);
}

#[test]
fn a_fault_gives_back_buffer_channel_and_error() {
    let (mut channel, uart) = channel::<i16>();
    channel.set_fault_after(Some(2));
    uart.receive(&[-1, -2, -3, -4]);
    let transfer = Transfer::write(Box::new([0i16; 4]), channel);
    let Err(Fault {
        error,
        buffer,
        channel,
    }) = relay(transfer).wait()
    else {
        panic!("the job must fault");
    };
    assert_eq!(error.after_words, 2);
    assert_eq!(*buffer, [-1, -2, 0, 0]);
    assert!(channel.status().is_ended());
    assert_eq!(uart.pending(), 2);
}

#[test]
fn is_done_turns_true_when_the_last_word_arrives() {
    let (channel, uart) = channel::<u8>();
    let transfer = Transfer::write(vec![0u8; 2], channel);
    uart.receive(b"1");
    wait_for_words(&transfer, 1);
    assert!(!transfer.is_done(), "one word is missing");
    uart.receive(b"2");
    while !transfer.is_done() {
        thread::yield_now();
    }
    assert_eq!(transfer.wait().unwrap().0, b"12");
}

#[test]
fn maybe_uninit_rx_is_fully_written() {
    let (channel, port) = channel::<u16>();
    port.receive(&[10, 20, 30]);
    let rx = Box::new(MaybeUninit::<[u16; 3]>::uninit());
    let (rx, _channel) = relay(Transfer::write(rx, channel)).wait().unwrap();
    // SAFETY: the job completed, so the engine wrote all three words.
    let rx = unsafe { rx.assume_init() };
    assert_eq!(*rx, [10, 20, 30]);
}

#[test]
fn sub_buffers_touch_only_their_range() {
    let (channel, uart) = channel::<u8>();
    uart.receive(b"XYZ");
    let middle = DmaSlice::for_write(Box::new(*b"<.....>"), 2..5).unwrap();
    let (middle, channel) = relay(Transfer::write(middle, channel)).wait().unwrap();
    assert_eq!(&*middle.into_inner(), b"<.XYZ.>");

    let payload = DmaSlice::for_read(vec![0x02, b'o', b'k', 0x03], 1..3).unwrap();
    let (payload, _channel) = Transfer::read(payload, channel).wait().unwrap();
    assert_eq!(uart.transmitted(), b"ok");
    assert_eq!(payload.into_inner(), [0x02, b'o', b'k', 0x03]);
}

#[test]
fn copy_moves_the_shorter_length() {
    let (channel, _) = channel::<u32>();
    let source: Box<[u32]> = (1..=5).collect();
    let transfer = Transfer::copy(source, vec![0u32; 3], channel);
    let ((source, copy), channel) = relay(transfer).wait().unwrap();
    assert_eq!(copy, [1, 2, 3]);
    assert_eq!(source.len(), 5);
    assert_eq!(channel.transferred(), 3);
}

#[test]
#[cfg_attr(
    miri,
    ignore = "leaks the channel by design: .ci/miri.sh runs it alone with -Zmiri-ignore-leaks"
)]
fn a_forgotten_transfer_keeps_reading_its_leaked_buffer() {
    let (mut channel, uart) = channel::<u8>();
    // Slow enough that the engine is still sending when the handle is forgotten.
    channel.set_word_delay(Duration::from_millis(1));
    let frame: &'static mut [u8; 8] = Box::leak(Box::new(*b"leak-me!"));
    let transfer = Transfer::read(&*frame, channel);
    // No destructor runs: the engine goes on alone, reading memory that is never freed.
    mem::forget(transfer);
    while uart.transmitted().len() < 8 {
        thread::yield_now();
    }
    assert_eq!(uart.transmitted(), b"leak-me!");
}

#[test]
fn word_pacing_spreads_a_job_over_time() {
    let delay = Duration::from_millis(2);
    let (mut channel, uart) = channel::<u8>();
    channel.set_word_delay(delay);
    uart.receive(b"slow");
    let started = Instant::now();
    let transfer = relay(Transfer::write(Box::new([0u8; 4]), channel));
    let (received, channel) = relay(transfer).wait().unwrap();
    assert!(
        started.elapsed() >= 4 * delay,
        "the engine waits before each word"
    );
    assert_eq!(&*received, b"slow");
    assert_eq!(channel.transferred(), 4);
}

#[cfg(feature = "derive")]
mod derived {
    use super::*;

    /// A frame as a UART driver would receive it: the derive proves it is 12 bytes, no
    /// padding, every bit pattern valid.
    #[derive(dma_buffer::DmaReadBuffer, dma_buffer::DmaWriteBuffer, Debug, PartialEq)]
    #[repr(C)]
    struct Frame {
        header: [u8; 4],
        payload: [u8; 8],
    }

    #[test]
    fn a_boxed_derived_frame_is_received_field_by_field() {
        let (channel, uart) = channel::<u8>();
        let frame = Box::new(Frame {
            header: [0; 4],
            payload: [0; 8],
        });
        let mut transfer = Transfer::write(frame, channel);
        // The engine writes each part while the transfer moves.
        for (part, words) in [(&b"HDR:"[..], 4), (b"pay", 7), (b"load", 11)] {
            uart.receive(part);
            wait_for_words(&transfer, words);
            transfer = relay(transfer);
        }
        let mut drivers = vec![transfer];
        uart.receive(b"!");
        let (frame, _channel) = drivers.pop().unwrap().wait().unwrap();
        assert_eq!(
            *frame,
            Frame {
                header: *b"HDR:",
                payload: *b"payload!"
            }
        );
    }

    #[test]
    fn a_static_derived_frame_is_sent_from_another_thread() {
        static FRAME: Frame = Frame {
            header: *b"\x7eID1",
            payload: *b"12345678",
        };
        let (channel, uart) = channel::<u8>();
        let transfer = Transfer::read(&FRAME, channel);
        let sender = thread::spawn(move || transfer.wait().unwrap().1);
        let channel = sender.join().unwrap();
        assert_eq!(uart.transmitted(), b"\x7eID112345678");
        assert_eq!(channel.transferred(), 12);
    }
}

/// Starts a transfer that must be accepted, on a channel that must be idle: the simulator
/// panics if it is not, and the job must then run to its end.
fn assert_idle_and_usable(channel: SimChannel<u8>, uart: &SimPeripheral<u8>) -> SimChannel<u8> {
    assert!(channel.status().is_ended(), "the channel came back busy");
    let (sent, channel) = Transfer::read(b"ok", channel).wait().unwrap();
    assert_eq!(sent, b"ok");
    assert_eq!(&uart.transmitted()[uart.transmitted().len() - 2..], b"ok");
    channel
}

#[test]
fn every_transfer_and_scope_gives_the_channel_back_idle() {
    let (channel, uart) = channel::<u8>();
    // Stopped before anything arrived.
    let (_, channel) = Transfer::write(Box::new([0u8; 1]), channel).stop();
    let channel = assert_idle_and_usable(channel, &uart);
    // Completed.
    uart.receive(b"x");
    let (_, channel) = Transfer::write(Box::new([0u8; 1]), channel).wait().unwrap();
    let mut channel = assert_idle_and_usable(channel, &uart);
    // Faulted.
    channel.set_fault_after(Some(1));
    let Err(Fault { mut channel, .. }) = Transfer::read(b"abc", channel).wait() else {
        panic!("the simulated bus error did not happen");
    };
    channel.set_fault_after(None);
    let mut channel = assert_idle_and_usable(channel, &uart);
    // A scope whose job still runs when the closure returns, one stopped inside, one whose
    // closure panics.
    let mut line = [0u8; 4];
    scope_write(&mut channel, &mut line, |_| {});
    scope_write(&mut channel, &mut line, |rx| rx.stop());
    let unwound = panic::catch_unwind(AssertUnwindSafe(|| {
        scope_write(&mut channel, &mut line, |_| panic!("the closure fails"));
    }));
    assert!(unwound.is_err());
    scope_read(&mut channel, b"hi", |tx| tx.wait()).unwrap();
    assert_idle_and_usable(channel, &uart);
}

#[test]
#[should_panic(expected = "a job was started on a busy channel")]
fn handing_on_a_channel_with_a_job_running_is_caught_by_the_simulator() {
    // Declared before the channel, so dropped after it: the unwinding drops the `Transfer`,
    // which stops the job, while `rx` is still alive.
    let mut rx = [0u8; 4];
    let (mut channel, _uart) = channel::<u8>();
    // SAFETY: the channel is new; `rx` outlives the channel and is not used meanwhile. This
    // breaks `start`'s rule on purpose: the job's end is never observed before the channel is
    // handed to `Transfer`, which the simulator must catch.
    unsafe {
        channel.start(Job::PeripheralToMemory {
            destination: rx.as_mut_ptr(),
            len: 4,
        })
    };
    let _ = Transfer::read(b"late", channel);
}
