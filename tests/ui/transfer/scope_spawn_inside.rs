// A thread spawned in the closure may outlive the scope, so it cannot take the transfer.
use std::thread;
use dma_buffer::{sim::SimChannel, transfer::scope_write};

fn main() {
    let mut channel = SimChannel::<u8>::new();
    let mut buffer = [0u8; 8];
    scope_write(&mut channel, &mut buffer, |rx| {
        thread::spawn(move || rx.wait().unwrap());
    });
}
