// An async scope made of a blocking one: the closure returns a future holding the scoped
// transfer, to be awaited, or forgotten, after the scope has stopped the job and ended the
// borrow of `line`. The scope's closure takes the transfer for every lifetime, so nothing
// borrowing it can leave.
use dma_buffer::{sim::SimChannel, transfer::scope_write};

fn main() {
    let mut channel = SimChannel::<u8>::new();
    let mut line = [0u8; 16];
    let pending = scope_write(&mut channel, &mut line, |rx| async move { rx.wait() });
    core::mem::forget(pending);
}
