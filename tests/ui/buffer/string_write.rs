// A DMA write into a `String` could break UTF-8: strings are read-only buffers.
use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    start_rx(String::from("reply"));
}
