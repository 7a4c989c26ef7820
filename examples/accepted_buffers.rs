//! Which buffers a DMA engine accepts, and what each hands it: a start address, a word type and
//! a length in words. Run with `cargo run --example accepted_buffers`.
//!
//! Buffers that are refused do not compile; `tests/ui/buffer/` shows each with its error.

use std::any::type_name;
use std::mem::size_of;

use dma_buffer::{DmaSlice, StaticReadBuffer, StaticWriteBuffer};

/// Prints one row of the table: what a DMA channel would be programmed with.
fn row<W>(buffer: &str, direction: &str, (ptr, words): (*const W, usize)) {
    let word = type_name::<W>();
    let bytes = words * size_of::<W>();
    println!("{buffer:<32} {direction:<6} {ptr:>16p} {word:>4} {words:>6} {bytes:>6}");
}

/// What a HAL's transmit function takes: a buffer that stays valid even if the transfer leaks.
fn show_read<B: StaticReadBuffer>(buffer: &str, tx: B) -> B {
    row(buffer, "read", tx.dma_read_buffer());
    tx
}

/// What a HAL's receive function takes.
fn show_write<B: StaticWriteBuffer>(buffer: &str, mut rx: B) -> B {
    let (ptr, words) = rx.dma_write_buffer();
    row(buffer, "write", (ptr.cast_const(), words));
    rx
}

static mut RX_FRAME: [u16; 8] = [0; 8];

fn main() {
    println!(
        "{:<32} {:<6} {:>16} {:>4} {:>6} {:>6}",
        "buffer", "DMA", "pointer", "word", "words", "bytes"
    );

    // SAFETY: the only reference ever made to `RX_FRAME`.
    let frame: &'static mut [u16; 8] = unsafe { &mut *std::ptr::addr_of_mut!(RX_FRAME) };
    let frame = show_write("&'static mut [u16; 8]", frame);
    show_read("  the same, to send back", frame);

    let samples: Box<[u32]> = vec![0; 5].into_boxed_slice();
    let samples = show_write("Box<[u32]> (5 words)", samples);

    let mut line = Vec::with_capacity(64);
    line.extend_from_slice(b"AT+GMR\r\n");
    show_read("Vec<u8> (len 8, capacity 64)", line);

    show_read("String \"héllo\"", String::from("héllo"));

    // Only words 1..4 go to the DMA; `into_inner` gives all five back afterwards.
    let middle = DmaSlice::for_write(samples, 1..4).expect("1..4 lies within 5 words");
    let samples = show_write("DmaSlice of Box<[u32]>, 1..4", middle).into_inner();
    println!(
        "\nthe slice starts 4 bytes into the box at {:p}, which comes back whole: {} words",
        samples.as_ptr(),
        samples.len()
    );
}
