//! Word accesses to memory that a running engine may access at the same time: `Relaxed`
//! atomics, of the word's width where the target has one that the word is aligned for, of
//! narrower pieces otherwise (see the [module docs](super#how-words-are-accessed)). The choice
//! is `const`-folded: one load or store, or one per piece.

use core::mem::{align_of, size_of, MaybeUninit};
#[cfg(target_has_atomic = "64")]
use core::sync::atomic::AtomicU64;
use core::sync::atomic::Ordering::Relaxed;
use core::sync::atomic::{AtomicU16, AtomicU32, AtomicU8};

use crate::Word;

/// `$access!(Atomic, Int)` for the widest unsigned atomic whose size divides `W`'s and whose
/// alignment `W`'s covers: `W`'s own width where it can be, pieces of it otherwise (a `u64`,
/// 4-aligned on i686 or with no 64-bit atomic on thumbv7em, as two `AtomicU32`). `AtomicU8`
/// always fits, so every arm but the last returns only if it applies, and the last always does.
macro_rules! with_widest_atomic_for {
    ($W:ty, $access:ident) => {{
        #[cfg(target_has_atomic = "64")]
        $access!(AtomicU64, u64);
        $access!(AtomicU32, u32);
        $access!(AtomicU16, u16);
        $access!(AtomicU8, u8);
        unreachable!("`AtomicU8` fits every word")
    }};
}

/// Whether `W` is made of whole pieces of `A`, each aligned as `A` needs.
const fn pieces_fit<W, A>() -> bool {
    size_of::<W>() % size_of::<A>() == 0 && align_of::<W>() >= align_of::<A>()
}

/// Reads the word at `word`, which an engine may be writing.
///
/// # Safety
///
/// `word` is aligned and valid for reads and writes of a `W` (as an atomic's pointer must be),
/// initialized, and every other access to it while this runs is a word access of this module
/// or the engine's.
pub(crate) unsafe fn load<W: Word>(word: *const W) -> W {
    let mut value = MaybeUninit::<W>::uninit();
    macro_rules! load_as {
        ($atomic:ident, $int:ty) => {
            if pieces_fit::<W, $atomic>() {
                let (from, to) = (
                    word.cast::<$int>().cast_mut(),
                    value.as_mut_ptr().cast::<$int>(),
                );
                for piece in 0..size_of::<W>() / size_of::<$atomic>() {
                    // SAFETY: the piece is inside the word, which the caller makes valid, and
                    // aligned for the atomic (`pieces_fit`: `W`'s alignment covers it, and each
                    // piece starts at a multiple of its size); `to` is the local `value`.
                    unsafe {
                        to.add(piece)
                            .write($atomic::from_ptr(from.add(piece)).load(Relaxed))
                    };
                }
                // SAFETY: every byte of `value` was written; every bit pattern is a valid `W`
                // (`Word`'s promise), a torn one included.
                return unsafe { value.assume_init() };
            }
        };
    }
    with_widest_atomic_for!(W, load_as)
}

/// Writes `value` to the word at `word`, which an engine may be reading.
///
/// # Safety
///
/// `word` is aligned and valid for writes of a `W`, and every other access to it while this
/// runs is a word access of this module or the engine's.
pub(crate) unsafe fn store<W: Word>(word: *mut W, value: W) {
    macro_rules! store_as {
        ($atomic:ident, $int:ty) => {
            if pieces_fit::<W, $atomic>() {
                let (from, to) = ((&raw const value).cast::<$int>(), word.cast::<$int>());
                for piece in 0..size_of::<W>() / size_of::<$atomic>() {
                    // SAFETY: as in `load`, with `from` the local `value` (initialized: a word
                    // has no padding); the piece's bits become the atomic's.
                    unsafe {
                        $atomic::from_ptr(to.add(piece)).store(from.add(piece).read(), Relaxed)
                    };
                }
                return;
            }
        };
    }
    with_widest_atomic_for!(W, store_as)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_through_their_pieces() {
        let mut words = [0u64; 2];
        let value = 0x0123_4567_89ab_cdef;
        // SAFETY: an aligned, valid word, and no other access runs.
        unsafe { store(&raw mut words[1], value) };
        assert_eq!(words, [0, value]);
        // SAFETY: as above.
        assert_eq!(unsafe { load((&raw mut words[1]).cast_const()) }, value);
        let mut half = [0i16; 1];
        // SAFETY: as above.
        unsafe { store(&raw mut half[0], -2) };
        // SAFETY: as above.
        assert_eq!(unsafe { load((&raw mut half[0]).cast_const()) }, -2);
    }

    #[test]
    fn pieces_fit_by_size_and_alignment() {
        assert!(pieces_fit::<u64, AtomicU32>());
        assert!(pieces_fit::<u32, AtomicU32>());
        assert!(pieces_fit::<u16, AtomicU8>());
        assert!(!pieces_fit::<u16, AtomicU32>());
        assert!(!pieces_fit::<[u8; 4], AtomicU32>());
    }
}
