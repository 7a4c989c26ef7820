// Most `u32` bit patterns are not valid `char`s.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    len: u32,
    value: char,
}

fn main() {}
