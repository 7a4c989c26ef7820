// An `Arc` is shared: a DMA write would change memory other clones (and threads) read.
use std::sync::Arc;

use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    let rx: Arc<[u8]> = Arc::from([0u8; 4]);
    start_rx(rx);
}
