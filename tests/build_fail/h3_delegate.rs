//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A `delegate` handle forwards to its field's buffer, which evaluates the target's check.
#[path = "support/h.rs"]
mod support;

use dma_buffer::DmaWriteBuffer;
use support::{h, H};

#[derive(DmaWriteBuffer)]
#[dma(delegate)]
struct RxHandle(Box<H<3>>);

fn main() {
    let mut handle = RxHandle(Box::new(h()));
    let _ = handle.dma_write_buffer();
}
