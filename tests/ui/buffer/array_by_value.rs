// An array by value lives inside the buffer value: moving it moves the memory under the DMA.
use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    start_rx([0u8; 4]);
}
