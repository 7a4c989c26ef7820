// `usize` is not a DMA word: its width changes with the target.
use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    let rx: &'static mut [usize; 4] = Box::leak(Box::new([0; 4]));
    start_rx(rx);
}
