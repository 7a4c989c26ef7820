//! Every buffer type the crate accepts hands the DMA engine the data's own address and its
//! length in words, and keeps handing out the same after the buffer value is moved.
//! (The types it refuses are the compile-fail cases in `tests/ui/buffer/`.)

use std::fmt::Debug;
use std::mem::{size_of, MaybeUninit};
use std::ops::{Bound, RangeBounds};
use std::rc::Rc;
use std::sync::Arc;

use dma_buffer::{
    DmaReadBuffer, DmaReadTarget, DmaSlice, DmaWriteBuffer, DmaWriteTarget, StaticReadBuffer,
    StaticWriteBuffer, Word,
};

/// The byte a simulated DMA write fills every byte of a write buffer with.
const FILL: u8 = 0xA5;

/// Checks that `buffer` lets the DMA engine read `len` words at `start`, and still does after
/// the buffer value is moved to the heap. `start`'s type pins the buffer's word type.
fn assert_read<B: DmaReadBuffer>(buffer: B, start: *const B::Word, len: usize) -> B {
    assert_eq!(buffer.dma_read_buffer(), (start, len), "before a move");
    let moved = Box::new(buffer);
    assert_eq!(moved.dma_read_buffer(), (start, len), "after a move");
    *moved
}

/// Checks that `buffer` lets the DMA engine write `len` words at `start`, still after a move,
/// then writes [`FILL`] over all of them as a DMA engine would, for the caller to check that
/// exactly the data changed.
fn assert_write<B: DmaWriteBuffer>(mut buffer: B, start: *mut B::Word, len: usize) -> B {
    assert_eq!(buffer.dma_write_buffer(), (start, len), "before a move");
    let mut moved = Box::new(buffer);
    let (ptr, words) = moved.dma_write_buffer();
    assert_eq!((ptr, words), (start, len), "after a move");
    // SAFETY: the `DmaWriteBuffer` contract: `ptr` is valid for writes of `words` words of any
    // bit pattern, and nothing else accesses them while `moved` is alive.
    unsafe {
        ptr.cast::<u8>()
            .write_bytes(FILL, words * size_of::<B::Word>())
    };
    *moved
}

/// A `StaticReadBuffer` bound, as a safe transfer API has it: only compiles for `'static` buffers.
fn require_static_read<B: StaticReadBuffer>(buffer: B) -> B {
    buffer
}

/// A `StaticWriteBuffer` bound, as a safe transfer API has it.
fn require_static_write<B: StaticWriteBuffer>(buffer: B) -> B {
    buffer
}

// Row: `&'a [W]`, `&'a [W; N]`, `&'a str`, `&'a mut str` are read buffers.

#[test]
fn shared_slices_arrays_and_str_are_read_buffers() {
    let samples = [1u16, 2, 3, 4, 5];
    assert_read(&samples[1..], samples[1..].as_ptr(), 4);
    let array: &[u16; 5] = &samples;
    assert_read(array, samples.as_ptr(), 5);

    // Lengths of `str` are bytes (`u8` words), not chars.
    let text = "héllo";
    assert_read(text, text.as_ptr(), 6);
    let mut owned = String::from("héllo");
    let start = owned.as_ptr();
    assert_read(owned.as_mut_str(), start, 6);
}

// Row: `&'a mut [W]`, `&'a mut [W; N]` are read and write buffers.

#[test]
fn unique_slices_and_arrays_are_read_and_write_buffers() {
    let mut samples = [0i32; 6];
    let start = samples.as_mut_ptr();
    let slice = assert_write(&mut samples[..], start, 6);
    assert_read(slice, start, 6);
    assert_eq!(samples, [i32::from_ne_bytes([FILL; 4]); 6]);

    let mut frame = [0u16; 4];
    let start = frame.as_mut_ptr();
    let array = assert_write(&mut frame, start, 4);
    assert_read(array, start, 4);
    assert_eq!(frame, [u16::from_ne_bytes([FILL; 2]); 4]);
}

// Row: `&'a mut MaybeUninit<[W; N]>`, `&'a mut [MaybeUninit<W>]` are write buffers.

#[test]
fn unique_uninit_memory_is_a_write_buffer() {
    let mut rx = MaybeUninit::<[u16; 4]>::uninit();
    let start = rx.as_mut_ptr().cast::<u16>();
    assert_write(&mut rx, start, 4);
    // SAFETY: `assert_write` wrote every byte.
    assert_eq!(
        unsafe { rx.assume_init() },
        [u16::from_ne_bytes([FILL; 2]); 4]
    );

    let mut words = [MaybeUninit::<u32>::uninit(); 3];
    let start = words.as_mut_ptr().cast::<u32>();
    assert_write(&mut words[..], start, 3);
    // SAFETY: `assert_write` wrote every byte.
    let words = words.map(|word| unsafe { word.assume_init() });
    assert_eq!(words, [u32::from_ne_bytes([FILL; 4]); 3]);
}

// Row: `Box<[W]>`, `Box<[W; N]>`, `Vec<W>` are read and write buffers; `Vec`'s length is
// `len()`, not its capacity.

#[test]
fn boxes_and_vecs_are_read_and_write_buffers() {
    let mut boxed: Box<[u64]> = vec![0; 3].into_boxed_slice();
    let start = boxed.as_mut_ptr();
    let boxed = assert_read(assert_write(boxed, start, 3), start, 3);
    assert_eq!(*boxed, [u64::from_ne_bytes([FILL; 8]); 3]);

    let mut boxed_array = Box::new([0i16; 5]);
    let start = boxed_array.as_mut_ptr();
    let boxed_array = assert_read(assert_write(boxed_array, start, 5), start, 5);
    assert_eq!(*boxed_array, [i16::from_ne_bytes([FILL; 2]); 5]);

    let mut vec = Vec::with_capacity(10);
    vec.extend([0u32; 3]);
    assert!(vec.capacity() > vec.len());
    let start = vec.as_mut_ptr();
    let vec = assert_read(assert_write(vec, start, 3), start, 3);
    assert_eq!(vec, [u32::from_ne_bytes([FILL; 4]); 3]);
}

#[test]
fn empty_vec_is_an_empty_buffer() {
    let mut vec = Vec::<u16>::new();
    let start = vec.as_mut_ptr();
    let vec = assert_write(vec, start, 0);
    assert_read(vec, start, 0);
}

// Row: `Box<[MaybeUninit<W>]>` is a write buffer.

#[test]
fn boxed_uninit_slice_is_a_write_buffer() {
    let mut rx = Box::<[u16]>::new_uninit_slice(5);
    let start = rx.as_mut_ptr().cast::<u16>();
    let rx = assert_write(rx, start, 5);
    // SAFETY: `assert_write` wrote every byte.
    let rx = unsafe { rx.assume_init() };
    assert_eq!(*rx, [u16::from_ne_bytes([FILL; 2]); 5]);
}

// Row: `Rc<[W]>`, `Arc<[W]>`, `String`, `Box<str>` are read buffers.

#[test]
fn shared_owners_and_strings_are_read_buffers() {
    let rc: Rc<[u32]> = Rc::from([1, 2, 3]);
    let start = rc.as_ptr();
    assert_read(rc, start, 3);

    let arc: Arc<[i8]> = Arc::from([-1, -2]);
    let start = arc.as_ptr();
    assert_read(arc, start, 2);

    let mut string = String::with_capacity(32);
    string.push_str("AT+GMR\r\n");
    let start = string.as_ptr();
    assert_read(string, start, 8);

    let boxed: Box<str> = Box::from("ping");
    let start = boxed.as_ptr();
    assert_read(boxed, start, 4);
}

// `W` is any of the eight words: the length is in words, whatever their size.

fn check_word<W>()
where
    W: Word + Default + PartialEq + Debug + DmaReadTarget<Word = W> + DmaWriteTarget<Word = W>,
{
    let data = [W::default(); 7];
    assert_read(&data[2..], data[2..].as_ptr(), 5);

    let mut boxed: Box<[W]> = vec![W::default(); 3].into_boxed_slice();
    let start = boxed.as_mut_ptr();
    let boxed = assert_write(boxed, start, 3);
    // Three words written, not three bytes: none is left zero.
    assert!(!boxed.contains(&W::default()), "{boxed:?}");
}

#[test]
fn every_word_type_is_accepted() {
    check_word::<u8>();
    check_word::<i8>();
    check_word::<u16>();
    check_word::<i16>();
    check_word::<u32>();
    check_word::<i32>();
    check_word::<u64>();
    check_word::<i64>();
}

// Nested arrays are runs of their innermost words.

#[test]
fn nested_arrays_count_innermost_words() {
    let grid = [[1u16, 2], [3, 4], [5, 6]];
    let start = grid.as_ptr().cast::<u16>();
    assert_read(&grid, start, 6);
    assert_read(&grid[1..], start.wrapping_add(2), 4);

    let mut rows: Vec<[u8; 4]> = vec![[0; 4]; 3];
    let start = rows.as_mut_ptr().cast::<u8>();
    let rows = assert_write(rows, start, 12);
    assert_eq!(rows, [[FILL; 4]; 3]);

    let mut rx = MaybeUninit::<[[u32; 2]; 2]>::uninit();
    let start = rx.as_mut_ptr().cast::<u32>();
    assert_write(&mut rx, start, 4);
}

// `'static` buffers satisfy the bounds of safe transfer APIs (borrowed ones are compile-fail
// cases).

#[test]
fn leaked_and_owned_buffers_are_static() {
    let leaked: &'static mut [u16; 8] = Box::leak(Box::new([0; 8]));
    let start = leaked.as_mut_ptr();
    let leaked = require_static_write(assert_write(leaked, start, 8));
    let leaked = assert_read(require_static_read(leaked), start, 8);
    // SAFETY: `leaked` came from `Box::leak` and is not used again; freeing it keeps Miri's
    // leak check quiet.
    drop(unsafe { Box::from_raw(leaked) });

    let literal: &'static [u8] = b"hello";
    assert_read(require_static_read(literal), literal.as_ptr(), 5);

    let mut vec = vec![0u32; 4];
    let start = vec.as_mut_ptr();
    assert_write(require_static_write(vec), start, 4);

    let string = String::from("owned");
    let start = string.as_ptr();
    assert_read(require_static_read(string), start, 5);
}

// Sub-buffers: `DmaSlice`.

/// Checks that the sub-buffer `range` of eight words starts `start` words in and has `len`
/// words, and that `into_inner` gives back all eight.
fn assert_sub_buffer(range: impl RangeBounds<usize>, start: usize, len: usize) {
    let data = [0u32; 8];
    let base = data.as_ptr();
    let slice = DmaSlice::for_read(&data, range).unwrap();
    assert_eq!(slice.range(), start..start + len);
    let whole = assert_read(slice, base.wrapping_add(start), len).into_inner();
    assert_eq!(whole.dma_read_buffer(), (base, 8));
}

#[test]
fn dma_slice_offsets_by_words_for_every_range_form() {
    assert_sub_buffer(.., 0, 8);
    assert_sub_buffer(2..5, 2, 3);
    assert_sub_buffer(3.., 3, 5);
    assert_sub_buffer(..4, 0, 4);
    assert_sub_buffer(..=4, 0, 5);
    assert_sub_buffer(6..=7, 6, 2);
    assert_sub_buffer(8.., 8, 0);
    assert_sub_buffer((Bound::Excluded(1), Bound::Included(3)), 2, 2);
}

#[test]
fn dma_slice_write_touches_only_its_range_and_gives_the_buffer_back() {
    let mut vec = vec![0u16; 6];
    let start = vec.as_mut_ptr();
    let slice = DmaSlice::for_write(vec, 1..4).unwrap();
    let slice = require_static_write(assert_write(slice, start.wrapping_add(1), 3));
    let vec = slice.into_inner();
    let fill = u16::from_ne_bytes([FILL; 2]);
    assert_eq!(vec, [0, fill, fill, fill, 0, 0]);
    assert_eq!(vec.as_ptr(), start);
}

#[test]
fn dma_slice_of_a_box_and_of_a_slice() {
    let boxed: Box<[i64]> = vec![7; 10].into_boxed_slice();
    let base = boxed.as_ptr();
    let outer = DmaSlice::for_read(boxed, 2..9).unwrap();
    let inner = DmaSlice::for_read(outer, 3..).unwrap();
    let inner = assert_read(inner, base.wrapping_add(5), 4);
    let boxed = inner.into_inner().into_inner();
    assert_eq!(boxed.as_ptr(), base);
    assert_eq!(boxed.len(), 10);
}

#[test]
#[allow(clippy::reversed_empty_ranges)] // an inverted range is one of the refused requests
fn out_of_range_gives_the_buffer_back_with_a_readable_error() {
    let mut vec = vec![1u8, 2, 3, 4];
    let start = vec.as_mut_ptr();
    let err = DmaSlice::for_write(vec, 2..5).unwrap_err();
    assert_eq!((err.range(), err.len(), err.is_empty()), (2..5, 4, false));
    assert_eq!(
        err.to_string(),
        "DMA sub-buffer 2..5 does not fit a buffer of 4 words"
    );
    let vec = err.into_buffer();
    assert_eq!(
        (vec.as_ptr(), vec.as_slice()),
        (start.cast_const(), &[1, 2, 3, 4][..])
    );

    // Inverted and overflowing ranges are refused too, never wrapped around.
    let data = [0u16; 4];
    let inverted = DmaSlice::for_read(&data, 3..1).unwrap_err();
    assert_eq!(inverted.range(), 3..1);
    assert_eq!(
        inverted.to_string(),
        "DMA sub-buffer 3..1 does not fit a buffer of 4 words"
    );
    let past_max = DmaSlice::for_read(&data, ..=usize::MAX).unwrap_err();
    assert_eq!(past_max.range(), 0..usize::MAX);
    let after_max = DmaSlice::for_read(&data, (Bound::Excluded(usize::MAX), Bound::Unbounded));
    assert_eq!(after_max.unwrap_err().range(), usize::MAX..data.len());
    let empty: &[u16] = &[];
    let err = DmaSlice::for_read(empty, 0..1).unwrap_err();
    assert!(err.is_empty());
    assert_eq!(err.into_buffer().as_ptr(), empty.as_ptr());
}
