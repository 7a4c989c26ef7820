// A DMA write may store any bytes: a `#[dma(zerocopy)]` write target needs `FromBytes`.
use dma_buffer::DmaWriteBuffer;
use zerocopy::{Immutable, IntoBytes};

#[derive(IntoBytes, Immutable, DmaWriteBuffer)]
#[dma(zerocopy)]
#[repr(C)]
struct Status {
    code: u8,
    ready: bool,
}

fn main() {}
