// A DMA write may store 2 in a `bool`.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    len: u8,
    value: bool,
}

fn main() {}
