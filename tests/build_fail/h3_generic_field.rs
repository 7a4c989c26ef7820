//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A generic parent evaluates its fields' checks with its own, per instantiation.
#[path = "support/h.rs"]
mod support;

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use support::{h, H};

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
struct Parent<const N: usize> {
    h: H<N>,
}

fn main() {
    let mut buffer = Box::new(Parent { h: h::<3>() });
    let _ = buffer.dma_write_buffer();
}
