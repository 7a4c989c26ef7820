//! [`DoubleBuffer`]: two buffers back to back, the finished one lent to the program.

use core::fmt;
use core::mem::{ManuallyDrop, MaybeUninit};
use core::ops::{Deref, DerefMut};

use super::{DoubleBufferChannel, Overrun};
use crate::transfer::channel::{acquire_ended, read_job, release_to_engine, write_job};
use crate::transfer::{Job, Status, Transfer};
use crate::{DmaReadBuffer, DmaWriteBuffer, StaticReadBuffer, StaticWriteBuffer};

/// Ping-pong: the engine works on one buffer while the program has the other.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::DoubleBuffer;
///
/// let channel = SimChannel::<u8>::new();
/// let uart = channel.peripheral();
/// let mut rx = DoubleBuffer::write(Box::new([0u8; 4]), Box::new([0u8; 4]), channel);
/// uart.receive(b"ping");
/// while !rx.is_ready() {}
/// let full = rx.try_take().unwrap().unwrap();
/// // The engine moved on to the other buffer: this one is the program's, as `&mut`.
/// assert_eq!(&**full, b"ping");
/// drop(full); // queues it again behind the other
/// # }
/// ```
///
/// [`try_take`](Self::try_take) lends the buffer the engine finished as a [`Lent`] (a `&mut`
/// to the buffer); dropping it (or [`Lent::give_back`]) queues the buffer behind the one the
/// engine is on. The [channel](DoubleBufferChannel) promises that an engine that finishes a
/// buffer goes on only with a buffer queued in time, and otherwise halts: so a lent buffer is
/// never reached by the engine, however slow the program. A buffer given back after the
/// engine halted restarts it, and the gap is reported as [`Overrun`], by `give_back` or, for a
/// dropped `Lent`, by the next `try_take`. A fault ends the chain for good: the double buffer
/// lends the buffer the fault cut short (as it is), reports an overrun for every buffer given
/// back, and leaves the channel as it is, its status telling why; [`stop`](Self::stop) to
/// recover the buffers and the channel.
///
/// Dropping the double buffer stops the engine, then drops both buffers; [`stop`](Self::stop)
/// gives them back; a forgotten one leaves the engine on `'static` memory.
pub struct DoubleBuffer<B, C: DoubleBufferChannel> {
    transfer: Transfer<[B; 2], C>,
    /// The job a buffer makes: receive into it, or send it.
    job: fn(&mut B) -> Job<C::Word>,
    /// The buffer the engine finishes next (or finished, if `front_full`).
    front: usize,
    /// Whether the front buffer is finished already: the chain ended with it, and was
    /// restarted on the other buffer.
    front_full: bool,
    /// The completions of the current chain lent out so far.
    lent: u32,
    /// A dropped `Lent` came back after the engine halted, not reported yet.
    overrun: bool,
    /// The slot of the `Lent` last handed out, until it comes back: still set when
    /// `try_take` runs again only if that `Lent` was forgotten, which then gives it back.
    out: Option<usize>,
    /// The chain ended on a fault: it is not restarted.
    faulted: bool,
}

/// Where a [`DoubleBuffer`]'s engine is with its front buffer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Front {
    /// Still on it.
    Running,
    /// Finished it: a completion not lent yet.
    Finished,
    /// The chain ended on a fault in it.
    CutShort,
}

/// The buffer a [`DoubleBuffer`]'s engine finished, lent to the program; dropping it gives it
/// back. One passed to `mem::forget` is given back by the next
/// [`try_take`](DoubleBuffer::try_take), as if dropped then.
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::{sim::SimChannel, transfer::DoubleBuffer};
///
/// let channel = SimChannel::<u8>::new();
/// let uart = channel.peripheral();
/// // Transmit: the program refills the buffer the engine sent.
/// let mut tx = DoubleBuffer::read(vec![b'a'; 2], vec![b'b'; 2], channel);
/// while !tx.is_ready() {}
/// let mut sent = tx.try_take().unwrap().unwrap();
/// sent.copy_from_slice(b"cc");
/// if sent.give_back().is_err() {
///     // The engine had sent `bb` and halted: a gap before `cc`.
/// }
/// while uart.transmitted().len() < 6 {}
/// assert_eq!(uart.transmitted(), b"aabbcc");
/// # }
/// ```
pub struct Lent<'a, B, C: DoubleBufferChannel> {
    double: &'a mut DoubleBuffer<B, C>,
    slot: usize,
}

impl<B, C: DoubleBufferChannel> DoubleBuffer<B, C> {
    /// Starts receiving into `first`, then into `second`, then into whichever came back.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::DoubleBuffer};
    ///
    /// let rx = DoubleBuffer::write(vec![0u16; 32], vec![0u16; 32], SimChannel::<u16>::new());
    /// let ([first, second], _channel) = rx.stop();
    /// assert_eq!((first.len(), second.len()), (32, 32));
    /// # }
    /// ```
    pub fn write(first: B, second: B, channel: C) -> Self
    where
        B: StaticWriteBuffer + DmaWriteBuffer<Word = C::Word>,
    {
        Self::start([first, second], channel, write_job)
    }

    /// Starts sending `first`, then `second`, then whichever came back.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::DoubleBuffer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let tx = DoubleBuffer::read(b"ping", b"pong", channel);
    /// while tx.channel().transferred() < 8 {}
    /// assert_eq!(uart.transmitted(), b"pingpong");
    /// # }
    /// ```
    pub fn read(first: B, second: B, channel: C) -> Self
    where
        B: StaticReadBuffer + DmaReadBuffer<Word = C::Word>,
    {
        Self::start([first, second], channel, |buffer| read_job(buffer))
    }

    fn start(buffers: [B; 2], channel: C, job: fn(&mut B) -> Job<C::Word>) -> Self {
        // Built first, so that if anything below unwinds, `Drop` stops the channel.
        let mut double = DoubleBuffer {
            transfer: Transfer {
                buffer: MaybeUninit::new(buffers),
                channel,
            },
            job,
            front: 0,
            front_full: false,
            lent: 0,
            overrun: false,
            out: None,
            faulted: false,
        };
        let first = (double.job)(double.buffer(0));
        let next = (double.job)(double.buffer(1));
        release_to_engine();
        // SAFETY: the channel is idle: safe code holds only idle channels (the rules under
        // `DmaChannel`'s "Idle channels"); the buffers are `'static`, held by
        // `transfer` (which stops the channel before dropping them) and not touched until the
        // engine finished them; the fence is issued.
        unsafe { double.transfer.channel.start_chain(first, Some(next)) };
        double
    }

    /// The buffer in `slot`.
    fn buffer(&mut self, slot: usize) -> &mut B {
        // SAFETY: both buffers are initialized until `transfer` drops or gives them back;
        // only this element is borrowed, never the array, so the other buffer, which the
        // engine may be using, is not retagged.
        unsafe { &mut *self.transfer.buffer.as_mut_ptr().cast::<B>().add(slot) }
    }

    /// Whether [`try_take`](Self::try_take) has something to return: a finished buffer, or
    /// an overrun to report.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::DoubleBuffer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"ab");
    /// let mut rx = DoubleBuffer::write(vec![0u8; 2], vec![0u8; 2], channel);
    /// while !rx.is_ready() {}
    /// assert_eq!(*rx.try_take().unwrap().unwrap(), b"ab");
    /// # }
    /// ```
    pub fn is_ready(&self) -> bool {
        self.overrun || self.front_full || (!self.faulted && self.front() != Front::Running)
    }

    /// Where the engine is with the front buffer. `queue` notices a fault when a buffer comes
    /// back; this notices one while the program holds none. The status first, then the
    /// completions: once the acquire fence has seen the chain's end, they count no more, so a
    /// buffer finished just before the fault is never taken for the one it cut short.
    fn front(&self) -> Front {
        let faulted = matches!(self.transfer.channel.status(), Status::Fault(_));
        if faulted {
            acquire_ended();
        }
        if self.transfer.channel.completed() != self.lent {
            Front::Finished
        } else if faulted {
            Front::CutShort
        } else {
            Front::Running
        }
    }

    /// Lends the buffer the engine finished, if it finished one: `Ok(None)` if it is still on
    /// it; `Err(Overrun)` once for a dropped [`Lent`] that came back after the engine halted.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::DoubleBuffer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let mut rx = DoubleBuffer::write(vec![0u8; 4], vec![0u8; 4], channel);
    /// assert!(rx.try_take().unwrap().is_none()); // nothing arrived
    /// # }
    /// ```
    pub fn try_take(&mut self) -> Result<Option<Lent<'_, B, C>>, Overrun> {
        // A `Lent` borrows `self`: it ended without coming back, so it was forgotten, and the
        // program can no longer reach its buffer; give it back as dropping it would have.
        if let Some(slot) = self.out.take() {
            self.requeue(slot);
        }
        if core::mem::take(&mut self.overrun) {
            return Err(Overrun);
        }
        if !self.front_full {
            if self.faulted {
                return Ok(None);
            }
            match self.front() {
                Front::Finished => self.lent = self.lent.wrapping_add(1),
                // Lent as it is, the last one: the chain is not restarted.
                Front::CutShort => self.faulted = true,
                Front::Running => return Ok(None),
            }
        }
        self.front_full = false;
        // The engine's writes to the finished buffer are visible from here on.
        acquire_ended();
        let slot = self.front;
        self.front ^= 1;
        self.out = Some(slot);
        Ok(Some(Lent { double: self, slot }))
    }

    /// Queues the buffer of a `Lent` that ended without `Lent::give_back`, keeping the
    /// overrun for the next `try_take`.
    fn requeue(&mut self, slot: usize) {
        if self.queue(slot).is_err() {
            self.overrun = true;
        }
    }

    /// Queues the buffer in `slot` behind the front one; if the chain had ended, restarts it
    /// with this buffer and reports the gap.
    fn queue(&mut self, slot: usize) -> Result<(), Overrun> {
        if self.faulted {
            return Err(Overrun);
        }
        let job = (self.job)(self.buffer(slot));
        release_to_engine();
        // SAFETY: nothing is queued (the buffer queued last is the front one, and the engine
        // started it: its predecessor was counted and lent, or it was the first); the buffer is
        // `'static`, held by `transfer`, and not touched until the engine finished it.
        if unsafe { self.transfer.channel.queue(job) } {
            return Ok(());
        }
        // The chain ended, which `queue` observed: the front buffer is finished, or cut short
        // by a fault.
        acquire_ended();
        self.front_full = true;
        if let Status::Fault(_) = self.transfer.channel.status() {
            self.faulted = true;
            return Err(Overrun);
        }
        self.lent = 0;
        // SAFETY: the chain ended, so the channel is idle; as above for the buffer.
        unsafe { self.transfer.channel.start_chain(job, None) };
        Err(Overrun)
    }

    /// The channel, to read its state (completions, status, …) while the jobs run.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::transfer::{DmaChannel, DoubleBuffer, Status};
    ///
    /// let rx = DoubleBuffer::write(vec![0u8; 4], vec![0u8; 4], dma_buffer::sim::SimChannel::new());
    /// assert_eq!(rx.channel().status(), Status::Busy);
    /// # }
    /// ```
    pub fn channel(&self) -> &C {
        &self.transfer.channel
    }

    /// Stops the engine, wherever it is, and gives back both buffers (in the order they were
    /// given) and the channel.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::DoubleBuffer};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"abc");
    /// let rx = DoubleBuffer::write(Box::new([0u8; 2]), Box::new([0u8; 2]), channel);
    /// while rx.channel().transferred() < 3 {}
    /// let ([first, second], _channel) = rx.stop();
    /// assert_eq!((&*first, &*second), (b"ab", b"c\0"));
    /// # }
    /// ```
    pub fn stop(self) -> ([B; 2], C) {
        self.transfer.stop()
    }
}

impl<B, C: DoubleBufferChannel> Lent<'_, B, C> {
    /// The channel, to read its state while the program has the buffer.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::transfer::{DmaChannel, DoubleBuffer, Status};
    ///
    /// let channel = dma_buffer::sim::SimChannel::<u8>::new();
    /// channel.peripheral().receive(b"a");
    /// let mut rx = DoubleBuffer::write(vec![0u8; 1], vec![0u8; 1], channel);
    /// while !rx.is_ready() {}
    /// let first = rx.try_take().unwrap().unwrap();
    /// assert_eq!(first.channel().status(), Status::Busy); // waiting to fill the second
    /// # }
    /// ```
    pub fn channel(&self) -> &C {
        &self.double.transfer.channel
    }

    /// Gives the buffer back, queued behind the one the engine is on; `Err(Overrun)` if the
    /// engine had halted for want of it (it is restarted on this buffer).
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::{sim::SimChannel, transfer::{DoubleBuffer, Overrun}};
    ///
    /// let channel = SimChannel::<u8>::new();
    /// let uart = channel.peripheral();
    /// let mut rx = DoubleBuffer::write(Box::new([0u8; 2]), Box::new([0u8; 2]), channel);
    /// uart.receive(b"abcd");
    /// // The program is late: the engine fills both buffers and halts.
    /// while !dma_buffer::transfer::DmaChannel::status(rx.channel()).is_ended() {}
    /// while !rx.is_ready() {}
    /// let first = rx.try_take().unwrap().unwrap();
    /// assert_eq!(&**first, b"ab");
    /// assert_eq!(first.give_back(), Err(Overrun)); // restarted on this buffer
    /// let second = rx.try_take().unwrap().unwrap(); // still full, not overwritten
    /// assert_eq!(&**second, b"cd");
    /// # }
    /// ```
    pub fn give_back(self) -> Result<(), Overrun> {
        // Not dropped: that would queue the buffer a second time.
        let mut this = ManuallyDrop::new(self);
        let slot = this.slot;
        this.double.out = None;
        this.double.queue(slot)
    }
}

impl<B, C: DoubleBufferChannel> Deref for Lent<'_, B, C> {
    type Target = B;

    fn deref(&self) -> &B {
        // SAFETY: the engine finished this buffer, and does not come back to it before it is
        // queued again, which only dropping this or `give_back` does.
        unsafe {
            &*self
                .double
                .transfer
                .buffer
                .as_ptr()
                .cast::<B>()
                .add(self.slot)
        }
    }
}

impl<B, C: DoubleBufferChannel> DerefMut for Lent<'_, B, C> {
    fn deref_mut(&mut self) -> &mut B {
        self.double.buffer(self.slot)
    }
}

impl<B, C: DoubleBufferChannel> Drop for Lent<'_, B, C> {
    fn drop(&mut self) {
        self.double.out = None;
        self.double.requeue(self.slot);
    }
}

impl<B, C: DoubleBufferChannel> fmt::Debug for DoubleBuffer<B, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DoubleBuffer")
            .field("front", &self.front)
            .field("front_full", &self.front_full)
            .finish_non_exhaustive()
    }
}

impl<B: fmt::Debug, C: DoubleBufferChannel> fmt::Debug for Lent<'_, B, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Lent").field(&**self).finish()
    }
}
