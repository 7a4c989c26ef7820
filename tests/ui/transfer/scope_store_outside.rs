// A scoped transfer stored in a variable outside the closure would outlive the scope.
use dma_buffer::{sim::SimChannel, transfer::scope_write};

fn main() {
    let mut channel = SimChannel::<u8>::new();
    let mut buffer = [0u8; 8];
    let mut stored = None;
    scope_write(&mut channel, &mut buffer, |rx| stored = Some(rx));
    stored.unwrap().wait().unwrap();
}
