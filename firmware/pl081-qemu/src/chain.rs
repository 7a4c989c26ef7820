//! Scatter-gather on the PL081: one job that copies a chain of buffers (a header frame, a
//! payload slice, a trailer, …) into one destination, through the controller's linked-list
//! items (LLIs). QEMU's model follows them: when a run ends and the channel's LLI register is
//! not 0, it loads source, destination, next item and control from the four words there.
//!
//! ```ignore
//! // From the firmware's `gather` case (src/main.rs).
//! let items: &'static mut [Lli; 2] = cortex_m::singleton!(: [Lli; 2] = [Lli::EMPTY; 2]).unwrap();
//! let gather = Gather::new((header, payload, trailer), packet, items)?;
//! let (gather, channel) = gather.start(channel).wait()?;
//! let ((header, payload, trailer), packet, items) = gather.into_parts();
//! ```
//!
//! # The design, for descriptor-based engines in general
//!
//! Descriptors are DMA memory too, read by the engine while the job runs, and they hold
//! addresses the engine will write to. So:
//! - the chain **owns** everything the engine touches: the source buffers (a tuple of
//!   [`StaticReadBuffer`]s of one word, through the sealed [`Segments`]), the destination
//!   ([`StaticWriteBuffer`]) and the descriptor storage (`&'static mut [Lli]`), all `'static`,
//!   as a leaked transfer leaves the engine running;
//! - descriptors have **private fields**: only [`Gather`] writes them, from its own buffers'
//!   pointers, so safe code cannot aim the engine anywhere else; [`Gather::new`] checks that
//!   every run fits the engine's counter and that the runs together fit the destination;
//! - the descriptors are written at [`start`](Gather::start), from the buffers where they then
//!   stay (inside the [`GatherTransfer`], in a `MaybeUninit`, as `Transfer` keeps its buffer),
//!   and before the `fence(Release)` that precedes the enable;
//! - the transfer owns the chain and the channel until the end is observed, and gives both
//!   back; [`Gather::into_parts`] returns the buffers and the storage.
//!
//! A HAL for GPDMA or esp-hal's descriptors would keep all of this and change only the
//! descriptor layout and how [`Gather::start`] programs the first one. The pieces are not in
//! `dma-buffer` itself because `DmaChannel`'s [`Job`](dma_buffer::transfer::Job) describes a
//! single run; a chain needs a descriptor format, and that is the hardware's.
use core::mem::{ManuallyDrop, MaybeUninit};
use core::ptr;
use core::sync::atomic::{fence, Ordering};

use dma_buffer::transfer::{DmaChannel, Fault, Status};
use dma_buffer::{DmaReadBuffer, DmaWriteBuffer, StaticReadBuffer, StaticWriteBuffer, Word};

use crate::pl081::{control, width_code, Error, Pl081Channel, MAX_WORDS};

/// One linked-list item, as the PL081 reads it: the values it loads into the channel's source,
/// destination, LLI and control registers when the run before it ends.
///
/// Its fields are private: only [`Gather`] fills items, from the buffers it owns.
#[repr(C)]
pub struct Lli {
    source: u32,
    destination: u32,
    /// The next item's address (word-aligned, as `#[repr(C)]` of `u32`s is), or 0 for none.
    next: u32,
    control: u32,
}

impl Lli {
    /// An item that describes nothing yet: storage for [`Gather::new`].
    pub const EMPTY: Lli = Lli {
        source: 0,
        destination: 0,
        next: 0,
        control: 0,
    };
}

mod sealed {
    pub trait Sealed {}
}

/// A tuple of one to four `'static` read buffers of one word: the sources of a [`Gather`], in
/// order.
///
/// Sealed: its pointers come from [`DmaReadBuffer`], whose contract makes them valid for the
/// engine; no other implementation can lie about them.
pub trait Segments: sealed::Sealed {
    /// The word every source is made of.
    type Word: Word;
    /// How many sources the tuple holds.
    const COUNT: usize;
    /// Calls `visit(index, pointer, length in words)` for each source, in order.
    fn each(&self, visit: impl FnMut(usize, *const Self::Word, usize));
}

macro_rules! segments {
    ($count:literal: $($source:ident $index:tt),+) => {
        impl<W: Word, $($source),+> sealed::Sealed for ($($source,)+)
        where
            $($source: StaticReadBuffer + DmaReadBuffer<Word = W>),+
        {
        }

        impl<W: Word, $($source),+> Segments for ($($source,)+)
        where
            $($source: StaticReadBuffer + DmaReadBuffer<Word = W>),+
        {
            type Word = W;
            const COUNT: usize = $count;

            fn each(&self, mut visit: impl FnMut(usize, *const W, usize)) {
                $(
                    let (pointer, len) = self.$index.dma_read_buffer();
                    visit($index, pointer, len);
                )+
            }
        }
    };
}

segments!(1: A 0);
segments!(2: A 0, B 1);
segments!(3: A 0, B 1, C 2);
segments!(4: A 0, B 1, C 2, D 3);

/// Why [`Gather::new`] refused a chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainError {
    /// The word is one the PL081 cannot move.
    Width(Error),
    /// Source `index` holds `words` words: a run moves 1 to [`MAX_WORDS`].
    SegmentLength {
        /// The source's position in the tuple.
        index: usize,
        /// Its length in words.
        words: usize,
    },
    /// The chain needs one item per source after the first.
    TooFewItems {
        /// Items needed.
        needed: usize,
        /// Items given.
        given: usize,
    },
    /// The sources hold more words than the destination.
    DestinationTooShort {
        /// The sources' words together.
        needed: usize,
        /// The destination's words.
        capacity: usize,
    },
}

/// A chain [`Gather::new`] refused: why, and everything it was given.
pub struct Refused<S, D> {
    /// Why.
    pub error: ChainError,
    /// The sources, unchanged.
    pub sources: S,
    /// The destination, unchanged.
    pub destination: D,
    /// The item storage.
    pub items: &'static mut [Lli],
}

/// A chain of sources copied, one after the other, into one destination by a single job.
pub struct Gather<S, D> {
    sources: S,
    destination: D,
    /// The items after the first run (which goes to the channel's registers).
    items: &'static mut [Lli],
}

impl<S, D> Gather<S, D>
where
    S: Segments,
    D: StaticWriteBuffer + DmaWriteBuffer<Word = S::Word>,
{
    /// A chain copying `sources` (in order, each a run) into `destination`, using one of
    /// `items` per source after the first; refused if the PL081 cannot run it.
    pub fn new(
        sources: S,
        mut destination: D,
        items: &'static mut [Lli],
    ) -> Result<Self, Refused<S, D>> {
        let error = Self::check(&sources, &mut destination, items.len()).err();
        match error {
            None => Ok(Gather {
                sources,
                destination,
                items,
            }),
            Some(error) => Err(Refused {
                error,
                sources,
                destination,
                items,
            }),
        }
    }

    fn check(sources: &S, destination: &mut D, items: usize) -> Result<(), ChainError> {
        width_code::<S::Word>().map_err(ChainError::Width)?;
        let needed = S::COUNT - 1;
        if items < needed {
            return Err(ChainError::TooFewItems {
                needed,
                given: items,
            });
        }
        let mut total = 0;
        let mut bad_segment = None;
        sources.each(|index, _, words| {
            if bad_segment.is_none() && !(1..=MAX_WORDS).contains(&words) {
                bad_segment = Some(ChainError::SegmentLength { index, words });
            }
            total = words.saturating_add(total);
        });
        if let Some(error) = bad_segment {
            return Err(error);
        }
        let (_, capacity) = destination.dma_write_buffer();
        if total > capacity {
            return Err(ChainError::DestinationTooShort {
                needed: total,
                capacity,
            });
        }
        Ok(())
    }

    /// Starts the chain on `channel` (idle, as every channel safe code holds).
    pub fn start<const N: usize>(
        self,
        channel: Pl081Channel<S::Word, N>,
    ) -> GatherTransfer<S, D, N> {
        // Built first, so that if anything below unwinds, `Drop` stops the channel.
        let mut transfer = GatherTransfer {
            gather: MaybeUninit::new(self),
            channel,
        };
        // SAFETY: initialized just above; the items are written from the buffers where they
        // stay until the end of the job: inside this `MaybeUninit`, never retagged.
        let first = unsafe { transfer.gather.assume_init_mut() }.write_items();
        // The item and buffer writes before the enable, as the engine reads them.
        fence(Ordering::Release);
        // SAFETY: the channel is idle; the runs cover the sources and the destination, which
        // `check` proved fit; the buffers, the items and the destination are owned by
        // `transfer` until the end is observed (or for ever, if it is leaked: all `'static`).
        unsafe {
            transfer
                .channel
                .start_run(first.source, first.destination, first.next, first.control)
        };
        transfer
    }

    /// Writes the items after the first run, and returns the first.
    fn write_items(&mut self) -> Lli {
        let width = width_code::<S::Word>().unwrap_or(0); // checked by `new`
        let (destination, _) = self.destination.dma_write_buffer();
        let items = &mut *self.items;
        let mut first = Lli::EMPTY;
        let mut offset = 0;
        self.sources.each(|index, source, words| {
            let next = match items.get(index) {
                Some(next) if index + 1 < S::COUNT => ptr::addr_of!(*next) as u32,
                _ => 0,
            };
            let run = Lli {
                source: source as u32,
                // Within the destination: `check` proved the runs together fit it.
                destination: destination.wrapping_add(offset) as u32,
                next,
                control: control(words, width),
            };
            offset += words;
            match index.checked_sub(1) {
                None => first = run,
                Some(item) => items[item] = run,
            }
        });
        first
    }
}

impl<S, D> Gather<S, D> {
    /// The sources, the destination and the item storage.
    pub fn into_parts(self) -> (S, D, &'static mut [Lli]) {
        (self.sources, self.destination, self.items)
    }
}

/// A [`Gather`] running on channel `N`, owning the chain and the channel until it ends.
///
/// Dropping it stops the channel first.
pub struct GatherTransfer<S: Segments, D, const N: usize> {
    /// Untouched from the start to the observed end: a union, so moving the transfer does
    /// not retag the buffers the engine accesses.
    gather: MaybeUninit<Gather<S, D>>,
    channel: Pl081Channel<S::Word, N>,
}

/// What a [`GatherTransfer`] gives back: the chain and the channel.
pub type GatherParts<S, D, const N: usize> = (Gather<S, D>, Pl081Channel<<S as Segments>::Word, N>);

/// A chain that ended on a fault: the error, and the chain and the channel back.
pub type GatherFault<S, D, const N: usize> =
    Fault<Gather<S, D>, Pl081Channel<<S as Segments>::Word, N>, Error>;

impl<S: Segments, D, const N: usize> GatherTransfer<S, D, N> {
    /// Whether the chain has ended.
    pub fn is_done(&self) -> bool {
        self.channel.status().is_ended()
    }

    /// Waits for the end of the whole chain, and gives back the chain and the channel.
    pub fn wait(self) -> Result<GatherParts<S, D, N>, GatherFault<S, D, N>> {
        let status = loop {
            match self.channel.status() {
                Status::Busy => core::hint::spin_loop(),
                ended => break ended,
            }
        };
        fence(Ordering::Acquire);
        // SAFETY: the end was observed and followed by the acquire fence.
        let (gather, channel) = unsafe { self.into_parts() };
        match status {
            Status::Fault(error) => Err(Fault {
                error,
                buffer: gather,
                channel,
            }),
            _ => Ok((gather, channel)),
        }
    }

    /// Stops the chain wherever it is, and gives back the chain and the channel.
    pub fn stop(mut self) -> GatherParts<S, D, N> {
        self.channel.stop();
        fence(Ordering::Acquire);
        // SAFETY: `stop` returned, followed by the acquire fence: the engine is done.
        unsafe { self.into_parts() }
    }

    /// The chain and the channel, without running `Drop`.
    ///
    /// # Safety
    ///
    /// The end of the job was observed and followed by `fence(Acquire)`.
    unsafe fn into_parts(self) -> GatherParts<S, D, N> {
        let this = ManuallyDrop::new(self);
        // SAFETY: `gather` is initialized from construction until here or `drop`, and `this`
        // is never used or dropped again, so each field is moved out exactly once.
        unsafe { (this.gather.assume_init_read(), ptr::read(&this.channel)) }
    }
}

impl<S: Segments, D, const N: usize> Drop for GatherTransfer<S, D, N> {
    fn drop(&mut self) {
        self.channel.stop();
        fence(Ordering::Acquire);
        // SAFETY: the engine is done with the chain; it is initialized until now and never
        // read again.
        unsafe { self.gather.assume_init_drop() }
    }
}
