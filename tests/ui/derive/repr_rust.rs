// `repr(Rust)` is the default layout: field order and padding are the compiler's choice.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(Rust)]
struct Frame {
    header: [u32; 2],
    body: [u32; 30],
}

fn main() {}
