//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A slice of a padded target evaluates the element's check.
#[path = "support/h.rs"]
mod support;

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use support::{h, H};

fn main() {
    let mut buffer: Box<[H<3>]> = Box::new([h()]);
    let _ = buffer.dma_write_buffer();
}
