// `f32` is not a DMA word: DMA moves integers; convert floats with `to_bits`.
use dma_buffer::DmaReadBuffer;

fn start_tx<B: DmaReadBuffer>(_buffer: B) {}

fn main() {
    let samples: Box<[f32]> = Box::new([0.5; 4]);
    start_tx(samples);
}
