// A forgotten transfer never stops, so the engine would write into a dead stack frame.
use dma_buffer::{sim::SimChannel, transfer::Transfer};

fn receive(channel: SimChannel<u8>) {
    let mut line = [0u8; 16];
    let transfer = Transfer::write(&mut line, channel);
    core::mem::forget(transfer);
}

fn main() {
    receive(SimChannel::new());
}
