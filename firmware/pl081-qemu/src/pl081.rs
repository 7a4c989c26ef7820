//! A driver for ARM's PL081 DMA controller (two channels, memory to memory), written as the
//! worked example of implementing [`DmaChannel`] for a real engine.
//!
//! ```ignore
//! // From the firmware's cases (src/main.rs), which run on QEMU: this crate builds for
//! // thumbv8m.main-none-eabi only, so the snippet is not a doctest.
//! let (mut controller, channel, _second) = pl081::take().unwrap();
//! let ((source, copy), channel) = Transfer::copy(source, destination, channel).wait()?;
//! ```
//!
//! # What the driver does, and what it leaves to `dma-buffer`
//!
//! - **Ownership.** [`take`] hands out the controller's two channels once, as
//!   [`Pl081Channel<W, 0>`] and [`Pl081Channel<W, 1>`]. A channel value owns its channel's
//!   registers (`0x100 + 0x20 * N`); the registers both channels share are only read, or
//!   written with the channel's own bit in a write-one-to-clear register, so the two values
//!   never race.
//! - **Idle when held.** `DmaChannel`'s rule: a channel value that safe code holds is idle.
//!   [`take`] disables both channels before handing them out; every job is started by
//!   `Transfer` or a scope, which observe its end before giving the channel back.
//! - **No fences here.** [`Transfer`](dma_buffer::Transfer) and the scopes issue
//!   `fence(Release)` before [`start`](DmaChannel::start) and `fence(Acquire)` after the end
//!   was observed (a `DMB` each on the Cortex-M33). The driver's register accesses are
//!   volatile, which orders them among themselves and keeps the compiler from merging or
//!   dropping them, and nothing more: the fences around them are what make the buffer's
//!   contents and the engine's writes visible at the right time. The M33 of this board has no
//!   data cache, so there is no cache maintenance to do either.
//! - **Errors without touching memory.** A job the channel cannot do is not programmed at all:
//!   [`start`](DmaChannel::start) records why, and [`status`](DmaChannel::status) reports it as
//!   [`Status::Fault`], so `wait` returns the buffers untouched with the [`Error`]. That covers
//!   words wider than 32 bits ([`Error::UnsupportedWidth`]; the PL081's width field has no
//!   64-bit code, and QEMU's model would overrun its own 4-byte beat buffer on one), more than
//!   4095 words ([`Error::TooLong`], the 12-bit transfer size) and jobs with a peripheral end
//!   ([`Error::NoPeripheral`]: this driver does memory-to-memory jobs only, as QEMU's model
//!   implements no DMA request line, so a peripheral job would wait for ever). A bus error
//!   the engine reports ends the job with [`Error::Bus`].
//!
//! # How the end of a job is observed
//!
//! The channel's enable bit (bit 0 of its configuration register) is set by the driver to
//! start the job and cleared by the controller when the job completed, a bus error ended it,
//! or it was disabled: it is the one signal that says the engine is done with the memory, for
//! a single job and for a whole linked list (see [`chain`](crate::chain)). `status` polls it,
//! then reads the raw error status to tell a completion from a fault. The raw terminal-count
//! status is not used: it is set per linked-list item that asks for it, and QEMU's model sets
//! it when it loads the next item, before that item is copied; and the interrupt lines are not
//! used because QEMU updates them only on a later write to a global register.
//!
//! # QEMU's model (hw/dma/pl080.c, version 7.2)
//!
//! It copies the whole job (and every linked-list item) within the register write that
//! enables the channel, so `status` reads `Idle` on its first poll; the widths of source and
//! destination must be equal; flow-control values from 4 on abort QEMU (this driver only writes
//! 0, memory to memory under the controller's control); a channel with a transfer size of 0
//! stays enabled for ever, so an empty job is not started at all. The engine reaches memory
//! through the secure aliases the firmware runs in (code `0x1000_0000`, data `0x3800_0000`):
//! given an address in a non-secure alias (`0x0000_0000`, `0x2800_0000`), it neither reads
//! nor writes there, and reports no error either (checked: `Idle`, destination unchanged).
//! No safe job can name such an address, as every reference in this firmware is secure.
use core::fmt;
use core::marker::PhantomData;
use core::mem::size_of;
use core::ptr;
use core::sync::atomic::{AtomicBool, Ordering};

use dma_buffer::transfer::{DmaChannel, Job, Status};
use dma_buffer::Word;

/// The controller's registers, through the secure alias: the firmware runs secure (the
/// non-secure alias is `0x4011_0000`).
const BASE: usize = 0x5011_0000;

/// Raw error status (`DMACRawIntErrorStatus`): bit `N` is set when a bus error ended channel
/// `N`'s job.
const RAW_ERROR_STATUS: usize = 0x018;
/// Error clear (`DMACIntErrClr`): writing bit `N` clears channel `N`'s error; other bits are
/// left alone, so a channel clears its own bit without a read-modify-write.
const ERROR_CLEAR: usize = 0x010;
/// Controller configuration (`DMACConfiguration`): bit 0 enables the controller; bits 1 and 2
/// (big-endian masters) stay 0.
const CONFIGURATION: usize = 0x030;
const CONTROLLER_ENABLE: u32 = 1;

/// A register of channel `N`, at `0x100 + 0x20 * N` plus the variant's value.
#[derive(Clone, Copy)]
enum ChannelRegister {
    Source = 0x00,
    Destination = 0x04,
    /// The address of the next linked-list item, 0 for none.
    Lli = 0x08,
    Control = 0x0C,
    Configuration = 0x10,
}

/// Channel configuration: bit 0 enables the channel (and reads 0 once the job ended). Every
/// other field is written 0: no peripheral, flow control 0 (memory to memory, the controller
/// counts), error and terminal-count interrupts masked (the driver polls), no lock, no halt.
const CHANNEL_ENABLE: u32 = 1;

/// The largest transfer size: control bits 11:0, counted in source words.
pub const MAX_WORDS: usize = 0xFFF;

/// Control: the transfer size in bits 11:0; source width in bits 20:18 and destination width
/// in bits 23:21 (0 byte, 1 halfword, 2 word), equal; source and destination increment (bits
/// 26, 27), as both ends are memory. Burst sizes (bits 17:12) are 0, a single beat: bursts
/// matter only for peripherals. Protection bits and the terminal-count interrupt (bit 31)
/// stay 0.
const SOURCE_WIDTH_SHIFT: u32 = 18;
const DESTINATION_WIDTH_SHIFT: u32 = 21;
const SOURCE_INCREMENT: u32 = 1 << 26;
const DESTINATION_INCREMENT: u32 = 1 << 27;

/// Why a PL081 job ended without completing.
///
/// Fieldless, so that a channel value is one byte and passes in a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The word is wider than the channel's widest beat (32 bits); nothing was moved.
    UnsupportedWidth,
    /// The job is longer than the transfer size field holds ([`MAX_WORDS`]); nothing was
    /// moved.
    TooLong,
    /// The job has a peripheral end: the driver moves memory to memory only; nothing was
    /// moved.
    NoPeripheral,
    /// The engine reported a bus error: part of the job may have been moved.
    Bus,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::UnsupportedWidth => "the PL081 moves words of 1, 2 or 4 bytes only",
            Error::TooLong => "the PL081 moves at most 4095 words per job",
            Error::NoPeripheral => "the PL081 driver moves memory to memory only",
            Error::Bus => "the PL081 reported a bus error",
        })
    }
}

/// The code of `W`'s width in the control register's width fields, if the PL081 has one.
pub(crate) const fn width_code<W>() -> Result<u32, Error> {
    let code: u32 = match size_of::<W>() {
        1 => 0,
        2 => 1,
        4 => 2,
        _ => return Err(Error::UnsupportedWidth),
    };
    if cfg!(feature = "inject-wrong-width") {
        // The bug the negative self-test injects: beats of half the word (a byte for a u8).
        return Ok(code.saturating_sub(1));
    }
    Ok(code)
}

/// The control word of a memory-to-memory run of `len` words of width `width` (a
/// [`width_code`]); `len` is at most [`MAX_WORDS`].
pub(crate) const fn control(len: usize, width: u32) -> u32 {
    len as u32
        | width << SOURCE_WIDTH_SHIFT
        | width << DESTINATION_WIDTH_SHIFT
        | SOURCE_INCREMENT
        | DESTINATION_INCREMENT
}

/// Reads the register at `offset`. No PL081 register has a side effect on read.
fn read(offset: usize) -> u32 {
    // SAFETY: `BASE + offset` is a PL081 register (every offset used here is), mapped as
    // device memory for the program's whole life; reading one changes nothing.
    unsafe { ptr::read_volatile((BASE + offset) as *const u32) }
}

/// Writes `value` to the register at `offset`.
///
/// # Safety
///
/// The write only affects hardware state the caller owns (its channel's registers, its bit of
/// a clear register, the controller for [`take`]), and if it starts the engine, the caller
/// holds the promises of [`DmaChannel::start`] for the memory it describes.
unsafe fn write(offset: usize, value: u32) {
    // SAFETY: `BASE + offset` is a PL081 register, mapped as device memory; what the write
    // does to the engine is the caller's promise.
    unsafe { ptr::write_volatile((BASE + offset) as *mut u32, value) }
}

/// One channel of the PL081, `N` (0 or 1), moving words `W`: a [`DmaChannel`] for memory to
/// memory jobs.
///
/// `W` is a type parameter rather than fixed because the engine moves bytes, halfwords and
/// words alike: [`into_word`](Self::into_word) changes it on an idle channel. A `u64` channel
/// compiles, and every job on it ends in [`Error::UnsupportedWidth`]; that is the error path
/// the end-to-end tests take.
pub struct Pl081Channel<W, const N: usize> {
    /// The status of the last job if the driver ended it without the hardware: a refused job
    /// (`Fault`) or an empty one (`Idle`). `None` while the hardware's state is the status.
    settled: Option<Status<Error>>,
    _word: PhantomData<fn() -> W>,
}

/// The controller's global state: its enable bit, which gates every channel.
pub struct Controller {
    _private: (),
}

static TAKEN: AtomicBool = AtomicBool::new(false);

/// The controller and its two channels, idle and moving `u32`s; `None` after the first call.
pub fn take() -> Option<(Controller, Pl081Channel<u32, 0>, Pl081Channel<u32, 1>)> {
    if TAKEN.swap(true, Ordering::Relaxed) {
        return None;
    }
    let mut first = Pl081Channel::new();
    let mut second = Pl081Channel::new();
    // Whatever ran before this program (a debugger, a warm reset) may have left a channel
    // enabled: stopped here, so that the values handed out are idle, as safe code assumes.
    first.stop();
    second.stop();
    // SAFETY: the first and only call owns the controller; enabling it starts no job, as both
    // channels are disabled.
    unsafe { write(CONFIGURATION, CONTROLLER_ENABLE) };
    Some((Controller { _private: () }, first, second))
}

impl Controller {
    /// Runs `body` with the controller disabled: a job started meanwhile is accepted (its
    /// channel is enabled) but moves no word until `body` returns.
    ///
    /// QEMU's model completes a copy within the register write that starts it, so this is how
    /// the tests get a job that is started but not yet run, to stop or drop it. A job that is
    /// still enabled when `body` returns runs then. Waiting for a job inside `body` never
    /// returns. (On silicon, disabling the controller with channels enabled is not a
    /// supported way to pause them: this is a test aid for the model.)
    pub fn hold<R>(&mut self, body: impl FnOnce() -> R) -> R {
        // SAFETY: `self` owns the controller; disabling it makes no channel access memory.
        unsafe { write(CONFIGURATION, 0) };
        let result = body();
        // SAFETY: as in `take`: every job enabled now was started under `DmaChannel::start`'s
        // promises, which still hold until its end is observed.
        unsafe { write(CONFIGURATION, CONTROLLER_ENABLE) };
        result
    }
}

impl<W, const N: usize> Pl081Channel<W, N> {
    const BIT: u32 = {
        assert!(N < 2, "the PL081 has two channels, 0 and 1");
        1 << N
    };

    /// The offset of this channel's `register`.
    const fn at(register: ChannelRegister) -> usize {
        0x100 + 0x20 * N + register as usize
    }

    fn new() -> Self {
        Pl081Channel {
            settled: None,
            _word: PhantomData,
        }
    }

    /// The same channel, moving words `V`.
    ///
    /// A channel that safe code holds is idle (no job runs on it), so changing its word
    /// changes nothing for the hardware.
    pub fn into_word<V>(self) -> Pl081Channel<V, N> {
        Pl081Channel::new()
    }

    /// Programs a memory-to-memory run: `len` words (1 to [`MAX_WORDS`]) of width `width`
    /// from `source` to `destination`, then the linked-list item at `next` (0 for none), and
    /// enables the channel.
    ///
    /// # Safety
    ///
    /// The channel is idle; the memory the run and its linked-list items describe is valid
    /// for it as [`DmaChannel::start`] requires, until the end is observed through `status`
    /// or `stop`; the CPU's accesses to it before this call are ordered by `fence(Release)`.
    pub(crate) unsafe fn start_run(
        &mut self,
        source: u32,
        destination: u32,
        next: u32,
        control: u32,
    ) {
        self.settled = None;
        // SAFETY: channel `N`'s registers belong to this value, and `BIT` is its own bit of
        // the error clear register. The channel is disabled (idle), so these writes only stage
        // the next job; the last one starts it under the caller's promises.
        unsafe {
            // A fault of an earlier job would otherwise read as this job's.
            write(ERROR_CLEAR, Self::BIT);
            write(Self::at(ChannelRegister::Source), source);
            write(Self::at(ChannelRegister::Destination), destination);
            write(Self::at(ChannelRegister::Lli), next);
            write(Self::at(ChannelRegister::Control), control);
            write(Self::at(ChannelRegister::Configuration), CHANNEL_ENABLE);
        }
    }
}

// SAFETY: the hardware accesses only the job's memory: `start` programs the channel with the
// job's source, destination and length (in words of `W`, with `W`'s width in both width
// fields and no linked-list item), and programs nothing for a job it refuses. `status` reads
// `Busy` while the channel's enable bit is set, which the controller clears only once it will
// no longer access the job's memory; `stop` returns only after reading it clear. The board has
// no data cache, so the engine's writes are visible after `fence(Acquire)`. `stop` works on an
// idle channel (it finds the enable bit clear and returns).
unsafe impl<W: Word, const N: usize> DmaChannel for Pl081Channel<W, N> {
    type Word = W;
    type Error = Error;

    unsafe fn start(&mut self, job: Job<W>) {
        let Job::MemoryToMemory {
            source,
            destination,
            len,
        } = job
        else {
            self.settled = Some(Status::Fault(Error::NoPeripheral));
            return;
        };
        let width = match width_code::<W>() {
            Ok(width) => width,
            Err(error) => {
                self.settled = Some(Status::Fault(error));
                return;
            }
        };
        if len > MAX_WORDS {
            self.settled = Some(Status::Fault(Error::TooLong));
            return;
        }
        if len == 0 {
            // Nothing to move, and a transfer size of 0 would never end: the job is done.
            self.settled = Some(Status::Idle);
            return;
        }
        // SAFETY: the caller's promises for `job` (idle channel, memory valid, fence issued);
        // addresses are 32 bits wide on this target, and `len` is within the size field.
        unsafe { self.start_run(source as u32, destination as u32, 0, control(len, width)) };
    }

    fn status(&self) -> Status<Error> {
        if let Some(status) = self.settled {
            return status;
        }
        if read(Self::at(ChannelRegister::Configuration)) & CHANNEL_ENABLE != 0 {
            Status::Busy
        } else if read(RAW_ERROR_STATUS) & Self::BIT != 0 {
            Status::Fault(Error::Bus)
        } else {
            Status::Idle
        }
    }

    fn stop(&mut self) {
        let configuration = Self::at(ChannelRegister::Configuration);
        if read(configuration) & CHANNEL_ENABLE == 0 {
            return; // never started, completed, faulted or stopped: nothing runs
        }
        // Disabling a memory-to-memory channel ends it after the current beat; what the FIFO
        // holds is lost, which a stopped copy allows. (A peripheral-to-memory driver would set
        // the halt bit and wait for the active bit to clear first, to drain the FIFO.) Writing
        // 0 rather than clearing one bit of what was read keeps a job that just completed from
        // being re-enabled.
        // SAFETY: channel `N`'s register belongs to this value; disabling starts nothing.
        unsafe { write(configuration, 0) };
        while read(configuration) & CHANNEL_ENABLE != 0 {
            core::hint::spin_loop();
        }
    }
}
