// Without a `repr` the compiler may reorder fields and add padding anywhere.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
struct Frame {
    header: [u32; 2],
    body: [u32; 30],
}

fn main() {}
