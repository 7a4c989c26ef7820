// `packed(2)` lets `u32` words sit on 2-byte boundaries.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C, packed(2))]
struct Frame {
    header: [u32; 2],
    body: [u32; 30],
}

fn main() {}
