// `&mut Vec` lets the owner's `push` reallocate the memory under the DMA: not `StableDeref`.
use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    let mut rx = vec![0u8; 4];
    start_rx(&mut rx);
}
