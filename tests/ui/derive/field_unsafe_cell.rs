// An `UnsafeCell` lets the CPU write while the DMA reads.
use std::cell::UnsafeCell;

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    len: u32,
    value: UnsafeCell<u32>,
}

fn main() {}
