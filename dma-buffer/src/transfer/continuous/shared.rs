//! Word accesses to memory that a running engine may access at the same time: `Relaxed`
//! atomics of the word's width, volatile where the target has no such atomic (see the
//! [module docs](super#how-words-are-accessed)). `const`-folded to one load or store.

use core::mem::{align_of, size_of, transmute_copy};
#[cfg(target_has_atomic = "64")]
use core::sync::atomic::AtomicU64;
use core::sync::atomic::Ordering::Relaxed;
use core::sync::atomic::{AtomicU16, AtomicU32, AtomicU8};

use crate::Word;

/// `$access!(Atomic)` for the unsigned atomic of `W`'s width, if `W` is aligned for it;
/// otherwise falls through.
macro_rules! with_atomic_of {
    ($W:ty, $access:ident) => {
        match size_of::<$W>() {
            1 => $access!(AtomicU8),
            2 => $access!(AtomicU16),
            4 => $access!(AtomicU32),
            #[cfg(target_has_atomic = "64")]
            8 => $access!(AtomicU64),
            _ => {}
        }
    };
}

/// Reads the word at `word`, which an engine may be writing.
///
/// # Safety
///
/// `word` is aligned and valid for reads of a `W`, initialized, and every other access to it
/// while this runs is a word access of this module or the engine's.
pub(crate) unsafe fn load<W: Word>(word: *const W) -> W {
    macro_rules! load_as {
        ($atomic:ident) => {
            if align_of::<W>() >= align_of::<$atomic>() {
                // SAFETY: the atomic has `W`'s size, and `word` is aligned for it; the caller
                // makes it valid; every bit pattern is a valid `W` (`Word`'s promise).
                return unsafe {
                    transmute_copy(&$atomic::from_ptr(word.cast_mut().cast()).load(Relaxed))
                };
            }
        };
    }
    with_atomic_of!(W, load_as);
    // SAFETY: the caller's promise; no atomic of this width exists here.
    unsafe { word.read_volatile() }
}

/// Writes `value` to the word at `word`, which an engine may be reading.
///
/// # Safety
///
/// `word` is aligned and valid for writes of a `W`, and every other access to it while this
/// runs is a word access of this module or the engine's.
pub(crate) unsafe fn store<W: Word>(word: *mut W, value: W) {
    macro_rules! store_as {
        ($atomic:ident) => {
            if align_of::<W>() >= align_of::<$atomic>() {
                // SAFETY: as in `load`; the value's bits become the atomic's.
                return unsafe {
                    $atomic::from_ptr(word.cast()).store(transmute_copy(&value), Relaxed)
                };
            }
        };
    }
    with_atomic_of!(W, store_as);
    // SAFETY: the caller's promise; no atomic of this width exists here.
    unsafe { word.write_volatile(value) }
}
