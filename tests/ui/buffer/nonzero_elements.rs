// `NonZeroU8` is not a DMA word: a DMA write of 0 would make it invalid.
use std::num::NonZeroU8;

use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    let mut rx = [NonZeroU8::MIN; 4];
    start_rx(&mut rx);
}
