// A DMA write may store an invalid `Option` discriminant.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    len: u8,
    value: Option<u8>,
}

fn main() {}
