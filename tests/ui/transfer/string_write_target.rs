// A DMA write could leave bytes in a `String` that are not UTF-8.
use dma_buffer::{sim::SimChannel, transfer::Transfer};

fn main() {
    let line = String::from("################");
    let _transfer = Transfer::write(line, SimChannel::<u8>::new());
}
