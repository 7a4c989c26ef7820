// A delegate forwards to its one buffer field; a second field would be left out of the DMA.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[dma(delegate)]
struct RxBuf {
    buffer: &'static mut [u8; 256],
    filled: usize,
}

fn main() {}
