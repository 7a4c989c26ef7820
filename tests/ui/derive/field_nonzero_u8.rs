// A DMA write may store zero in a `NonZeroU8`.
use std::num::NonZeroU8;

use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    len: u8,
    value: NonZeroU8,
}

fn main() {}
