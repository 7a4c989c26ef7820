// rustc refuses `transparent` with `align`; the derive says so too, without panicking.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(transparent, align(2))]
struct Frame([u16; 32]);

fn main() {}
