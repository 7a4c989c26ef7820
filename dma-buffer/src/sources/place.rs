//! [`place!`](crate::place): a `&'static mut` value in a named linker section, handed out once.
//!
//! # Why it is sound
//!
//! Each expansion of `place!` declares two statics of its own, in a block no other code can
//! name: the memory, a `MaybeUninit<T>` in the named section, and a claim flag in ordinary
//! zero-initialized memory (`.bss`). The flag cannot live beside the memory: a NOLOAD section
//! is never initialized, so a flag there would start as whatever the RAM held. A call first
//! claims the flag with one atomic swap (a critical section on targets without one, such as
//! thumbv6m); exactly one call ever sees it unclaimed, whatever the interleaving of threads,
//! cores or interrupts, and only that call touches the memory, to initialize it and return it
//! as `&'static mut T`. Every other call, a second iteration of a loop, a recursive call from
//! the initializer, an interrupt that preempted the first call, returns `None` without
//! touching the memory. The initializer runs only in the winning call, after the claim, and
//! outside the block of the statics, so it cannot name them. If it panics, the claim stays
//! taken and the memory is never handed out.
//!
//! `place!` inside a generic function is a compile error (a static cannot use the function's
//! parameters), so one expansion is one place, never one per instantiation.
//!
//! # The section
//!
//! The section name is a promise to the linker script: it must be RAM that the program may
//! write and nothing else uses, such as stm32h7's `.axisram` or cortex-m-rt's `.uninit`. Only
//! names that start with a RAM prefix (`.uninit`, `.noinit`, `.axisram`, `.sram`, `.ram`,
//! `.dtcm`, `.itcm`, `.ccmram`, `.dma`) and do not contain `rel.ro` are taken, at compile time:
//! no list of refused names could be complete (lld makes `.bss.rel.ro` read-only after
//! start-up, cortex-m-rt puts `.HardFault.*` in flash). A name the linker script does not place
//! at all ends up wherever the linker puts orphan sections, usually after `.data` in RAM.

use core::cell::UnsafeCell;
use core::mem::MaybeUninit;
use core::sync::atomic::{AtomicBool, Ordering};

/// What `place!` expands to, named through `$crate::__place` so that a crate shadowing `core`
/// or `Option` cannot change its meaning. Not API.
#[doc(hidden)]
pub mod support {
    pub use super::{check_section, claim, Claim, Memory};
    pub use crate::sources::zeroed::zeroed_in;
    pub use core::mem::MaybeUninit;
    pub use core::option::Option::{None, Some};
}

/// The memory of one `place!`: `T`'s bytes, uninitialized until claimed.
#[doc(hidden)]
#[repr(transparent)]
pub struct Memory<T>(UnsafeCell<MaybeUninit<T>>);

// SAFETY: the memory is reached only through `claim`, which hands it out once, as a
// `&'static mut`, to one thread: that moves a `T` to it, hence `T: Send`.
unsafe impl<T: Send> Sync for Memory<T> {}

impl<T> Memory<T> {
    /// Uninitialized memory, fine in a NOLOAD section.
    pub const fn uninit() -> Self {
        Memory(UnsafeCell::new(MaybeUninit::uninit()))
    }
}

/// Whether the memory of one `place!` was handed out; in zero-initialized memory.
#[doc(hidden)]
pub struct Claim(AtomicBool);

impl Claim {
    /// Not claimed yet.
    #[allow(clippy::new_without_default)] // only ever a `static`'s initializer
    pub const fn new() -> Self {
        Claim(AtomicBool::new(false))
    }

    /// Takes the claim: `true` for exactly one call ever.
    fn take(&self) -> bool {
        #[cfg(target_has_atomic = "8")]
        let was_taken = self.0.swap(true, Ordering::Acquire);
        #[cfg(not(target_has_atomic = "8"))]
        let was_taken = take_in_critical_section(&self.0);
        !was_taken
    }
}

/// `swap(true)` for targets without atomic read-modify-write: a load and a store that no other
/// critical section, on any core, can interleave with.
#[cfg(any(not(target_has_atomic = "8"), test))]
fn take_in_critical_section(flag: &AtomicBool) -> bool {
    critical_section::with(|_| {
        let was_taken = flag.load(Ordering::Relaxed);
        flag.store(true, Ordering::Relaxed);
        was_taken
    })
}

/// The memory, the first time it is claimed; `None` ever after.
///
/// # Safety
///
/// `memory` is claimed through `claim` and no other `Claim`, and is reached by no other path.
#[doc(hidden)]
#[inline]
#[allow(clippy::mut_from_ref)] // the `UnsafeCell`'s memory, handed out once under the claim
pub unsafe fn claim<T>(
    claim: &'static Claim,
    memory: &'static Memory<T>,
) -> Option<&'static mut MaybeUninit<T>> {
    if !claim.take() {
        return None;
    }
    // SAFETY: this is the one call that took `claim`, the only claim of `memory` (caller's
    // promise): no other reference to it ever exists.
    Some(unsafe { &mut *memory.0.get() })
}

/// The section name prefixes `place!` accepts: names that linker scripts give to RAM (on-chip
/// SRAM banks, tightly coupled memories, NOLOAD regions) and that no linker or runtime gives a
/// meaning of its own. A list of refused names cannot be complete (lld makes `.bss.rel.ro` and
/// `.jcr` read-only after start-up; cortex-m-rt puts `.Reset` and `.HardFault.*` in flash), so
/// only these are taken; that a section of these names is RAM remains the linker script's
/// promise.
const RAM_SECTIONS: &[&str] = &[
    ".uninit", ".noinit", ".axisram", ".sram", ".ram", ".dtcm", ".itcm", ".ccmram", ".dma",
];

/// Refuses, at compile time, a section name that is not one of the RAM prefixes, or that ends
/// in a name a linker treats as read-only (`….rel.ro`).
#[doc(hidden)]
pub const fn check_section(name: &str) {
    let name = name.as_bytes();
    let mut index = 0;
    let mut ram = false;
    while index < RAM_SECTIONS.len() {
        ram |= starts_with(name, RAM_SECTIONS[index].as_bytes());
        index += 1;
    }
    assert!(
        ram && !contains(name, b"rel.ro") && !contains(name, b"relro"),
        "`place!` takes a RAM section whose name starts with `.uninit`, `.noinit`, `.axisram`, \
         `.sram`, `.ram`, `.dtcm`, `.itcm`, `.ccmram` or `.dma` (and is not `rel.ro`): name the \
         section so in your linker script"
    );
}

/// Whether `part` occurs in `name`.
const fn contains(name: &[u8], part: &[u8]) -> bool {
    let mut start = 0;
    while start + part.len() <= name.len() {
        if starts_with(name.split_at(start).1, part) {
            return true;
        }
        start += 1;
    }
    false
}

const fn starts_with(name: &[u8], prefix: &[u8]) -> bool {
    if name.len() < prefix.len() {
        return false;
    }
    let mut index = 0;
    while index < prefix.len() {
        if name[index] != prefix[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// A `&'static mut T` in the named linker section, the first time this line runs; `None` ever
/// after (a loop, a second call of the function, an interrupt, another thread).
///
/// ```
/// # #[cfg(all(feature = "derive", target_os = "linux"))] {
/// use dma_buffer::DmaWriteBuffer;
///
/// #[derive(DmaWriteBuffer)]
/// #[repr(C)]
/// struct Frame {
///     header: [u32; 2],
///     body: [u32; 62],
/// }
///
/// fn rx_frame() -> Option<&'static mut Frame> {
///     // Zeroed in place: the frame is never built on the stack.
///     dma_buffer::place!(".axisram", Frame)
/// }
///
/// let mut frame: &'static mut Frame = rx_frame().unwrap();
/// assert_eq!(frame.dma_write_buffer().1, 64);
/// assert!(rx_frame().is_none()); // exactly once
///
/// // Any type, moved in from an initializer evaluated only by the call that gets the memory.
/// let log = dma_buffer::place!(".sram4", [u8; 16] = *b"boot log: empty.");
/// assert_eq!(log.unwrap()[..4], *b"boot");
/// # }
/// ```
///
/// Two forms, each `Option<&'static mut T>`:
/// - `place!(".section", T)` for a [`DmaWriteTarget`](crate::DmaWriteTarget) `T` (a derived
///   frame, an array of words, `MaybeUninit` of one), zeroed in place with
///   [`zeroed_in`](crate::zeroed_in): what a NOLOAD section needs, where the memory starts
///   as whatever the RAM held;
/// - `place!(".section", T = init)` for any `T: Send`, moved in from `init`, which is
///   evaluated only in the call that gets the memory.
///
/// `no_std` without `alloc`, and no `unsafe` at the call site: it works in a crate that
/// `forbid`s `unsafe_code` (the expansion's `unsafe` is this crate's). How one expansion is one
/// place, claimed exactly once, and which section names are taken: see the
/// [module docs](crate::sources::place). On thumbv6m (no atomic swap) the claim takes a
/// [`critical-section`](https://docs.rs/critical-section), whose implementation the firmware
/// provides (`cortex-m`'s `critical-section-single-core`, rp2040-hal's multicore one).
#[macro_export]
macro_rules! place {
    ($section:literal, $ty:ty) => {
        match $crate::place!(@claim $section, $ty) {
            $crate::__place::Some(memory) => $crate::__place::Some($crate::__place::zeroed_in(memory)),
            $crate::__place::None => $crate::__place::None,
        }
    };
    ($section:literal, $ty:ty = $init:expr) => {
        match $crate::place!(@claim $section, $ty) {
            $crate::__place::Some(memory) => {
                $crate::__place::Some($crate::__place::MaybeUninit::write(memory, $init))
            }
            $crate::__place::None => $crate::__place::None,
        }
    };
    (@claim $section:literal, $ty:ty) => {{
        const _: () = $crate::__place::check_section($section);
        #[link_section = $section]
        static MEMORY: $crate::__place::Memory<$ty> = $crate::__place::Memory::uninit();
        static CLAIM: $crate::__place::Claim = $crate::__place::Claim::new();
        // SAFETY: `MEMORY` and `CLAIM` are this expansion's own, in a block nothing else names.
        unsafe { $crate::__place::claim::<$ty>(&CLAIM, &MEMORY) }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_critical_section_claim_is_taken_once() {
        let flag = AtomicBool::new(false);
        assert!(!take_in_critical_section(&flag));
        assert!(take_in_critical_section(&flag));
        assert!(flag.load(Ordering::Relaxed));
    }

    #[cfg(feature = "std")]
    #[test]
    fn racing_threads_take_the_critical_section_claim_once() {
        static FLAG: AtomicBool = AtomicBool::new(false);
        let winners: usize = (0..4)
            .map(|_| std::thread::spawn(|| usize::from(!take_in_critical_section(&FLAG))))
            .collect::<std::vec::Vec<_>>()
            .into_iter()
            .map(|thread| thread.join().unwrap())
            .sum();
        assert_eq!(winners, 1);
    }

    #[test]
    fn sections_are_matched_by_prefix_and_rel_ro_anywhere() {
        assert!(starts_with(b".axisram.rx", b".axisram"));
        assert!(!starts_with(b".uninit", b".init"));
        assert!(!starts_with(b".a", b".axisram"));
        assert!(contains(b".dma.rel.ro", b"rel.ro"));
        assert!(!contains(b".dma.rx", b"rel.ro"));
    }
}
