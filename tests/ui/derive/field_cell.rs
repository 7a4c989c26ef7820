// A `Cell` lets the CPU write while the DMA reads.
use std::cell::Cell;

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    len: u8,
    value: Cell<u8>,
}

fn main() {}
