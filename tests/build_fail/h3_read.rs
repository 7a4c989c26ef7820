//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::ReadFields>::LAYOUT`
// The read route evaluates the same check as the write route.
#[path = "support/h.rs"]
mod support;

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use support::{h, H};

fn main() {
    let buffer: &H<3> = &h();
    let _ = buffer.dma_read_buffer();
}
