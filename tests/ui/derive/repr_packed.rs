// `packed` lets the DMA's words be unaligned.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C, packed)]
struct Frame {
    header: [u32; 2],
    body: [u32; 30],
}

fn main() {}
