//! [`WakerSlot`]: where a HAL keeps the waker of the task awaiting a channel's job.

use core::cell::UnsafeCell;
use core::fmt;
use core::mem;
use core::sync::atomic::{AtomicUsize, Ordering};
use core::task::Waker;

/// One waker, registered by the task awaiting a job and woken by the channel's interrupt
/// handler: the storage behind [`AsyncDmaChannel::register_waker`](super::AsyncDmaChannel).
///
/// A HAL keeps one slot per channel in a `static`; the channel's `register_waker` calls
/// [`register`](Self::register), and the interrupt handler calls [`wake`](Self::wake) once
/// the job's end is visible through [`status`](crate::DmaChannel::status).
///
/// ```
/// use std::sync::atomic::{AtomicBool, Ordering};
/// use std::sync::Arc;
/// use std::task::{Wake, Waker};
///
/// use dma_buffer::transfer::WakerSlot;
///
/// static DMA1_STREAM1: WakerSlot = WakerSlot::new();
///
/// /// The interrupt handler, `#[interrupt] fn DMA1_STREAM1()` in a HAL.
/// fn on_dma1_stream1() {
///     // ... clear the interrupt flags, leaving the job's end visible to `status` ...
///     DMA1_STREAM1.wake();
/// }
///
/// /// A task's waker, as an executor makes it.
/// struct Task(AtomicBool);
/// impl Wake for Task {
///     fn wake(self: Arc<Self>) {
///         self.0.store(true, Ordering::Relaxed);
///     }
/// }
///
/// let task = Arc::new(Task(AtomicBool::new(false)));
/// DMA1_STREAM1.register(&Waker::from(Arc::clone(&task)));
/// on_dma1_stream1();
/// assert!(task.0.load(Ordering::Relaxed));
/// ```
///
/// # Contract
///
/// One task registers at a time (the one awaiting the channel's job) and any number of
/// contexts may wake, concurrently with it and with each other, on any core: every call is
/// safe and never blocks. A wake that finds no waker does nothing; a wake that comes while
/// the task is registering is not lost (`register` wakes the new waker). A waker is woken
/// at most once per registration.
///
/// # Targets without compare-and-swap
///
/// The slot is a small state machine on one atomic word, changed by compare-and-swap and
/// `fetch_or`, so it exists only where `cfg(target_has_atomic = "ptr")` holds. ARMv6-M
/// (`thumbv6m-none-eabi`, Cortex-M0/M0+) has atomic loads and stores but no compare-and-swap;
/// a lock-free slot on loads and stores alone would have to exclude two parties that
/// interrupt each other on one core and run at once on two (RP2040), and a lock needs an
/// interrupt-free section, which only the HAL can provide. So a HAL for those cores keeps its
/// waker behind its own critical section (the `critical-section` crate's `Mutex` around a
/// `Cell<Option<Waker>>`, or embassy-sync's `AtomicWaker`), and implements
/// [`AsyncDmaChannel`](super::AsyncDmaChannel) on that: the trait does not name this type.
/// This crate takes no dependency for it, and builds for every target without one.
pub struct WakerSlot {
    /// [`WAITING`], or [`REGISTERING`] and [`WAKING`] as bits: whoever moves it away from
    /// `WAITING` owns `waker` until it moves it back.
    state: AtomicUsize,
    waker: UnsafeCell<Option<Waker>>,
}

/// Nobody touches `waker`.
const WAITING: usize = 0;
/// `register` owns `waker`.
const REGISTERING: usize = 0b01;
/// A wake owns `waker`, or (with `REGISTERING`) came while `register` owned it.
const WAKING: usize = 0b10;

// SAFETY: `waker` is accessed only by the one caller that moved `state` away from `WAITING`,
// with `Acquire` on the way in and `Release` on the way out, so accesses never overlap and each
// sees the previous one's writes. `Waker` is `Send` and `Sync`.
unsafe impl Sync for WakerSlot {}

impl WakerSlot {
    /// An empty slot, usable in a `static`.
    ///
    /// ```
    /// use dma_buffer::transfer::WakerSlot;
    ///
    /// static CHANNEL_3: WakerSlot = WakerSlot::new();
    /// CHANNEL_3.wake(); // nothing registered: does nothing
    /// ```
    pub const fn new() -> Self {
        WakerSlot {
            state: AtomicUsize::new(WAITING),
            waker: UnsafeCell::new(None),
        }
    }

    /// Makes `waker` the one the next [`wake`](Self::wake) wakes, replacing the last one
    /// (not cloned again if it wakes the same task).
    ///
    /// Called by a future's `poll` before it reads the channel's status, so that a job that
    /// ends after that read wakes it. If a wake is under way at the same time, this wakes
    /// `waker` at once instead, so the task polls again.
    ///
    /// ```
    /// use core::task::Waker;
    /// use dma_buffer::transfer::WakerSlot;
    ///
    /// let slot = WakerSlot::new();
    /// slot.register(Waker::noop());
    /// slot.register(Waker::noop()); // the same task: kept, not cloned
    /// slot.wake();
    /// ```
    pub fn register(&self, waker: &Waker) {
        if self
            .state
            .compare_exchange(WAITING, REGISTERING, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            // A wake is consuming the previous waker (which may be another task's), or another
            // registration is under way (two tasks on one channel): poll again rather than
            // risk sleeping forever.
            waker.wake_by_ref();
            return;
        }
        // SAFETY: `REGISTERING` is set: this call owns `waker` (see `state`).
        let slot = unsafe { &mut *self.waker.get() };
        let replaced = match slot {
            Some(current) if current.will_wake(waker) => None,
            _ => {
                // A panicking `clone` must not leave the slot owned forever.
                let release = ReleaseOnUnwind(&self.state);
                let clone = waker.clone();
                mem::forget(release);
                slot.replace(clone)
            }
        };
        let missed_wake = self
            .state
            .compare_exchange(REGISTERING, WAITING, Ordering::AcqRel, Ordering::Acquire)
            .is_err();
        let woken = if missed_wake {
            // A wake came while this call owned the slot and left the waking to it; the slot
            // is still owned (only this call clears `REGISTERING`).
            let woken = slot.take();
            self.state.store(WAITING, Ordering::Release);
            woken
        } else {
            None
        };
        // Wakers run foreign code: only once the slot is released.
        drop(replaced);
        if let Some(woken) = woken {
            woken.wake();
        }
    }

    /// Wakes the registered waker, if any, and empties the slot.
    ///
    /// Called by the interrupt handler after the job's end is visible through the channel's
    /// `status`. Never blocks; safe to call at any time, from any context.
    ///
    /// ```
    /// let slot = dma_buffer::transfer::WakerSlot::new();
    /// slot.wake(); // a spurious interrupt, or no task awaiting: nothing happens
    /// ```
    pub fn wake(&self) {
        // Otherwise, a registration under way sees `WAKING` and wakes its waker, or a wake
        // under way wakes the same waker this one would.
        if self.state.fetch_or(WAKING, Ordering::AcqRel) == WAITING {
            // SAFETY: `WAKING` is set from `WAITING`: this call owns `waker`.
            let woken = unsafe { (*self.waker.get()).take() };
            self.state.store(WAITING, Ordering::Release);
            if let Some(woken) = woken {
                woken.wake();
            }
        }
    }
}

impl Default for WakerSlot {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for WakerSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WakerSlot").finish_non_exhaustive()
    }
}

/// Gives the slot back (`WAITING`) if dropped, that is, if `register` unwinds while it owns it.
struct ReleaseOnUnwind<'a>(&'a AtomicUsize);

impl Drop for ReleaseOnUnwind<'_> {
    fn drop(&mut self) {
        self.0.store(WAITING, Ordering::Release);
    }
}
