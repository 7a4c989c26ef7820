// A DMA read must not race a write through a shared reference: each field of a
// `#[dma(zerocopy)]` read target must be `Immutable`, and a `Cell` is not.
use core::cell::Cell;

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[dma(zerocopy)]
#[repr(C)]
struct Report {
    sensor: u8,
    value: Cell<u8>,
}

fn main() {}
