// The async read of most HALs, `async fn read(&mut self, buffer: &mut [u8])`: a caller may poll
// the future once (the job starts) and `mem::forget` it, which ends the borrow of `line` without
// stopping the engine, so it writes into a stack frame that is reused. Async transfers take
// `'static` buffers only.
use core::future::Future;
use core::task::{Context, Waker};

use dma_buffer::{sim::SimChannel, transfer::Transfer};

async fn read(channel: SimChannel<u8>, buffer: &mut [u8; 16]) {
    let _ = Transfer::write(buffer, channel).await;
}

fn main() {
    let mut line = [0u8; 16];
    let mut future = Box::pin(read(SimChannel::new(), &mut line));
    let _ = future.as_mut().poll(&mut Context::from_waker(Waker::noop()));
    core::mem::forget(future);
}
