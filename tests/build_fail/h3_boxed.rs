//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A padded instantiation of a generic target fails as soon as a buffer points at it.
#[path = "support/h.rs"]
mod support;

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use support::{h, H};

fn main() {
    let mut buffer = Box::new(h::<3>());
    let _ = buffer.dma_write_buffer();
}
