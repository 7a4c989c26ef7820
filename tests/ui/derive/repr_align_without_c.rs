// `align(N)` alone keeps the default layout, so the field order is still unspecified.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(align(4))]
struct Frame {
    header: [u8; 4],
    body: [u8; 60],
}

fn main() {}
