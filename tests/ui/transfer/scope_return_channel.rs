// A reference into the scoped transfer, returned from its closure, would outlive the scope.
use dma_buffer::{sim::SimChannel, transfer::scope_write};

fn main() {
    let mut channel = SimChannel::<u8>::new();
    let mut buffer = [0u8; 8];
    let escaped = scope_write(&mut channel, &mut buffer, |rx| rx.channel());
    let _ = escaped.transferred();
}
