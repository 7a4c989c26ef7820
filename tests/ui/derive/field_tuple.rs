// A tuple's layout is unspecified.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    len: u8,
    value: (u8, u8),
}

fn main() {}
