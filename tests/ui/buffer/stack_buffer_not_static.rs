// A stack buffer dies with its frame, but a leaked (`mem::forget`) transfer would keep the DMA
// writing into it: safe transfer APIs require `StaticWriteBuffer`.
use dma_buffer::StaticWriteBuffer;

fn start_rx<B: StaticWriteBuffer>(_buffer: B) {}

fn main() {
    let mut rx = [0u8; 4];
    start_rx(&mut rx);
}
