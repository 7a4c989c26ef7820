//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A sub-buffer asks the whole buffer for its pointer, which evaluates the element's check.
#[path = "support/h.rs"]
mod support;

use dma_buffer::{DmaSlice, DmaWriteBuffer};
use support::{h, H};

fn main() {
    let buffer: Box<[H<3>; 4]> = Box::new([h(), h(), h(), h()]);
    let mut part = DmaSlice::for_write(buffer, 1..3).unwrap();
    let _ = part.dma_write_buffer();
}
