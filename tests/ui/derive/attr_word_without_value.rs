// `word` needs a type.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(word)]
struct Frame {
    header: [u16; 2],
    body: [u32; 30],
}

fn main() {}
