//! Every kind of struct `#[derive(DmaReadBuffer, DmaWriteBuffer)]` accepts becomes a DMA target:
//! each buffer that points at it (`Box`, `&'static`, `Vec`, arrays, `MaybeUninit`) hands the DMA
//! engine the struct's own address and its size in words. (The structs the derive refuses are
//! the cases in `tests/ui/derive/` and `tests/build_fail/`.)

use std::fmt::Debug;
use std::marker::PhantomData;
use std::mem::{align_of, size_of, MaybeUninit};

use dma_buffer::{
    DmaReadBuffer, DmaReadTarget, DmaWriteBuffer, DmaWriteTarget, StaticReadBuffer,
    StaticWriteBuffer,
};

/// The address of the memory `target` points at, to compare with a buffer's pointer.
fn address<T: ?Sized>(target: *const T) -> usize {
    target.cast::<u8>() as usize
}

/// Checks that `words` words of `W` cover a `T` exactly, and that `T` is aligned for them.
fn assert_words_cover<T, W>(words: usize) {
    assert_eq!(
        words * size_of::<W>(),
        size_of::<T>(),
        "words cover the struct"
    );
    assert!(align_of::<T>() >= align_of::<W>());
}

/// Checks with `$assert` (`assert_read` or `assert_write`) that every buffer of `T`s that
/// `$make` builds points at the `T`s and counts `$words` words per `T`.
macro_rules! assert_buffers_of {
    ($assert:ident, $make:expr, $words:expr) => {{
        let (make, words) = ($make, $words);
        let boxed = Box::new(make());
        let start = address(&*boxed);
        $assert(boxed, start, words);

        let leaked = Box::leak(Box::new(make()));
        let start = address(leaked);
        $assert(leaked, start, words);

        let vec = vec![make(), make(), make()];
        let start = address(vec.as_ptr());
        $assert(vec, start, 3 * words);

        let array = Box::new([make(), make()]);
        let start = address(&*array);
        $assert(array, start, 2 * words);
    }};
}

/// Checks the read buffers of a read target.
fn assert_read_target<T: DmaReadTarget<Word = W> + 'static, W>(make: impl Fn() -> T, words: usize) {
    assert_words_cover::<T, W>(words);
    assert_buffers_of!(assert_read, make, words);
}

/// Checks the write buffers of a write target, which may also point at uninitialized `T`s.
fn assert_write_target<T: DmaWriteTarget<Word = W> + 'static, W>(
    make: impl Fn() -> T,
    words: usize,
) {
    assert_words_cover::<T, W>(words);
    assert_buffers_of!(assert_write, make, words);
    let uninit = Box::new(MaybeUninit::<T>::uninit());
    let start = address(uninit.as_ptr());
    assert_write(uninit, start, words);
}

/// Checks `buffer`'s `(ptr, len)`, before and after the buffer value moves.
fn assert_read<B: StaticReadBuffer>(buffer: B, start: usize, len: usize) {
    let (ptr, got) = buffer.dma_read_buffer();
    assert_eq!((address(ptr), got), (start, len));
    let moved = Box::new(buffer);
    let (ptr, got) = moved.dma_read_buffer();
    assert_eq!((address(ptr), got), (start, len), "after a move");
}

/// As [`assert_read`], for write buffers.
fn assert_write<B: StaticWriteBuffer>(mut buffer: B, start: usize, len: usize) {
    let (ptr, got) = buffer.dma_write_buffer();
    assert_eq!((address(ptr), got), (start, len));
    let mut moved = Box::new(buffer);
    let (ptr, got) = moved.dma_write_buffer();
    assert_eq!((address(ptr), got), (start, len), "after a move");
}

/// Checks a target that derives both traits.
fn assert_target<T: DmaReadTarget<Word = W> + DmaWriteTarget<Word = W> + 'static, W>(
    make: impl Fn() -> T,
    words: usize,
) {
    assert_read_target(&make, words);
    assert_write_target(make, words);
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    header: [u32; 2],
    body: [u32; 30],
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Samples(i16, [i16; 3]);

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
struct Wrapper([u16; 5]);

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Timestamp {
    ticks: u64,
}

#[test]
fn named_tuple_and_transparent_structs_are_targets() {
    assert_target::<_, u32>(
        || Frame {
            header: [1; 2],
            body: [2; 30],
        },
        32,
    );
    assert_target::<_, i16>(|| Samples(-1, [2; 3]), 4);
    assert_target::<_, u16>(|| Wrapper([3; 5]), 5);
    assert_target::<_, u64>(|| Timestamp { ticks: 4 }, 1);
}

/// Two `u32`s aligned to 8: the size stays a multiple of the alignment, so there is no padding.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C, align(8))]
struct Aligned {
    words: [u32; 2],
}

#[test]
fn an_aligned_struct_without_padding_is_a_target() {
    assert_eq!(align_of::<Aligned>(), 8);
    assert_target::<_, u32>(|| Aligned { words: [5; 2] }, 2);
}

const HEADER_WORDS: usize = 2;
type Block = [u16; 4];

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Arrays {
    grid: [[u8; 4]; 3],
    header: [u8; 2 * HEADER_WORDS],
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Blocks {
    first: Block,
    rest: [Block; 2],
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
struct CustomWrapper<const N: usize>([u16; N]);

#[test]
fn arrays_nested_arrays_const_expressions_and_aliases_are_fields() {
    assert_target::<_, u8>(
        || Arrays {
            grid: [[6; 4]; 3],
            header: [7; 4],
        },
        16,
    );
    assert_target::<_, u16>(
        || Blocks {
            first: [8; 4],
            rest: [[9; 4]; 2],
        },
        12,
    );
    assert_target::<_, u16>(|| CustomWrapper([10u16; 7]), 7);
    assert_target::<_, u16>(|| CustomWrapper([10u16; 64]), 64);
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Packet {
    header: Aligned,
    items: [Aligned; 3],
    crc: [u32; 2],
}

#[test]
fn nested_derived_structs_and_arrays_of_them_are_fields() {
    assert_target::<_, u32>(
        || Packet {
            header: Aligned { words: [1; 2] },
            items: [
                Aligned { words: [2; 2] },
                Aligned { words: [3; 2] },
                Aligned { words: [4; 2] },
            ],
            crc: [5; 2],
        },
        10,
    );
}

/// A receive frame whose payload need not be initialized before the DMA writes it.
#[derive(DmaWriteBuffer)]
#[repr(C)]
struct RxFrame {
    len: u32,
    payload: MaybeUninit<[u32; 15]>,
    tail: [MaybeUninit<u32>; 2],
}

#[test]
fn maybe_uninit_fields_are_write_targets() {
    let make = || RxFrame {
        len: 0,
        payload: MaybeUninit::uninit(),
        tail: [MaybeUninit::uninit(); 2],
    };
    assert_write_target::<_, u32>(make, 18);
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
struct G<T>(T);

#[test]
fn a_type_parameter_field_is_a_target_where_its_type_is() {
    assert_target::<_, u16>(|| G([11u16; 4]), 4);
    assert_target::<_, u32>(
        || {
            G(Frame {
                header: [0; 2],
                body: [0; 30],
            })
        },
        32,
    );
}

/// Tagged with a type that is no DMA target: `PhantomData` puts no bound on it.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Tagged<T> {
    data: [u8; 16],
    _owner: PhantomData<*const T>,
    _flag: PhantomData<bool>,
}

/// A struct whose only parameter is a lifetime, used in a `PhantomData`.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Borrowing<'a> {
    data: [u32; 4],
    _borrow: PhantomData<&'a str>,
}

#[test]
fn phantom_data_fields_are_skipped_and_bound_nothing() {
    let make = || Tagged::<bool> {
        data: [12; 16],
        _owner: PhantomData,
        _flag: PhantomData,
    };
    assert_target::<_, u8>(make, 16);
    assert_target::<_, u32>(
        || Borrowing {
            data: [13; 4],
            _borrow: PhantomData,
        },
        4,
    );
}

/// Bytes, then a word: viewed as bytes, so the DMA moves it as `4 + 4` bytes.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
struct H<const N: usize> {
    a: [u8; N],
    b: [u32; 1],
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u16)]
struct Header {
    kind: [u8; 2],
    len: u16,
    address: u32,
}

#[test]
fn word_views_mixed_fields_as_one_word_type() {
    assert_target::<_, u8>(
        || H {
            a: [14; 4],
            b: [15],
        },
        8,
    );
    assert_target::<_, u8>(
        || H {
            a: [14; 12],
            b: [15],
        },
        16,
    );
    assert_target::<_, u16>(
        || Header {
            kind: [1, 2],
            len: 3,
            address: 4,
        },
        4,
    );
}

/// Other derives, docs, visibility and where clauses work alongside.
#[derive(DmaReadBuffer, DmaWriteBuffer, Clone, Copy, Debug, Default, PartialEq)]
#[repr(C)]
pub(crate) struct Config<T>
where
    T: Copy,
{
    /// Register values.
    pub(crate) registers: [u32; 4],
    pub(crate) owner: PhantomData<T>,
}

fn assert_other_derives<T: Clone + Copy + Debug + Default + PartialEq>() {}

#[test]
fn other_derives_and_attributes_keep_working() {
    assert_other_derives::<Config<char>>();
    let config = Config::<char>::default();
    assert_eq!(
        config,
        Config {
            registers: [0; 4],
            owner: PhantomData
        }
    );
    assert_target::<_, u32>(Config::<char>::default, 4);
}

/// A handle that holds a static receive buffer.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(delegate)]
struct RxBuf(&'static mut [u8; 256]);

/// A handle that owns a pool of words, tagged with its owner.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(delegate)]
struct Pool<T> {
    words: Box<[u32; 64]>,
    _owner: PhantomData<T>,
}

#[test]
fn delegates_forward_their_field_buffer() {
    let memory: &'static mut [u8; 256] = Box::leak(Box::new([0; 256]));
    let start = address(memory);
    let rx = RxBuf(memory);
    assert_read(rx, start, 256);
    let rx = RxBuf(Box::leak(Box::new([0; 256])));
    let start = address(&*rx.0);
    assert_write(rx, start, 256);

    let words = Box::new([0u32; 64]);
    let start = address(&*words);
    let pool = Pool::<bool> {
        words,
        _owner: PhantomData,
    };
    assert_eq!(address(pool.dma_read_buffer().0), start);
    assert_write(pool, start, 64);
}

/// What a HAL that re-exports `dma_buffer` looks like to its users.
mod hal {
    pub use dma_buffer;
}

#[derive(hal::dma_buffer::DmaReadBuffer, hal::dma_buffer::DmaWriteBuffer)]
#[dma(crate = hal::dma_buffer)]
#[repr(C)]
struct HalFrame {
    body: [u16; 8],
}

#[test]
fn crate_points_the_derive_at_a_re_export() {
    assert_target::<_, u16>(|| HalFrame { body: [16; 8] }, 8);
}

/// Forty generic fields: each gets a trait bound, and requiring their words to agree through
/// `Word = W` equality bounds would overflow rustc's trait solver (E0275); the helper traits
/// of the hidden macro do not.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
#[rustfmt::skip]
struct ManyFields<T>(
    [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2],
    [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2],
    [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2],
    [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2], [T; 1], [T; 2],
);

#[test]
fn many_generic_fields_do_not_overflow_the_trait_solver() {
    let zeroed = || -> ManyFields<u16> {
        // SAFETY: every field is an array of `u16`, for which all zeroes is a valid value.
        unsafe { std::mem::zeroed() }
    };
    assert_target::<_, u16>(zeroed, 60);
}
