//! [`block_on`]: the smallest executor, to run a driver's `async` code on the host.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

/// Runs `future` to completion on this thread, sleeping whenever it is pending until its
/// waker is woken: for the async transfers of a [`SimChannel`](super::SimChannel), whose
/// engine thread wakes it.
///
/// ```
/// use dma_buffer::sim::{block_on, SimChannel};
/// use dma_buffer::transfer::Transfer;
///
/// let channel = SimChannel::<u8>::new();
/// let uart = channel.peripheral();
/// let (_greeting, _channel) = block_on(async {
///     Transfer::read(b"hello", channel).await.unwrap()
/// });
/// assert_eq!(uart.transmitted(), b"hello");
/// ```
///
/// A future whose waker is never woken makes it sleep forever, as it would leave a firmware
/// task asleep.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        // Returns at once if woken since the last park; may also return spuriously, which
        // costs one more poll.
        thread::park();
    }
}

/// A waker that unparks the thread running [`block_on`].
struct Unpark(Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.0.unpark();
    }
}
