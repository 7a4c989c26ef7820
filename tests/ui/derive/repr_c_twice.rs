// A repeated `repr` hint is a mistake to point out, not to ignore.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C, C)]
struct Frame {
    body: [u32; 32],
}

fn main() {}
