// An `Rc` is shared: a DMA write would change memory other clones read.
use std::rc::Rc;

use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    let rx: Rc<[u8]> = Rc::from([0u8; 4]);
    start_rx(rx);
}
