// A delegate's word is its field's; `word` cannot change it.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[dma(delegate, word = u8)]
struct RxBuf(&'static mut [u16; 128]);

fn main() {}
