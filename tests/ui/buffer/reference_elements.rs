// References are not DMA words: the DMA would send addresses, not the data they point at.
use dma_buffer::DmaReadBuffer;

fn start_tx<B: DmaReadBuffer>(_buffer: B) {}

fn main() {
    let byte = 7u8;
    let tx: &[&u8] = &[&byte];
    start_tx(tx);
}
