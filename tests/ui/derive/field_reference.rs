// A DMA write would overwrite the address in a reference.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    len: u32,
    value: &'static mut [u8; 4],
}

fn main() {}
