//@ features: derive
//@ error: this DMA target is less aligned than its word
//@ error: X<4> as dma_buffer::DmaWriteTarget>::WRITE_CHECK`
// Four bytes are two `u16`s by size, but a byte array may start at an odd address.
#[path = "support/x.rs"]
mod support;

use dma_buffer::DmaWriteBuffer;

fn main() {
    let mut buffer = Box::new(support::X { a: [0; 4] });
    let _ = buffer.dma_write_buffer();
}
