// A `u8` then a `u32` leaves three bytes of padding, which the DMA would read and write.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
struct Frame {
    kind: u8,
    value: u32,
}

fn main() {}
