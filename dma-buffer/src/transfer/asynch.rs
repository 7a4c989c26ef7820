//! Async transfers: `.await` a [`Transfer`] on a channel whose interrupt wakes the task.
//!
//! A [`Transfer`] on an [`AsyncDmaChannel`] is a future ([`IntoFuture`]): `.await` gives what
//! [`wait`](Transfer::wait) gives, the buffer and the channel or the [`Fault`], without
//! spinning. The task sleeps until the channel's interrupt handler wakes it.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use dma_buffer::sim::{block_on, SimChannel};
//! use dma_buffer::transfer::{AsyncDmaChannel, Transfer};
//!
//! /// A driver's receive, for any HAL's async byte channel: `None` on a fault.
//! async fn receive<C: AsyncDmaChannel<Word = u8>>(channel: C) -> Option<(Box<[u8; 4]>, C)> {
//!     let line = Box::new([0u8; 4]);
//!     Transfer::write(line, channel).await.ok()
//! }
//!
//! let channel = SimChannel::<u8>::new();
//! channel.peripheral().receive(b"ping");
//! let (line, _channel) = block_on(receive(channel)).unwrap();
//! assert_eq!(&*line, b"ping");
//! # }
//! ```
//!
//! # Why an async transfer owns its buffer
//!
//! A future can be leaked: `mem::forget`, an `Rc` cycle, a task that is never polled again
//! and never dropped. Its destructor then never runs, and a running DMA job is not stopped.
//! The async DMA APIs of most HALs borrow the buffer (`async fn read(&mut self, buf: &mut
//! [u8])`) and stop the engine in the future's `Drop`; so safe code can forget the future,
//! end the borrow, and let the engine write into memory that is reused (embassy issue #4378,
//! imxrt-hal #137).
//!
//! Here the future is the [`Transfer`] itself, which owns a `'static` buffer
//! ([`StaticReadBuffer`](crate::StaticReadBuffer), [`StaticWriteBuffer`](crate::StaticWriteBuffer))
//! and the channel. So:
//! - **forgetting** the future leaks the buffer and the channel with it: the engine goes on
//!   in memory that is never freed and that no other code can reach;
//! - **dropping** it before the job ends (a `select` that took another branch, a timeout, a
//!   cancelled task) runs the transfer's destructor, which stops the engine and waits for it
//!   before the buffer is dropped: cancellation returns nothing, and is sound;
//! - **completing** gives the buffer and the channel back, after the end of the job was read
//!   from [`status`](DmaChannel::status) and followed by `fence(Acquire)`, as `wait` does.
//!
//! The future holds no pointer into itself (the buffer's memory is behind its pointer, which
//! the [`StableDeref`](crate::StableDeref) bound keeps in place), so it is [`Unpin`] and may be
//! moved between polls, to another task or thread.
//!
//! # Why there is no async scope
//!
//! The [scoped transfers](super::scope_write) lend a stack buffer to the DMA for the duration
//! of a call, and are sound because that call cannot be skipped: the closure runs to its end
//! inside the scope function, whose frame stops the job before the borrow ends. An async
//! scope would be a future borrowing the buffer; its caller could poll it once (the job
//! starts), then `mem::forget` it. Forgetting ends the future's borrows without running its
//! destructor, so the stack frame holding the buffer can return and be reused while the
//! engine still writes there. No signature can forbid this: any future can be forgotten, and
//! a future that borrows is exactly one whose borrow may end while it is leaked.
//!
//! So the async API takes `'static` buffers only, and the compiler refuses the rest
//! (`tests/ui/async/` in the workspace holds each case with its error):
//! - `Transfer::write(&mut line, channel).await` on a stack array: "`line` does not live long
//!   enough ... argument requires that `line` is borrowed for `'static`";
//! - a HAL-style `async fn read(channel, buffer: &mut [u8; 16])` passing `buffer` on:
//!   "borrowed data escapes outside of function ... argument requires that `'1` must outlive
//!   `'static`";
//! - a scope whose closure returns an `async` block holding the scoped transfer, to await it
//!   later: "lifetime may not live long enough".
//!
//! Instead:
//! - take the buffer from a `static`: `static_cell::StaticCell`, `cortex_m::singleton!`, or
//!   `Box::leak` on a target with an allocator; a [derived](crate#deriving-dma-targets) frame
//!   struct works the same way (`&'static mut Frame`), and `.await` hands it back each time;
//! - or, for a short job, keep a blocking [scope](super::scope_write) inside the task: it
//!   spins instead of sleeping, but the buffer may live on the stack.
//!
//! The `unsafe` constructors ([`Transfer::write_unchecked`]) also give futures; their promise
//! (never leaked while the buffer is borrowed) then covers the future.

#[cfg(target_has_atomic = "ptr")]
mod waker_slot;

use core::future::{Future, IntoFuture};
use core::pin::Pin;
use core::task::{Context, Poll, Waker};

use super::channel;
use super::{DmaChannel, Fault, Transfer};

#[cfg(target_has_atomic = "ptr")]
pub use waker_slot::WakerSlot;

/// A [`DmaChannel`] whose end of job wakes a task: what makes a [`Transfer`] a future.
///
/// A HAL implements it next to `DmaChannel`: [`register_waker`](Self::register_waker) stores
/// the waker where the channel's interrupt handler finds it (a [`WakerSlot`] in a `static`),
/// and enables the channel's end-of-job interrupts; the interrupt handler wakes it.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::{block_on, SimChannel};
/// use dma_buffer::transfer::{AsyncDmaChannel, Transfer};
///
/// /// A driver that sends a frame and reports whether it went out whole.
/// async fn send<C: AsyncDmaChannel<Word = u8>>(channel: C, frame: &'static [u8]) -> (C, bool) {
///     match Transfer::read(frame, channel).await {
///         Ok((_frame, channel)) => (channel, true),
///         Err(fault) => (fault.channel, false),
///     }
/// }
///
/// let mut channel = SimChannel::<u8>::new();
/// let uart = channel.peripheral();
/// channel.set_fault_after(Some(2));
/// let (channel, sent) = block_on(send(channel, b"ping"));
/// assert!(!sent);
/// assert_eq!(uart.transmitted(), b"pi");
/// # }
/// ```
///
/// # The interrupt side
///
/// The handler of the channel's interrupt:
/// - **wakes after the end is visible through `status`.** A future registers, then reads
///   `status`; it sleeps if that read says [`Status::Busy`](super::Status::Busy). So by the time the handler wakes,
///   a `status` call on any core must see the end, completed, faulted or stopped; if the
///   handler clears the flags `status` reads (write-1-to-clear interrupt flags), it first
///   records the end where `status` reads it, with `Release`, and `status` reads that with
///   `Acquire`. Waking from a half-transfer or error interrupt too is fine.
/// - **needs no fence for the buffer**, and must not touch it: the future issues
///   `fence(Acquire)` after `status` reported the end, before it gives the buffer back.
/// - **may wake spuriously**, and never needs to know whether a task waits: the future reads
///   `status` on every poll, and sleeps again while the job runs. A wake with nothing
///   registered does nothing.
///
/// A wake that is lost (never sent, or sent before the end is visible) makes the task sleep
/// forever, but cannot make it read the buffer early: completion is decided by `status`
/// alone.
///
/// # Safety
///
/// [`register_waker`](Self::register_waker) is called with `&mut self` while a job runs,
/// and the transfer trusts `status` afterwards. An implementer promises that it:
/// - leaves the running job's memory to the hardware, and keeps every promise of
///   [`DmaChannel`] for that job: it does not start a job, does not replace or swap the
///   channel value's hardware channel with another, and leaves `status` reporting that job
///   (stopping it is allowed, `status` then says so);
/// - arranges that `waker` is woken, as described above, once the job ends after the call
///   (by completion, fault or stop), unless a later `register_waker` replaced it: the
///   latest registered waker is the one woken.
pub unsafe trait AsyncDmaChannel: DmaChannel {
    /// Makes `waker` the one woken when the current job ends, replacing the last one.
    ///
    /// Called by the transfer's future on each poll, before it reads
    /// [`status`](DmaChannel::status), so that a job ending after that read wakes the task.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use core::task::Waker;
    ///
    /// use dma_buffer::sim::SimChannel;
    /// use dma_buffer::transfer::{AsyncDmaChannel, DmaChannel, Status};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// channel.register_waker(Waker::noop()); // no job: never woken, and harmless
    /// assert_eq!(channel.status(), Status::Idle);
    /// # }
    /// ```
    fn register_waker(&mut self, waker: &Waker);
}

/// A [`Transfer`] being awaited: what `transfer.await` polls.
///
/// Made by [`IntoFuture`] on the transfer; its output is [`wait`](Transfer::wait)'s.
/// Dropping it before the job ends stops the job, as dropping the transfer does; forgetting
/// it leaves the job running on its `'static` buffer (see the [module docs](self)).
///
/// ```
/// # #[cfg(feature = "std")] {
/// use core::future::IntoFuture;
///
/// use dma_buffer::sim::{block_on, SimChannel};
/// use dma_buffer::transfer::{Transfer, TransferFuture};
///
/// let channel = SimChannel::<u16>::new();
/// channel.peripheral().receive(&[1, 2, 3]);
/// // A driver may keep the future in a field, or hand it to another task.
/// let receiving: TransferFuture<Vec<u16>, _> = Transfer::write(vec![0; 3], channel).into_future();
/// let (samples, _channel) = block_on(receiving).unwrap();
/// assert_eq!(samples, [1, 2, 3]);
/// # }
/// ```
#[must_use = "futures do nothing unless polled; dropping this one stops the transfer"]
pub struct TransferFuture<B, C: AsyncDmaChannel> {
    /// `None` once the output was returned.
    transfer: Option<Transfer<B, C>>,
}

// Nothing is pinned: the buffer's memory is behind its `StableDeref` pointer, not inside the
// future, and the transfer may be moved at any time (see `Transfer`'s docs).
impl<B, C: AsyncDmaChannel> Unpin for TransferFuture<B, C> {}

impl<B, C: AsyncDmaChannel> IntoFuture for Transfer<B, C> {
    type Output = Result<(B, C), Fault<B, C, C::Error>>;
    type IntoFuture = TransferFuture<B, C>;

    fn into_future(self) -> TransferFuture<B, C> {
        TransferFuture {
            transfer: Some(self),
        }
    }
}

impl<B, C: AsyncDmaChannel> Future for TransferFuture<B, C> {
    type Output = Result<(B, C), Fault<B, C, C::Error>>;

    /// # Panics
    ///
    /// If polled again after it returned [`Poll::Ready`].
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let transfer = self
            .transfer
            .as_mut()
            .expect("TransferFuture polled after it completed");
        // Registered before `status` is read: a job that ends after the read wakes this task.
        transfer.channel.register_waker(cx.waker());
        let Poll::Ready(outcome) = channel::poll_ended(&transfer.channel) else {
            return Poll::Pending;
        };
        let transfer = self.transfer.take().expect("checked above");
        // SAFETY: `poll_ended` observed the end of the job and ordered the CPU after it.
        Poll::Ready(unsafe { transfer.ended(outcome) })
    }
}
