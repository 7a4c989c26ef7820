// A shared reference, even `'static`, does not allow writes.
use dma_buffer::DmaWriteBuffer;

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

static RX: [u8; 4] = [0; 4];

fn main() {
    let rx: &'static [u8] = &RX;
    start_rx(rx);
}
