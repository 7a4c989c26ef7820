//! The adversarial review's case (a), now sound: a crate that replaces `::core` with itself
//! (`extern crate self as core;`) and lies in `core::mem::size_of`. Generated code names nothing
//! through `::core`, so every length the engine is given is the compiler's, and under Miri the
//! simulated engine writes exactly the buffers' bytes. No test harness: the harness's own
//! generated code names `::core`.
#![forbid(unsafe_code)]

extern crate self as core;

/// What `::core::mem` is in this crate: `size_of` lies for 4-byte types.
pub mod mem {
    pub const fn size_of<T>() -> usize {
        match std::mem::size_of::<T>() {
            4 => 64,
            size => size,
        }
    }
    pub use std::mem::{align_of, size_of_val, MaybeUninit};
}

use dma_buffer::sim::SimChannel;
use dma_buffer::transfer::Transfer;
use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};

#[derive(FromBytes, IntoBytes, Immutable, KnownLayout, DmaWriteBuffer)]
#[dma(zerocopy)]
#[repr(C)]
pub struct Packet {
    bytes: [u8; 4],
}

#[derive(DmaWriteBuffer, DmaReadBuffer)]
#[repr(C)]
pub struct Word32 {
    value: [u8; 4],
}

#[derive(DmaWriteBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct Mixed<const N: usize> {
    head: [u8; N],
    tail: [u16; 1],
}

#[derive(DmaWriteBuffer)]
#[dma(delegate)]
pub struct Handle(Box<[u8; 4]>);

/// Receives `buffer` on a simulated UART that has 64 bytes to give, and returns the buffer and
/// how many bytes the engine took.
fn receive<B: dma_buffer::StaticWriteBuffer<Word = u8>>(buffer: B) -> (B, usize) {
    let channel = SimChannel::<u8>::new();
    let uart = channel.peripheral();
    uart.receive(&[0xAA; 64]);
    let (buffer, _channel) = Transfer::write(buffer, channel)
        .wait()
        .unwrap_or_else(|_| panic!("the simulated job faulted"));
    (buffer, 64 - uart.pending())
}

fn main() {
    let (packet, taken) = receive(Box::new(Packet { bytes: [0; 4] }));
    assert_eq!((packet.bytes, taken), ([0xAA; 4], 4));

    let (word, taken) = receive(Box::new(Word32 { value: [0; 4] }));
    assert_eq!((word.value, taken), ([0xAA; 4], 4));

    let (mixed, taken) = receive(Box::new(Mixed::<2> {
        head: [0; 2],
        tail: [0],
    }));
    assert_eq!((mixed.head, mixed.tail, taken), ([0xAA; 2], [0xAAAA], 4));

    let (handle, taken) = receive(Handle(Box::new([0; 4])));
    assert_eq!((*handle.0, taken), ([0xAA; 4], 4));

    let frame = Word32 {
        value: [1, 2, 3, 4],
    };
    assert_eq!((&frame).dma_read_buffer().1, 4);
    println!("4 passed, 0 failed");
}
