// `usize` changes width with the target.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    len: u32,
    value: usize,
}

fn main() {}
