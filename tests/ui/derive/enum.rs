// An enum's discriminant is not valid for every bit pattern a DMA write may store.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
enum Frame {
    Short([u8; 4]),
    Long([u8; 64]),
}

fn main() {}
