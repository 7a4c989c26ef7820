//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A non-generic struct with a padded field fails at its definition, even if unused.
#[path = "support/h.rs"]
mod support;

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use support::{h, H};

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
#[allow(dead_code)]
struct Parent {
    h: H<3>,
}

fn main() {}
