// `bool` is not a DMA word: only 0 and 1 are valid bytes.
use dma_buffer::DmaReadBuffer;

fn start_tx<B: DmaReadBuffer>(_buffer: B) {}

fn main() {
    let flags: &[bool] = &[true, false];
    start_tx(flags);
}
