// Every error in one input is reported in one build: three bad fields and a bad key.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(wrod = u8)]
struct Frame {
    valid: bool,
    scale: f32,
    count: usize,
    body: [u8; 4],
}

fn main() {}
