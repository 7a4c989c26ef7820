// An array is a DMA target only if its element is one.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    len: u8,
    value: [bool; 4],
}

fn main() {}
