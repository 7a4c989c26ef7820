// A struct without fields is no memory for a DMA engine to move.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Empty {}

fn main() {}
