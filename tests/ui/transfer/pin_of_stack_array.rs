// `Pin` promises nothing for an `Unpin` array, and the stack frame dies with the function.
use core::pin::Pin;
use dma_buffer::{sim::SimChannel, transfer::Transfer};

fn start_receive(channel: SimChannel<u8>) {
    let mut array = [0u8; 64];
    let transfer = Transfer::write(Pin::new(&mut array), channel);
    core::mem::forget(transfer);
}

fn main() {
    start_receive(SimChannel::new());
}
