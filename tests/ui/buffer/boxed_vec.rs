// `Box<Vec<u8>>` points at the `Vec`, not at its words: the target is not DMA memory.
use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    start_rx(Box::new(vec![0u8; 4]));
}
