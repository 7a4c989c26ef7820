// Two `word` keys contradict each other.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8, word = u16)]
struct Frame {
    header: [u16; 2],
    body: [u32; 30],
}

fn main() {}
