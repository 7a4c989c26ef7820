// `packed(2)` aligns `value` to 2, not 4: a byte of padding after `tag`, which the error names
// with the offsets `packed(2)` gives.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[dma(zerocopy)]
#[repr(C, packed(2))]
struct Tagged {
    tag: u8,
    value: u32,
}

fn main() {}
