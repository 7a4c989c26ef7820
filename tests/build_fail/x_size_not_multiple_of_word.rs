//@ features: derive
//@ error: this DMA target's size is not a multiple of its word's size
//@ error: X<3> as dma_buffer::DmaWriteTarget>::WRITE_CHECK`
// Three bytes viewed as `u16` words would leave half a word.
#[path = "support/x.rs"]
mod support;

use dma_buffer::DmaWriteBuffer;

fn main() {
    let mut buffer = Box::new(support::X { a: [0; 3] });
    let _ = buffer.dma_write_buffer();
}
