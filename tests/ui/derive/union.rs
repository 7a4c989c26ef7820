// Nothing proves which of a union's fields holds the data.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
union Frame {
    bytes: [u8; 4],
    word: u32,
}

fn main() {}
