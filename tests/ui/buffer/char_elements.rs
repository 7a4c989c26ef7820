// `char` is not a DMA word: surrogates and values past 0x10FFFF are invalid.
use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    let mut chars = ['a'; 4];
    let rx: &mut [char] = &mut chars;
    start_rx(rx);
}
