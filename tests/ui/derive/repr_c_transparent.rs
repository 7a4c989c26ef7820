// rustc refuses `C` with `transparent`; the derive says so too, without panicking.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C, transparent)]
struct Frame([u16; 32]);

fn main() {}
