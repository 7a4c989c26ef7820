// `isize` changes width with the target.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    len: u32,
    value: isize,
}

fn main() {}
