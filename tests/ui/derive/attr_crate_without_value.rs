// `crate` needs the path of `dma_buffer`.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(crate)]
struct Frame {
    body: [u32; 32],
}

fn main() {}
