// Awaiting a receive into a stack array: the task's future holds the array, and may be
// forgotten after a poll (or be a task that is never polled again and never dropped) while
// the engine writes. Use a `'static` buffer (`StaticCell`, `singleton!`), or a blocking scope.
use dma_buffer::{sim::SimChannel, transfer::Transfer};

async fn receive(channel: SimChannel<u8>) {
    let mut line = [0u8; 16];
    let _ = Transfer::write(&mut line, channel).await;
}

fn main() {
    let _ = receive(SimChannel::new());
}
