// On a cache-maintained channel, an RX buffer must be on whole cache lines: invalidating a
// line it shares with another object after the transfer would discard that object's data.
use dma_buffer::cache::CacheMaintained;
use dma_buffer::sim::SimChannel;

#[path = "support/coherent.rs"]
mod coherent;
use coherent::Coherent;

fn main() {
    let channel = CacheMaintained::new(SimChannel::<u8>::new(), Coherent);
    let _ = channel.receive(Box::new([0u8; 64]));
}
