// `align(8)` rounds a 6-byte struct up to 8 bytes: the error is at the hint that adds the
// padding, with the bytes it adds.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C, align(8))]
struct Samples {
    left: [u16; 2],
    right: [u16; 1],
}

fn main() {}
