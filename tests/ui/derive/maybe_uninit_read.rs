// A DMA read must not see uninitialized memory.
use std::mem::MaybeUninit;

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    header: [u32; 2],
    body: MaybeUninit<[u32; 30]>,
}

fn main() {}
