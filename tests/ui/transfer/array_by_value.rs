// An array by value would live inside the `Transfer` and move with it, away from the engine.
use dma_buffer::{sim::SimChannel, transfer::Transfer};

fn main() {
    let channel = SimChannel::<u8>::new();
    let transfer = Transfer::write([0u8; 64], channel);
    let _moved = transfer;
}
