// Floats are not DMA words; the bits go as `u32`.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    len: u32,
    value: f32,
}

fn main() {}
