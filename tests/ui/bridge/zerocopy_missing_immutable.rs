// A DMA read must not race a write through a shared reference: a `#[dma(zerocopy)]` read
// target needs `Immutable`.
use dma_buffer::DmaReadBuffer;
use zerocopy::{FromBytes, IntoBytes};

#[derive(FromBytes, IntoBytes, DmaReadBuffer)]
#[dma(zerocopy)]
#[repr(C)]
struct Report {
    sensor: u8,
    value: [u8; 3],
}

fn main() {}
