//! An embassy-style task receiving frames by async DMA into a derived struct, on the host's
//! simulated engine. Run with `cargo run --example async_rx`.
//!
//! The task, `uart_rx_task`, is firmware code: `firmware/async-rx` builds the same file
//! `no_std` for Cortex-M, where a HAL's channel and its interrupt wake it. Here the simulated
//! engine thread plays the interrupt, and `block_on` plays the executor.

#[path = "../firmware/async-rx/src/driver.rs"]
mod driver;

use std::future::{poll_fn, Future};
use std::pin::pin;
use std::thread;
use std::time::{Duration, Instant};

use dma_buffer::sim::{block_on, SimChannel};
use driver::{uart_rx_task, Frame};

/// About 115200 baud: one byte every 87 µs.
const BYTE_TIME: Duration = Duration::from_micros(87);

/// What the other end of the line sends, with a pause before each frame.
const FRAMES: [(&[u8; 4], &str, Duration); 3] = [
    (b"TEMP", "21.5 C", Duration::from_millis(5)),
    (b"HUMI", "40 %", Duration::from_millis(20)),
    (b"WIND", "12 km/h NNE", Duration::from_millis(10)),
];

/// A frame on the wire, the payload padded with spaces to 28 bytes.
fn wire_frame(tag: &[u8; 4], payload: &str) -> Vec<u8> {
    let mut bytes = tag.to_vec();
    bytes.extend(format!("{payload:<28}").bytes().take(28));
    bytes
}

/// Runs `future` on `block_on`, counting how often the executor had to poll it.
fn block_on_counting<F: Future>(future: F) -> (F::Output, u32) {
    let mut future = pin!(future);
    let mut polls = 0;
    let output = block_on(poll_fn(|cx| {
        polls += 1;
        future.as_mut().poll(cx)
    }));
    (output, polls)
}

fn main() {
    let mut rx = SimChannel::<u8>::new();
    rx.set_word_delay(BYTE_TIME);
    let line = rx.peripheral();
    // On a target: `static_cell::StaticCell` or `cortex_m::singleton!`.
    let frame: &'static mut Frame = Box::leak(Box::new(Frame::EMPTY));

    println!("1. The task receives three frames, sleeping between them");
    let sender = {
        let line = line.clone();
        thread::spawn(move || {
            for (tag, payload, pause) in FRAMES {
                thread::sleep(pause);
                line.receive(&wire_frame(tag, payload));
            }
        })
    };
    let started = Instant::now();
    let task = uart_rx_task(rx, frame, FRAMES.len() as u32, |frame| {
        println!(
            "   {:>5.1} ms  {} {}",
            started.elapsed().as_secs_f64() * 1e3,
            frame.tag.escape_ascii(),
            frame.payload.escape_ascii().to_string().trim_end()
        );
    });
    let ((mut rx, frame, stats), polls) = block_on_counting(task);
    sender.join().unwrap();
    println!("   {stats:?}; the executor polled the task {polls} times for 96 bytes");
    println!();

    println!("2. A bus error 10 bytes into a frame: the task gets the frame and channel back");
    rx.set_fault_after(Some(10));
    line.receive(&wire_frame(b"LOST", "to a bus error"));
    let ((_rx, _frame, stats), _) = block_on_counting(uart_rx_task(rx, frame, 1, |_| {}));
    println!(
        "   {stats:?}; {} bytes are left on the line",
        line.pending()
    );
}
