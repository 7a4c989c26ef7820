// The engine owns the buffer while the scoped transfer runs: the closure must not touch it.
use dma_buffer::{sim::SimChannel, transfer::scope_write};

fn main() {
    let mut channel = SimChannel::<u8>::new();
    let mut buffer = [0u8; 8];
    scope_write(&mut channel, &mut buffer, |rx| {
        buffer[0] = b'!';
        rx.wait().unwrap();
    });
}
