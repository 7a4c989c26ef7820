//! Zeroed write targets: in a `static` initializer, on the heap, or in place.
//!
//! # Why zero is always a valid value here
//!
//! [`DmaWriteTarget`]'s contract says that its memory is a padding-free run of `len` words
//! covering the whole value, and that every bit pattern written as those words leaves a valid
//! value: a DMA engine may store anything it receives, and safe code then reads it. All bytes
//! zero is one such pattern, so a zeroed `T: DmaWriteTarget` is a valid `T`, with nothing for
//! the caller to promise. Each function evaluates `T::WRITE_CHECK` first, so a generic target
//! whose instantiation has padding (whose layout the contract does not cover) fails to build
//! here as it does on every route to a DMA pointer.

use core::mem::MaybeUninit;

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::DmaWriteTarget;

/// A `T` with every byte zero, in a `const` context too: `static` initializers of frames.
///
/// ```
/// # #[cfg(feature = "derive")] {
/// use dma_buffer::DmaWriteBuffer;
///
/// #[derive(DmaWriteBuffer)]
/// #[repr(C)]
/// struct Frame {
///     header: [u8; 4],
///     payload: [u8; 60], // no `Default` for `[u8; 60]`: nothing to derive it from
/// }
///
/// static EMPTY: Frame = dma_buffer::zeroed();
/// assert_eq!(EMPTY.payload, [0; 60]);
///
/// // With `static_cell`: a `&'static mut Frame` handed out once, without `unsafe`.
/// static RX: static_cell::ConstStaticCell<Frame> =
///     static_cell::ConstStaticCell::new(dma_buffer::zeroed());
/// let mut rx: &'static mut Frame = RX.take();
/// assert_eq!(rx.dma_write_buffer().1, 64);
/// # }
/// ```
///
/// Sound for every write target: see the [module docs](self).
#[inline]
pub const fn zeroed<T: DmaWriteTarget>() -> T {
    let () = T::WRITE_CHECK;
    // SAFETY: every bit pattern of `T`'s words is a valid `T` and they cover all of it
    // (`DmaWriteTarget`'s contract, checked for this instantiation just above).
    unsafe { MaybeUninit::zeroed().assume_init() }
}

/// Zeroes `slot` in place and returns it initialized: no `T` is built on the stack.
///
/// For memory that comes uninitialized, such as `StaticCell::uninit`'s, a
/// `static mut MaybeUninit<T>` or a NOLOAD linker section (see [`place!`](crate::place)).
///
/// ```
/// use core::mem::MaybeUninit;
///
/// use dma_buffer::DmaWriteBuffer;
/// use static_cell::StaticCell;
///
/// static RX: StaticCell<[u32; 1024]> = StaticCell::new();
/// let mut rx: &'static mut [u32; 1024] = dma_buffer::zeroed_in(RX.uninit());
/// assert_eq!(rx.dma_write_buffer().1, 1024);
/// ```
#[inline]
pub fn zeroed_in<T: DmaWriteTarget>(slot: &mut MaybeUninit<T>) -> &mut T {
    let () = T::WRITE_CHECK;
    // SAFETY: `slot` is valid for writes of one `T`: its bytes, aligned.
    unsafe { slot.as_mut_ptr().write_bytes(0, 1) };
    // SAFETY: all bytes are zero now, a valid `T` (see `zeroed`).
    unsafe { slot.assume_init_mut() }
}

/// A zeroed `T` on the heap, allocated zeroed (`alloc_zeroed`): the frame is never built on
/// the stack and copied, so a frame larger than the stack fits (feature `alloc`).
///
/// ```
/// use dma_buffer::StaticWriteBuffer;
///
/// fn start_rx<B: StaticWriteBuffer<Word = u16>>(buffer: B) -> B {
///     buffer
/// }
///
/// // `Box::new([0u16; 32 << 10])` would build the 64 KiB on the stack first.
/// let samples: Box<[u16; 32 << 10]> = dma_buffer::zeroed_box();
/// let samples = start_rx(samples);
/// assert!(samples.iter().all(|&sample| sample == 0));
/// ```
#[cfg(feature = "alloc")]
pub fn zeroed_box<T: DmaWriteTarget>() -> Box<T> {
    let () = T::WRITE_CHECK;
    let layout = core::alloc::Layout::new::<T>();
    if layout.size() == 0 {
        // Nothing to allocate or to copy.
        return Box::new(zeroed());
    }
    let memory = allocate_zeroed(layout).cast::<T>();
    // SAFETY: `memory` was allocated by the global allocator with `T`'s layout, as `Box`
    // requires, and all its bytes are zero: a valid `T` (see `zeroed`).
    unsafe { Box::from_raw(memory) }
}

/// `len` zeroed `T`s on the heap, allocated zeroed (feature `alloc`).
///
/// ```
/// use dma_buffer::DmaWriteBuffer;
///
/// let mut rx: Box<[u8]> = dma_buffer::zeroed_boxed_slice(1500);
/// assert_eq!(rx.dma_write_buffer().1, 1500);
/// ```
///
/// # Panics
///
/// If `len` `T`s are more than `isize::MAX` bytes.
#[cfg(feature = "alloc")]
pub fn zeroed_boxed_slice<T: DmaWriteTarget>(len: usize) -> Box<[T]> {
    let () = T::WRITE_CHECK;
    let layout = core::alloc::Layout::array::<T>(len).expect("zeroed_boxed_slice: too large");
    if layout.size() == 0 {
        // Zero-sized elements or none: nothing to allocate or to copy.
        return (0..len).map(|_| zeroed()).collect();
    }
    let memory = allocate_zeroed(layout).cast::<T>();
    // SAFETY: allocated by the global allocator with the layout of `[T; len]`, as `Box<[T]>`
    // of `len` elements requires, all bytes zero: `len` valid `T`s (see `zeroed`).
    unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(memory, len)) }
}

/// Zeroed memory of `layout`, which is not zero-sized; diverges if the allocator fails.
#[cfg(feature = "alloc")]
fn allocate_zeroed(layout: core::alloc::Layout) -> *mut u8 {
    // SAFETY: the callers pass a layout of nonzero size.
    let memory = unsafe { alloc::alloc::alloc_zeroed(layout) };
    if memory.is_null() {
        alloc::alloc::handle_alloc_error(layout);
    }
    memory
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroed_arrays_are_all_zero() {
        const WORDS: [u32; 3] = zeroed();
        assert_eq!(WORDS, [0; 3]);
        let mut slot = MaybeUninit::<[i16; 5]>::new([7; 5]);
        assert_eq!(*zeroed_in(&mut slot), [0; 5]);
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn zeroed_heap_memory_is_all_zero() {
        assert_eq!(*zeroed_box::<[u64; 33]>(), [0; 33]);
        assert_eq!(*zeroed_box::<[u8; 0]>(), []);
        assert_eq!(&*zeroed_boxed_slice::<[u16; 2]>(3), &[[0; 2]; 3]);
        assert!(zeroed_boxed_slice::<u8>(0).is_empty());
        assert_eq!(zeroed_boxed_slice::<[u8; 0]>(4).len(), 4);
    }
}
