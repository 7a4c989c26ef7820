//! Scoped transfers on stack buffers: whichever way the closure ends (it waits, returns early,
//! panics, forgets its handle), the engine has stopped before the buffer is borrowed again.
//! Run under Miri (`.ci/miri.sh`): an engine write after the scope ended would be a data race
//! with the reads below, or a write through a pointer whose borrow has ended.

// Every test here runs on the host simulator, `dma_buffer::sim`.
#![cfg(feature = "std")]

use std::mem::{self, MaybeUninit};
use std::panic::{self, AssertUnwindSafe};
use std::thread;

use dma_buffer::sim::{SimChannel, SimPeripheral};
use dma_buffer::transfer::{scope_copy, scope_read, scope_write, ScopedTransfer};
use dma_buffer::{DmaSlice, Word};

/// A channel whose peripheral has already received `words`, and that peripheral.
fn channel_with_incoming<W: Word>(words: &[W]) -> (SimChannel<W>, SimPeripheral<W>) {
    let channel = SimChannel::new();
    let peripheral = channel.peripheral();
    peripheral.receive(words);
    (channel, peripheral)
}

/// Spins until the scoped job has moved `words` words.
fn wait_for_words<W: Word>(transfer: &ScopedTransfer<'_, SimChannel<W>>, words: usize) {
    while transfer.channel().transferred() < words {
        thread::yield_now();
    }
}

#[test]
fn a_stack_array_is_received_into() {
    let (mut channel, _) = channel_with_incoming::<u8>(b"ready");
    let mut reply = [0u8; 5];
    scope_write(&mut channel, &mut reply, |rx| rx.wait()).unwrap();
    assert_eq!(&reply, b"ready");
}

#[test]
fn returning_early_stops_the_job_before_the_buffer_is_read() {
    let (mut channel, uart) = channel_with_incoming::<u8>(b"ab");
    let mut line = [b'.'; 8];
    let received = scope_write(&mut channel, &mut line, |rx| {
        wait_for_words(rx, 2);
        // No wait, no stop: leaving the closure must end the job.
        rx.channel().transferred()
    });
    assert_eq!(received, 2);
    assert_eq!(&line, b"ab......");
    uart.receive(b"cd");
    assert_eq!(uart.pending(), 2, "the engine stopped with the scope");
}

#[test]
fn a_panic_in_the_closure_stops_the_job_before_the_buffer_is_read() {
    let (mut channel, adc) = channel_with_incoming::<u16>(&[1, 2, 3]);
    let mut samples = [0u16; 6];
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        scope_write(&mut channel, &mut samples, |rx| {
            wait_for_words(rx, 3);
            panic!("the driver gave up");
        })
    }));
    assert!(outcome.is_err());
    // The borrow ended by unwinding: the engine must be done with `samples`.
    assert_eq!(samples, [1, 2, 3, 0, 0, 0]);
    adc.receive(&[4]);
    assert_eq!(
        adc.pending(),
        1,
        "the engine stopped when the closure unwound"
    );

    // The channel is idle and reusable after the panic.
    scope_write(&mut channel, &mut samples[..1], |rx| rx.wait()).unwrap();
    assert_eq!(samples[0], 4);
}

#[test]
fn forgetting_the_handle_does_not_keep_the_job_running() {
    let (mut channel, uart) = channel_with_incoming::<u8>(b"x");
    let mut buffer = [0u8; 4];
    scope_write(&mut channel, &mut buffer, |rx| {
        wait_for_words(rx, 1);
        // All the closure can forget is a `&mut`: the transfer belongs to `scope_write`.
        #[allow(forgetting_references)]
        mem::forget(rx);
    });
    assert_eq!(&buffer, b"x\0\0\0");
    uart.receive(b"yz");
    assert_eq!(uart.pending(), 2);
}

#[test]
fn stopping_midway_keeps_what_was_received() {
    let (mut channel, _) = channel_with_incoming::<u8>(b"OK");
    let mut buffer = [0u8; 4];
    let received = scope_write(&mut channel, &mut buffer, |rx| {
        wait_for_words(rx, 2);
        rx.stop();
        assert!(rx.is_done());
        rx.channel().transferred()
    });
    assert_eq!(&buffer[..received], b"OK");
}

#[test]
fn nested_scopes_run_a_receive_and_a_send_at_once() {
    let mut rx_channel = SimChannel::<u8>::new();
    let mut tx_channel = SimChannel::<u8>::new();
    let (uart_rx, uart_tx) = (rx_channel.peripheral(), tx_channel.peripheral());
    let mut request = [0u8; 4];
    let response = *b"pong";
    scope_write(&mut rx_channel, &mut request, |rx| {
        scope_read(&mut tx_channel, &response, |tx| {
            // Both jobs run now: feed the receiver while the sender sends.
            uart_rx.receive(b"ping");
            tx.wait().unwrap();
            rx.wait().unwrap();
        });
    });
    assert_eq!(&request, b"ping");
    assert_eq!(uart_tx.transmitted(), response);
}

#[test]
fn a_stack_copy_moves_the_shorter_length() {
    let mut channel = SimChannel::<u32>::new();
    let source = [10u32, 20, 30, 40];
    let mut destination = [0u32; 3];
    scope_copy(&mut channel, &source, &mut destination, |t| t.wait()).unwrap();
    assert_eq!(destination, [10, 20, 30]);
    assert_eq!(channel.transferred(), 3);
}

#[test]
fn an_uninitialized_stack_buffer_is_fully_written() {
    let (mut channel, _) = channel_with_incoming::<i32>(&[-1, 0, 1]);
    let mut rx = MaybeUninit::<[i32; 3]>::uninit();
    scope_write(&mut channel, &mut rx, |t| t.wait()).unwrap();
    // SAFETY: the job completed, so the engine wrote all three words.
    assert_eq!(unsafe { rx.assume_init() }, [-1, 0, 1]);
}

#[test]
fn a_stack_sub_buffer_touches_only_its_range() {
    let (mut channel, uart) = channel_with_incoming::<u8>(b"data");
    let mut packet = *b"[....]";
    let inner = DmaSlice::for_write(&mut packet, 1..5).unwrap();
    scope_write(&mut channel, inner, |rx| rx.wait()).unwrap();
    assert_eq!(&packet, b"[data]");

    let header = DmaSlice::for_read(&packet, ..1).unwrap();
    scope_read(&mut channel, header, |tx| tx.wait()).unwrap();
    assert_eq!(uart.transmitted(), b"[");
}

#[test]
fn a_fault_ends_the_scope_with_the_error() {
    let (mut channel, _) = channel_with_incoming::<u8>(b"abc");
    channel.set_fault_after(Some(1));
    let mut buffer = [0u8; 3];
    let error = scope_write(&mut channel, &mut buffer, |rx| rx.wait()).unwrap_err();
    assert_eq!(error.after_words, 1);
    assert_eq!(&buffer, b"a\0\0");
}

#[cfg(feature = "derive")]
#[test]
fn a_derived_frame_on_the_stack_is_received() {
    #[derive(dma_buffer::DmaWriteBuffer, Debug, PartialEq)]
    #[repr(C)]
    struct Reading {
        channel: u16,
        samples: [u16; 3],
    }

    let (mut channel, _) = channel_with_incoming::<u16>(&[7, 100, 101, 102]);
    let mut reading = Reading {
        channel: 0,
        samples: [0; 3],
    };
    scope_write(&mut channel, &mut reading, |rx| rx.wait()).unwrap();
    assert_eq!(
        reading,
        Reading {
            channel: 7,
            samples: [100, 101, 102]
        }
    );
}
