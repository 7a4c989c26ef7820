// Without `#[dma(word = ..)]` all fields must share one word type.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    header: [u16; 2],
    body: [u32; 30],
}

fn main() {}
