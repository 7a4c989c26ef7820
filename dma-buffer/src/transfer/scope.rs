//! Scoped transfers: a job on a borrowed buffer that ends, at the latest, with a closure.

use core::marker::PhantomData;

use super::channel::{self, DmaChannel, Job};
use crate::{DmaReadBuffer, DmaWriteBuffer};

/// A job running on a borrowed buffer, lent to the closure of [`scope_read`],
/// [`scope_write`] or [`scope_copy`].
///
/// The closure only ever gets `&mut ScopedTransfer`: the transfer itself belongs to the scope
/// function, which stops the job when the closure returns or unwinds. See the
/// [module docs](super#scoped-transfers-and-why-they-are-sound) for why no safe code can make
/// the job outlive the borrow of its buffer.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::{sim::SimChannel, transfer::scope_write};
///
/// let mut channel = SimChannel::<u8>::new();
/// let uart = channel.peripheral();
/// let mut line = [0u8; 16];
/// uart.receive(b"GO");
/// let received = scope_write(&mut channel, &mut line, |rx| {
///     while rx.channel().transferred() < 2 {}
///     rx.stop(); // a short line: stop early
///     rx.channel().transferred()
/// });
/// assert_eq!(&line[..received], b"GO");
/// # }
/// ```
pub struct ScopedTransfer<'scope, C: DmaChannel> {
    channel: &'scope mut C,
    /// Makes `'scope` invariant: nested scopes have distinct types, so their transfers
    /// cannot be swapped.
    _invariant: PhantomData<fn(&'scope ()) -> &'scope ()>,
}

impl<C: DmaChannel> ScopedTransfer<'_, C> {
    /// Whether the job has ended (completed, faulted or stopped).
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::scope_read};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// scope_read(&mut channel, b"bye", |tx| {
    ///     while !tx.is_done() {}
    /// });
    /// # }
    /// ```
    pub fn is_done(&self) -> bool {
        self.channel.status().is_ended()
    }

    /// The channel, to read its state (progress, …) while the job runs.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::scope_read};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// let sent = scope_read(&mut channel, b"abc", |tx| {
    ///     tx.wait().unwrap();
    ///     tx.channel().transferred()
    /// });
    /// assert_eq!(sent, 3);
    /// # }
    /// ```
    pub fn channel(&self) -> &C {
        self.channel
    }

    /// Waits until the job ends; `Err` if it ended on a fault.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::scope_copy};
    ///
    /// let mut channel = SimChannel::<u16>::new();
    /// let mut copy = [0u16; 2];
    /// scope_copy(&mut channel, &[7u16, 8], &mut copy, |t| t.wait()).unwrap();
    /// assert_eq!(copy, [7, 8]);
    /// # }
    /// ```
    pub fn wait(&mut self) -> Result<(), C::Error> {
        channel::wait_ended(self.channel)
    }

    /// Stops the job, wherever it is.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::scope_write};
    ///
    /// let mut channel = SimChannel::<u8>::new();
    /// let mut reply = [0u8; 4];
    /// scope_write(&mut channel, &mut reply, |rx| rx.stop()); // nothing arrives
    /// assert_eq!(reply, [0; 4]);
    /// # }
    /// ```
    pub fn stop(&mut self) {
        channel::stop_ended(self.channel);
    }
}

impl<C: DmaChannel> Drop for ScopedTransfer<'_, C> {
    fn drop(&mut self) {
        channel::stop_ended(self.channel);
    }
}

/// Runs `job` on `channel` while `body` runs, and stops it when `body` returns or unwinds.
///
/// # Safety
///
/// The memory `job` describes stays valid and unaliased, as the buffer traits promise, for
/// as long as this call runs; the caller's borrows of the buffers ensure that.
unsafe fn run<C, F, R>(channel: &mut C, job: Job<C::Word>, body: F) -> R
where
    C: DmaChannel,
    F: FnOnce(&mut ScopedTransfer<'_, C>) -> R,
{
    // Built first, so that if `start` unwinds, `Drop` stops the channel.
    let mut transfer = ScopedTransfer {
        channel,
        _invariant: PhantomData,
    };
    // SAFETY: the channel is idle: safe code holds only idle channels (the rules under
    // `DmaChannel`'s "Idle channels"), and a borrowed one comes back idle from every transfer
    // and scope. The caller keeps the memory valid for this call, and `transfer` stops the
    // job before the call ends.
    unsafe { channel::start_fenced(transfer.channel, job) };
    body(&mut transfer)
    // `transfer` drops here, also on unwinding: the job stops before the borrows end.
}

/// Sends `buffer` to the channel's peripheral while `body` runs (memory → peripheral); the
/// job is stopped, if still running, when `body` returns or panics.
///
/// The buffer may borrow from the stack: no `unsafe` and no `'static` needed. It is dropped
/// after the job ended; pass `&buffer` to keep it.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::{sim::SimChannel, transfer::scope_read};
///
/// let mut channel = SimChannel::<u8>::new();
/// let uart = channel.peripheral();
/// let mut command = [0u8; 4];
/// command.copy_from_slice(b"PING");
/// scope_read(&mut channel, &command, |tx| tx.wait()).unwrap();
/// assert_eq!(uart.transmitted(), b"PING");
/// # }
/// ```
///
/// Nothing of the transfer can leave the closure:
///
/// ```compile_fail
/// # use dma_buffer::{sim::SimChannel, transfer::scope_read};
/// let mut channel = SimChannel::<u8>::new();
/// let command = *b"PING";
/// let escaped = scope_read(&mut channel, &command, |tx| tx); // error: lifetime may not live long enough
/// ```
pub fn scope_read<B, C, F, R>(channel: &mut C, buffer: B, body: F) -> R
where
    B: DmaReadBuffer<Word = C::Word>,
    C: DmaChannel,
    F: FnOnce(&mut ScopedTransfer<'_, C>) -> R,
{
    let job = channel::read_job(&buffer);
    // SAFETY: `buffer` is owned by this call and not touched again until it is dropped after
    // `run` returns; its memory stays valid that long by the `DmaReadBuffer` contract.
    unsafe { run(channel, job, body) }
}

/// Receives from the channel's peripheral into `buffer` while `body` runs (peripheral →
/// memory); the job is stopped, if still running, when `body` returns or panics.
///
/// The buffer may borrow from the stack: no `unsafe` and no `'static` needed. It is dropped
/// after the job ended; pass `&mut buffer` to keep it.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::{sim::SimChannel, transfer::scope_write};
///
/// let mut channel = SimChannel::<u8>::new();
/// channel.peripheral().receive(b"PONG");
/// let mut reply = [0u8; 4];
/// scope_write(&mut channel, &mut reply, |rx| rx.wait()).unwrap();
/// assert_eq!(&reply, b"PONG");
/// # }
/// ```
pub fn scope_write<B, C, F, R>(channel: &mut C, mut buffer: B, body: F) -> R
where
    B: DmaWriteBuffer<Word = C::Word>,
    C: DmaChannel,
    F: FnOnce(&mut ScopedTransfer<'_, C>) -> R,
{
    let job = channel::write_job(&mut buffer);
    // SAFETY: as in `scope_read`, by the `DmaWriteBuffer` contract.
    unsafe { run(channel, job, body) }
}

/// Copies `source` into `destination` while `body` runs (memory → memory; as many words as
/// the shorter holds); the job is stopped, if still running, when `body` returns or panics.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::{sim::SimChannel, transfer::scope_copy};
///
/// let mut channel = SimChannel::<u8>::new();
/// let source = *b"frame";
/// let mut copy = [0u8; 5];
/// scope_copy(&mut channel, &source, &mut copy, |t| t.wait()).unwrap();
/// assert_eq!(copy, source);
/// # }
/// ```
pub fn scope_copy<S, D, C, F, R>(channel: &mut C, source: S, mut destination: D, body: F) -> R
where
    S: DmaReadBuffer<Word = C::Word>,
    D: DmaWriteBuffer<Word = C::Word>,
    C: DmaChannel,
    F: FnOnce(&mut ScopedTransfer<'_, C>) -> R,
{
    let job = channel::copy_job(&source, &mut destination);
    // SAFETY: as in `scope_read`, for both buffers.
    unsafe { run(channel, job, body) }
}
