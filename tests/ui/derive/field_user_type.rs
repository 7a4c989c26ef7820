// A type of one's own is DMA memory only if it derives the same trait.
use dma_buffer::DmaWriteBuffer;

#[repr(C)]
struct Header {
    id: [u32; 2],
}

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    header: Header,
    body: [u32; 30],
}

fn main() {}
