//! DMA-reachable memory: a channel declares the address ranges its engine can reach, and a job
//! outside them ends on a fault the program sees, before the engine touches anything.
//!
//! Not every bus master reaches all of RAM: on an STM32H7, DMA1 and DMA2 cannot reach the
//! DTCM (`0x2000_0000`) where `cortex_m::singleton!` and the stack usually live; nRF EasyDMA
//! reads only RAM, never flash, so a `&'static [u8]` literal cannot be sent. The hardware
//! then fails silently or with a bus error long after the start. [`Reach`] wraps any
//! [`DmaChannel`] with the [`Region`]s its engine reaches, and refuses, in `start`, a job whose
//! memory is not wholly inside one of them: the wrapped channel is not started, and
//! [`status`](DmaChannel::status) reports [`Status::Fault`] with [`OutOfReach::Unreachable`],
//! as [`DmaChannel::start`]'s docs allow for a job a channel cannot do.
//!
//! ```
//! # #[cfg(feature = "std")] {
//! use dma_buffer::reach::{OutOfReach, Reach, Region};
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::transfer::Transfer;
//!
//! static AXI_SRAM_TABLE: [u8; 4] = *b"\x01\x02\x03\x04";
//! static DTCM_TABLE: [u8; 4] = *b"\x05\x06\x07\x08";
//!
//! // The simulated engine reaches only the first table, standing in for a HAL's region table.
//! let axi_sram = Region::of(&AXI_SRAM_TABLE);
//! let channel = Reach::new(SimChannel::<u8>::new(), [axi_sram]);
//!
//! let fault = Transfer::read(&DTCM_TABLE, channel).wait().unwrap_err();
//! assert!(matches!(fault.error, OutOfReach::Unreachable { .. }));
//! assert!(fault.channel.inner().peripheral().transmitted().is_empty()); // nothing was read
//! let (_table, channel) = Transfer::read(&AXI_SRAM_TABLE, fault.channel).wait().unwrap();
//! assert_eq!(channel.inner().peripheral().transmitted(), [1, 2, 3, 4]);
//! # }
//! ```
//!
//! A HAL declares its engine's regions once, as a `const` table, and wraps its channels:
//!
//! ```
//! use dma_buffer::reach::Region;
//!
//! /// What DMA1/DMA2 of an STM32H743 reach: AXI SRAM, SRAM1-3, SRAM4 (not DTCM, not ITCM).
//! pub const STM32H7_DMA1: &[Region] = &[
//!     Region::new(0x2400_0000, 512 << 10),
//!     Region::new(0x3000_0000, 288 << 10),
//!     Region::new(0x3800_0000, 64 << 10),
//! ];
//! assert!(!STM32H7_DMA1.iter().any(|region| region.contains(0x2000_0000, 4)));
//! ```

use core::fmt;

use crate::transfer::{DmaChannel, Job, Status};

/// A range of addresses a DMA engine reaches: `len` bytes from `start`.
///
/// ```
/// use dma_buffer::reach::Region;
///
/// let sram4 = Region::new(0x3800_0000, 64 << 10);
/// assert!(sram4.contains(0x3800_fffc, 4));
/// assert!(!sram4.contains(0x3800_fffc, 8)); // runs past the end
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    start: usize,
    len: usize,
}

impl Region {
    /// The `len` bytes from address `start`; for `const` tables of a chip's memory map.
    ///
    /// ```
    /// use dma_buffer::reach::Region;
    ///
    /// /// nRF52840 EasyDMA: data RAM only, never flash.
    /// const NRF52840_RAM: Region = Region::new(0x2000_0000, 256 << 10);
    /// assert!(!NRF52840_RAM.contains(0x0000_1000, 16));
    /// ```
    pub const fn new(start: usize, len: usize) -> Self {
        Region { start, len }
    }

    /// The memory of `value`: for tests, and for regions that are a linker symbol's object.
    ///
    /// ```
    /// use dma_buffer::reach::Region;
    ///
    /// let words = [0u32; 4];
    /// let region = Region::of(&words);
    /// assert!(region.contains(words.as_ptr() as usize, 16));
    /// ```
    pub fn of<T: ?Sized>(value: &T) -> Self {
        Region::new(
            (value as *const T).cast::<u8>() as usize,
            core::mem::size_of_val(value),
        )
    }

    /// Whether all of the `len` bytes from address `start` are in this region.
    ///
    /// ```
    /// use dma_buffer::reach::Region;
    ///
    /// let region = Region::new(0x100, 0x10);
    /// assert!(region.contains(0x108, 8) && !region.contains(0xff, 2));
    /// assert!(!region.contains(usize::MAX, 2)); // wraps around: never inside
    /// ```
    pub const fn contains(&self, start: usize, len: usize) -> bool {
        match (start.checked_add(len), self.start.checked_add(self.len)) {
            (Some(end), Some(region_end)) => start >= self.start && end <= region_end,
            _ => false,
        }
    }
}

/// Why a [`Reach`] channel's job ended early: out of reach, or the wrapped channel's error.
///
/// ```
/// use dma_buffer::reach::OutOfReach;
///
/// let refused: OutOfReach<&str> = OutOfReach::Unreachable { address: 0x2000_0000, bytes: 64 };
/// assert_eq!(
///     refused.to_string(),
///     "DMA job memory 0x20000000..+64 is outside the regions the engine reaches"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutOfReach<E> {
    /// The job's memory at `address`, `bytes` long, is not inside one reachable region; the
    /// job was never started.
    Unreachable {
        /// The first byte the job would have accessed.
        address: usize,
        /// How many bytes from there.
        bytes: usize,
    },
    /// The wrapped channel's own error.
    Channel(E),
}

impl<E: fmt::Display> fmt::Display for OutOfReach<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutOfReach::Unreachable { address, bytes } => write!(
                f,
                "DMA job memory {address:#x}..+{bytes} is outside the regions the engine reaches"
            ),
            OutOfReach::Channel(error) => error.fmt(f),
        }
    }
}

/// A [`DmaChannel`] that starts only jobs whose memory its engine reaches: see the
/// [module docs](self).
///
/// ```
/// # #[cfg(feature = "std")] {
/// use dma_buffer::reach::{Reach, Region};
/// use dma_buffer::sim::SimChannel;
/// use dma_buffer::transfer::Transfer;
///
/// static FRAME: [u8; 4] = *b"ping";
/// let channel = Reach::new(SimChannel::<u8>::new(), [Region::of(&FRAME)]);
/// let (_frame, channel) = Transfer::read(&FRAME, channel).wait().unwrap();
/// assert_eq!(channel.inner().peripheral().transmitted(), b"ping");
/// # }
/// ```
#[derive(Debug)]
pub struct Reach<C: DmaChannel, R: AsRef<[Region]> = &'static [Region]> {
    channel: C,
    regions: R,
    /// The memory of the last job, if it was refused: reported by `status` until the next
    /// start or a stop.
    refused: Option<(usize, usize)>,
}

impl<C: DmaChannel, R: AsRef<[Region]>> Reach<C, R> {
    /// `channel`, starting only jobs whose memory is inside one of `regions`: a `const` table
    /// (`&'static [Region]`), or an array or `Vec` of them.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::reach::{Reach, Region};
    ///
    /// const RAM: &[Region] = &[Region::new(0x2000_0000, 256 << 10)];
    /// let channel = Reach::new(dma_buffer::sim::SimChannel::<u8>::new(), RAM);
    /// # let _ = channel;
    /// # }
    /// ```
    pub fn new(channel: C, regions: R) -> Self {
        Reach {
            channel,
            regions,
            refused: None,
        }
    }

    /// The wrapped channel.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::reach::Reach;
    ///
    /// let channel = Reach::new(dma_buffer::sim::SimChannel::<u8>::new(), Vec::new());
    /// assert_eq!(channel.inner().transferred(), 0);
    /// # }
    /// ```
    pub fn inner(&self) -> &C {
        &self.channel
    }

    /// The wrapped channel, idle, and the regions.
    ///
    /// ```
    /// # #[cfg(feature = "std")] {
    /// use dma_buffer::reach::{Reach, Region};
    ///
    /// let ram = [Region::new(0x2000_0000, 64 << 10)];
    /// let (_channel, regions) = Reach::new(dma_buffer::sim::SimChannel::<u8>::new(), ram).into_inner();
    /// assert_eq!(regions, ram);
    /// # }
    /// ```
    pub fn into_inner(self) -> (C, R) {
        (self.channel, self.regions)
    }

    /// The first range of `job` no region holds, as `(address, bytes)`.
    fn unreachable(&self, job: &Job<C::Word>) -> Option<(usize, usize)> {
        let (source, destination) = job.byte_ranges();
        let regions = self.regions.as_ref();
        [source, destination]
            .into_iter()
            .flatten()
            .find(|&(address, bytes)| !regions.iter().any(|r| r.contains(address, bytes)))
    }
}

// SAFETY: a refused job starts nothing: the wrapped channel stays idle (the caller observed
// the end of its last job), never accesses the job's memory, and `status` reports a fault, an
// end. Every other job is the wrapped channel's, started with the caller's promises, whose
// `status` and `stop` are forwarded, so its guarantees are this channel's.
unsafe impl<C: DmaChannel, R: AsRef<[Region]>> DmaChannel for Reach<C, R> {
    type Word = C::Word;
    type Error = OutOfReach<C::Error>;

    unsafe fn start(&mut self, job: Job<C::Word>) {
        self.refused = self.unreachable(&job);
        if self.refused.is_none() {
            // SAFETY: the caller's promises, passed on unchanged.
            unsafe { self.channel.start(job) }
        }
    }

    fn status(&self) -> Status<Self::Error> {
        if let Some((address, bytes)) = self.refused {
            return Status::Fault(OutOfReach::Unreachable { address, bytes });
        }
        forward_status(self.channel.status(), OutOfReach::Channel)
    }

    fn stop(&mut self) {
        self.refused = None;
        self.channel.stop();
    }
}

/// A wrapped channel's status, its fault wrapped in the adapter's error.
pub(crate) fn forward_status<E, F>(status: Status<E>, wrap: impl FnOnce(E) -> F) -> Status<F> {
    match status {
        Status::Busy => Status::Busy,
        Status::Idle => Status::Idle,
        Status::Fault(error) => Status::Fault(wrap(error)),
    }
}
