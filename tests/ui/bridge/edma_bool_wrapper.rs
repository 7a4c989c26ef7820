// `bool` is valid for two bit patterns only: no wrapper makes it DMA memory.
#[path = "support/hal.rs"]
mod hal;

use hal::G;

fn hal_rx<B: embedded_dma::WriteBuffer + 'static>(_buffer: B) {}

fn main() {
    hal_rx(Box::new(G([false; 4])));
}
