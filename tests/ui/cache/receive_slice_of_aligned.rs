// A sub-slice of a `CacheAligned` buffer may start or end inside a line: `receive` takes only
// pointers to a whole `CacheAligned` value.
use dma_buffer::cache::{CacheAligned, CacheMaintained};
use dma_buffer::sim::SimChannel;

#[path = "support/coherent.rs"]
mod coherent;
use coherent::Coherent;

fn main() {
    let channel = CacheMaintained::new(SimChannel::<u8>::new(), Coherent);
    let memory: &'static mut CacheAligned<[u8; 64]> = Box::leak(Box::new(CacheAligned::new([0; 64])));
    let _ = channel.receive(&mut memory[4..36]);
}
