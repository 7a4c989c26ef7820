// A raw pointer is an address, not DMA memory.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    len: u8,
    value: *mut u8,
}

fn main() {}
