//! Transfers: a [`DmaChannel`] running a [`Job`] on a buffer, with the buffer's ownership
//! handed to the hardware for as long as it runs.
//!
//! - [`Transfer`] owns a `'static` buffer ([`StaticReadBuffer`], [`StaticWriteBuffer`]) and the
//!   channel; it may be moved, stored, sent to another thread or leaked, and gives both back
//!   from [`wait`](Transfer::wait) or [`stop`](Transfer::stop).
//! - [`scope_read`], [`scope_write`] and [`scope_copy`] run a transfer on a borrowed buffer (a
//!   stack array) for the duration of a closure, and need no `unsafe`.
//! - A `Transfer` on an [`AsyncDmaChannel`] is a future: `.await` it instead of `wait`. Async
//!   transfers take `'static` buffers only; [`asynch`] says why.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::transfer::{scope_write, Transfer};
//!
//! let channel = SimChannel::<u8>::new();
//! let uart = channel.peripheral();
//!
//! // An owned buffer: the transfer may outlive this function, so the buffer is `'static`.
//! let transfer = Transfer::read(Box::new(*b"hello"), channel);
//! let (_hello, mut channel) = transfer.wait().unwrap();
//! assert_eq!(uart.transmitted(), b"hello");
//!
//! // A stack buffer: the transfer ends, at the latest, when the closure returns.
//! let mut reply = [0u8; 3];
//! uart.receive(b"ok!");
//! scope_write(&mut channel, &mut reply, |rx| rx.wait()).unwrap();
//! assert_eq!(&reply, b"ok!");
//! # }
//! ```
//!
//! # Memory ordering
//!
//! The DMA engine is another bus master: the CPU must make its writes to a buffer visible
//! before starting the engine, and must not read the buffer before it has seen the engine
//! finish. Every start here is preceded by `fence(Release)` and every observed end (completion,
//! fault or stop) is followed by `fence(Acquire)`, before the buffer is handed back. Both are
//! a `DMB` on Cortex-M. A `compiler_fence` is not enough: it only stops the compiler from
//! moving accesses, while the CPU's write buffer and its several bus interfaces may still let
//! the register write that starts the engine overtake the buffer's last writes, or let a
//! buffer read run ahead of the status read that observed the end (ARM DAI 0321A, §3.2). On
//! cores with a data cache, cache maintenance is the [`DmaChannel`]'s job.
//!
//! # Why the buffer is held in `MaybeUninit`
//!
//! While the hardware runs, a [`Transfer`] keeps its buffer in a `MaybeUninit<B>` and touches
//! it only through raw pointers until the job ended. A `Box` or `&mut` held as a plain field
//! would be re-asserted as unique each time the `Transfer` is moved (passed to a function,
//! returned, stored): Rust's aliasing models (Stacked and Tree Borrows) then invalidate the
//! pointer the engine was given, and its next write is undefined behaviour. A union is not
//! retagged, so moving the transfer leaves that pointer valid. The Miri tests of this crate
//! move transfers into functions, structs and other threads to check it; with the buffer held
//! as a plain field, both Stacked and Tree Borrows report undefined behaviour in them.
//!
//! # Scoped transfers, and why they are sound
//!
//! The scope functions borrow the channel and the buffer for the duration of the call, start
//! the job, and lend the closure `&mut` [`ScopedTransfer`]. The `ScopedTransfer` itself lives
//! in the scope function's frame, and its destructor stops the job; so when the call ends, by
//! return or by unwinding, the hardware is done with the buffer before the borrow ends:
//! - the closure never owns the transfer, so it cannot `mem::forget` it (forgetting the
//!   `&mut` forgets nothing);
//! - the closure is called for every lifetime `'scope` (`for<'scope>`), so neither the
//!   reference nor anything borrowing it can be returned, stored outside, or sent to a
//!   `'static` thread: those are compile errors;
//! - `ScopedTransfer<'scope, _>` is invariant in `'scope`, so two nested scopes have different
//!   types and `mem::swap` cannot exchange their transfers (which would make the inner scope
//!   stop the outer job and leave its own running);
//! - the buffer is borrowed by the call, so the closure cannot touch it while the job runs.
//!
//! The only way left to skip the destructor is to never return from the scope (an endless
//! loop, an abort), which never ends the borrow either. Nothing is allocated, so this works in
//! `no_std` without `alloc`. Scopes nest, to run several transfers at once.
//!
//! # Counterexamples: what does not compile, and why
//!
//! Each of these unsound patterns is refused at compile time; `tests/ui/transfer/` in
//! the workspace holds one file per case, with the compiler's error beside it.
//!
//! - **An array by value**, `Transfer::write([0u8; 64], ch)`: the array would live inside the
//!   `Transfer` and move with it, away from the address the engine writes (requirement 1).
//!   A buffer is a pointer ([`StableDeref`](crate::StableDeref)); error: "`[u8; 64]` is not a
//!   buffer a DMA engine may write".
//! - **`Pin` of a stack array**, `Transfer::write(Pin::new(&mut array), ch)`: `Pin` only
//!   forbids moving a `!Unpin` target, and an array is `Unpin`, so it promises nothing; the
//!   array also dies with its stack frame while the engine may still write. `Pin` is not
//!   `StableDeref`, so not a DMA buffer.
//! - **A buffer whose `deref_mut` reallocates** (an `UnstableBuffer` that swaps in a new `Box`
//!   on every call): the engine would
//!   keep the first address and write into memory freed by the next `deref_mut`
//!   (requirement 2). Only `StableDeref` pointers are buffers, and implementing `StableDeref`
//!   is the `unsafe` promise that this never happens.
//! - **A stack buffer in a safe constructor, then `mem::forget`**: forgetting is safe and
//!   skips `Drop`, so the engine would go on writing into a dead stack frame (requirement 3).
//!   The safe constructors need `'static` buffers; error: "`line` does not live long enough
//!   ... argument requires that `line` is borrowed for `'static`". Use a [scope](scope_write),
//!   or the `unsafe` `*_unchecked` constructors and the promise they document.
//! - **Reading `MaybeUninit`**, `Transfer::read(Box::new(MaybeUninit::uninit()), ch)`: the
//!   engine would send uninitialized bytes. `MaybeUninit` is a write target only.
//! - **A `String` as a write target**: the engine may store bytes that are not UTF-8, and safe
//!   code then reads an invalid `str` (requirement 4). `str` is a read target only.
//! - **Escaping a scope**: returning the `&mut ScopedTransfer` (or `rx.channel()`) from the
//!   closure, storing it in a variable outside, sending it to a thread spawned before the
//!   scope or moving it into `std::thread::spawn`, swapping the transfers of nested scopes,
//!   and touching the buffer inside the closure while the job runs: each is a borrow error
//!   ("borrowed data escapes outside of closure", "lifetime may not live long enough",
//!   "cannot borrow `buffer` as mutable more than once").

pub mod asynch;
mod channel;
pub mod continuous;
mod scope;

use core::fmt;
use core::mem::{ManuallyDrop, MaybeUninit};
use core::ptr;

use crate::{DmaReadBuffer, DmaWriteBuffer, StaticReadBuffer, StaticWriteBuffer};

#[cfg(target_has_atomic = "ptr")]
pub use asynch::WakerSlot;
pub use asynch::{AsyncDmaChannel, TransferFuture};
pub use channel::{DmaChannel, Job, Status};
pub use continuous::{
    CircularChannel, DoubleBuffer, DoubleBufferChannel, Lent, Overrun, Position, Receive, Ring,
    RingReader, RingWriter, Transmit, Underrun,
};
pub use scope::{scope_copy, scope_read, scope_write, ScopedTransfer};

/// A job running on a channel, owning its buffer and the channel until it ends.
///
/// The safe constructors take `'static` buffers only ([`StaticReadBuffer`],
/// [`StaticWriteBuffer`]): a transfer may be leaked with `mem::forget`, and the engine then
/// keeps going, so its memory must never be freed. For a stack buffer, use a
/// [scope](scope_write).
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::Transfer;
///
/// let channel = SimChannel::<u16>::new();
/// let adc = channel.peripheral();
/// adc.receive(&[512, 513, 511, 510]);
///
/// let transfer = Transfer::write(vec![0u16; 4], channel);
/// // ... the program goes on while the engine fills the buffer ...
/// let (samples, _channel) = transfer.wait().unwrap();
/// assert_eq!(samples, [512, 513, 511, 510]);
/// # }
/// ```
///
/// Dropping a `Transfer` stops the channel and waits until it has stopped, then drops the
/// buffer; so a dropped transfer never leaves the engine writing into a freed `Box`.
pub struct Transfer<B, C: DmaChannel> {
    /// The buffer, untouched from the start of the job until its end was observed: a union
    /// so that moving the transfer does not retag it (see the [module docs](self)).
    buffer: MaybeUninit<B>,
    channel: C,
}

/// A job that ended on a fault: the channel's error, and the buffer and channel back.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::{Fault, Transfer};
///
/// let mut channel = SimChannel::<u8>::new();
/// channel.set_fault_after(Some(2)); // a bus error after two words
/// let Err(Fault { error, buffer, .. }) = Transfer::read(b"hello", channel).wait() else {
///     panic!("the simulated bus error did not happen");
/// };
/// assert_eq!(error.after_words, 2);
/// assert_eq!(buffer, b"hello");
/// # }
/// ```
pub struct Fault<B, C, E> {
    /// Why the job ended.
    pub error: E,
    /// The buffer, which the job may have read or written in part.
    pub buffer: B,
    /// The channel, idle.
    pub channel: C,
}

impl<B, C, E: fmt::Debug> fmt::Debug for Fault<B, C, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fault")
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl<B, C, E: fmt::Display> fmt::Display for Fault<B, C, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DMA transfer fault: {}", self.error)
    }
}

// The safe constructors bind the word as `DmaReadBuffer<Word = _>` next to `StaticReadBuffer`
// rather than as `StaticReadBuffer<Word = _>`: through the supertrait, rustc reports a value that
// is not a buffer as a bare "trait bound not satisfied", without the traits' explanations.
impl<B, C: DmaChannel> Transfer<B, C> {
    /// Starts sending `buffer` to the channel's peripheral (memory → peripheral).
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let (_greeting, _channel) = Transfer::read("hi\r\n", channel).wait().unwrap();
    /// assert_eq!(uart.transmitted(), b"hi\r\n");
    /// # }
    /// ```
    pub fn read(buffer: B, channel: C) -> Self
    where
        B: StaticReadBuffer + DmaReadBuffer<Word = C::Word>,
    {
        // SAFETY: a `'static` buffer stays valid even if the transfer is leaked.
        unsafe { Self::read_unchecked(buffer, channel) }
    }

    /// Starts sending a buffer that may borrow (memory → peripheral).
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let frame = [0x7e, 0x01, 0x7e];
    /// // SAFETY: the transfer is waited for right here, never leaked.
    /// let transfer = unsafe { Transfer::read_unchecked(&frame, channel) };
    /// transfer.wait().unwrap();
    /// assert_eq!(uart.transmitted(), frame);
    /// # }
    /// ```
    ///
    /// # Safety
    ///
    /// The transfer must not be leaked (`mem::forget`, an `Rc` cycle, a never-returning
    /// thread that owns it) while `buffer`'s memory could be freed or reused: it must be
    /// waited for, stopped or dropped before the borrow it holds ends. [`scope_read`] keeps
    /// this promise for you.
    pub unsafe fn read_unchecked(buffer: B, channel: C) -> Self
    where
        B: DmaReadBuffer<Word = C::Word>,
    {
        // SAFETY: the caller keeps the memory valid until the end is observed.
        unsafe { Self::start(buffer, channel, |buffer| channel::read_job(buffer)) }
    }

    /// Starts receiving from the channel's peripheral into `buffer` (peripheral → memory).
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"AT");
    /// let (reply, _channel) = Transfer::write(Box::new([0u8; 2]), channel).wait().unwrap();
    /// assert_eq!(&reply[..], b"AT");
    /// # }
    /// ```
    pub fn write(buffer: B, channel: C) -> Self
    where
        B: StaticWriteBuffer + DmaWriteBuffer<Word = C::Word>,
    {
        // SAFETY: a `'static` buffer stays valid even if the transfer is leaked.
        unsafe { Self::write_unchecked(buffer, channel) }
    }

    /// Starts receiving into a buffer that may borrow (peripheral → memory).
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"OK");
    /// let mut reply = [0u8; 2];
    /// // SAFETY: the transfer is waited for right here, never leaked.
    /// let transfer = unsafe { Transfer::write_unchecked(&mut reply, channel) };
    /// transfer.wait().unwrap();
    /// assert_eq!(&reply, b"OK");
    /// # }
    /// ```
    ///
    /// # Safety
    ///
    /// As for [`read_unchecked`](Self::read_unchecked): the transfer must not be leaked while
    /// `buffer`'s memory could be freed or reused. [`scope_write`] keeps this promise for you.
    pub unsafe fn write_unchecked(buffer: B, channel: C) -> Self
    where
        B: DmaWriteBuffer<Word = C::Word>,
    {
        // SAFETY: the caller keeps the memory valid until the end is observed.
        unsafe { Self::start(buffer, channel, channel::write_job) }
    }

    /// Starts `job(&mut buffer)` on `channel`, with the buffer already in its final place.
    ///
    /// # Safety
    ///
    /// `job` returns a job on the buffer's memory only, and that memory stays valid and
    /// unaliased (as the buffer traits promise) until the end of the job is observed, even if
    /// the transfer is leaked.
    unsafe fn start(buffer: B, channel: C, job: impl FnOnce(&mut B) -> Job<C::Word>) -> Self {
        // Built first, so that if `job` or `start` unwinds, `Drop` stops the channel.
        let mut transfer = Transfer {
            buffer: MaybeUninit::new(buffer),
            channel,
        };
        // SAFETY: initialized just above. The job's pointers come from the buffer where it
        // stays: inside this `MaybeUninit`, moved as bytes from now on, never retagged.
        let job = job(unsafe { transfer.buffer.assume_init_mut() });
        // SAFETY: the channel is idle: safe code holds only idle channels (the rules under
        // `DmaChannel`'s "Idle channels": its implementer's, and `start`'s caller's, which every
        // transfer and scope of this crate keeps). The caller keeps the memory valid.
        unsafe { channel::start_fenced(&mut transfer.channel, job) };
        transfer
    }

    /// Whether the job has ended (completed, faulted or stopped): [`wait`](Self::wait) would
    /// not block.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let transfer = Transfer::write(vec![0u8; 1], channel);
    /// assert!(!transfer.is_done()); // nothing was received yet
    /// uart.receive(b"!");
    /// while !transfer.is_done() {}
    /// assert_eq!(transfer.wait().unwrap().0, b"!");
    /// # }
    /// ```
    pub fn is_done(&self) -> bool {
        self.channel.status().is_ended()
    }

    /// The channel, to read its state (progress, …) while the job runs.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"ab");
    /// let transfer = Transfer::write(vec![0u8; 4], channel);
    /// while transfer.channel().transferred() < 2 {}
    /// let (received, _channel) = transfer.stop();
    /// assert_eq!(received, b"ab\0\0");
    /// # }
    /// ```
    pub fn channel(&self) -> &C {
        &self.channel
    }

    /// Waits until the job ends, and gives back the buffer and the channel; on a fault,
    /// also the channel's error.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u32>::new();
    /// let (words, _channel) = Transfer::read(vec![1u32, 2], channel).wait().unwrap();
    /// assert_eq!(words, [1, 2]);
    /// # }
    /// ```
    pub fn wait(self) -> Result<(B, C), Fault<B, C, C::Error>> {
        // If `status` unwinds, `self` drops here: that stops the job before the buffer goes.
        let outcome = channel::wait_ended(&self.channel);
        // SAFETY: the end of the job was observed, and ordered by `wait_ended`.
        unsafe { self.ended(outcome) }
    }

    /// The buffer and the channel, with the channel's error if the job ended on a fault.
    ///
    /// # Safety
    ///
    /// The end of the job was observed, `outcome` is how it ended, and `fence(Acquire)`
    /// followed.
    unsafe fn ended(self, outcome: Result<(), C::Error>) -> Result<(B, C), Fault<B, C, C::Error>> {
        // SAFETY: the caller's promise.
        let (buffer, channel) = unsafe { self.into_parts() };
        match outcome {
            Ok(()) => Ok((buffer, channel)),
            Err(error) => Err(Fault {
                error,
                buffer,
                channel,
            }),
        }
    }

    /// Stops the job, wherever it is, and gives back the buffer and the channel.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// // Nothing arrives: stop waiting for a reply.
    /// let (reply, _channel) = Transfer::write(vec![0u8; 8], channel).stop();
    /// assert_eq!(reply, [0; 8]);
    /// # }
    /// ```
    pub fn stop(mut self) -> (B, C) {
        channel::stop_ended(&mut self.channel);
        // SAFETY: `stop_ended` returned: the hardware is done with the buffer.
        unsafe { self.into_parts() }
    }

    /// The buffer and the channel, without running `Drop`.
    ///
    /// # Safety
    ///
    /// The end of the job was observed and followed by `fence(Acquire)`.
    unsafe fn into_parts(self) -> (B, C) {
        let this = ManuallyDrop::new(self);
        // SAFETY: `buffer` is initialized from construction until here or `drop`, and `this`
        // is never used or dropped again, so each field is moved out exactly once.
        unsafe { (this.buffer.assume_init_read(), ptr::read(&this.channel)) }
    }
}

impl<B, C: DmaChannel> Drop for Transfer<B, C> {
    fn drop(&mut self) {
        channel::stop_ended(&mut self.channel);
        // SAFETY: the hardware is done with the buffer; it is initialized until now, and
        // `self.buffer` is never read again.
        unsafe { self.buffer.assume_init_drop() }
    }
}

impl<S, D, C: DmaChannel> Transfer<(S, D), C> {
    /// Starts copying `source` into `destination` (memory → memory): as many words as the
    /// shorter of the two holds.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u32>::new();
    /// let transfer = Transfer::copy(&[1u32, 2, 3], vec![0u32; 3], channel);
    /// let ((_source, copy), _channel) = transfer.wait().unwrap();
    /// assert_eq!(copy, [1, 2, 3]);
    /// # }
    /// ```
    pub fn copy(source: S, destination: D, channel: C) -> Self
    where
        S: StaticReadBuffer + DmaReadBuffer<Word = C::Word>,
        D: StaticWriteBuffer + DmaWriteBuffer<Word = C::Word>,
    {
        // SAFETY: `'static` buffers stay valid even if the transfer is leaked.
        unsafe { Self::copy_unchecked(source, destination, channel) }
    }

    /// Starts copying between buffers that may borrow (memory → memory).
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::Transfer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let mut copy = [0u8; 4];
    /// // SAFETY: the transfer is waited for right here, never leaked.
    /// let transfer = unsafe { Transfer::copy_unchecked(b"data", &mut copy, channel) };
    /// transfer.wait().unwrap();
    /// assert_eq!(&copy, b"data");
    /// # }
    /// ```
    ///
    /// # Safety
    ///
    /// As for [`read_unchecked`](Self::read_unchecked), for both buffers. [`scope_copy`] keeps
    /// this promise for you.
    pub unsafe fn copy_unchecked(source: S, destination: D, channel: C) -> Self
    where
        S: DmaReadBuffer<Word = C::Word>,
        D: DmaWriteBuffer<Word = C::Word>,
    {
        // SAFETY: the caller keeps both buffers' memory valid until the end is observed.
        unsafe {
            Self::start((source, destination), channel, |(source, destination)| {
                channel::copy_job(source, destination)
            })
        }
    }
}
