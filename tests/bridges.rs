//! The `embedded-dma` and `zerocopy` bridges: derived types and this crate's wrappers as
//! embedded-dma buffers with the same `(ptr, len)` as this crate's traits, embedded-dma buffers
//! and zerocopy packets in this crate's `Transfer` on the simulator.

use core::marker::PhantomData;
use core::mem::{size_of, MaybeUninit};

use dma_buffer::embedded_dma::{Compat, FromReadBuffer, FromWriteBuffer};
use dma_buffer::sim::SimChannel;
use dma_buffer::zerocopy::Bytes;
use dma_buffer::{DmaReadBuffer, DmaSlice, DmaWriteBuffer, Transfer};
use embedded_dma::{ReadBuffer, WriteBuffer};
use zerocopy::byteorder::{BigEndian, LittleEndian, U16, U32};
use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout};

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    header: [u8; 4],
    payload: [u8; 60],
}

const FRAME: Frame = Frame {
    header: [0x7e; 4],
    payload: [0; 60],
};

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Wrap<const N: usize>([u16; N]);

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct TxFrame<const N: usize>([u8; N]);

/// Several array fields of one word, nested arrays and a phantom: a run of `i16` for every
/// `N` and `T`.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Stereo<const N: usize, T> {
    left: [i16; N],
    right: [[i16; 2]; N],
    unit: PhantomData<T>,
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
struct G<T>(T);

/// Samples of a word chosen by a bounded type parameter: its pointers are embedded-dma
/// buffers as those of an unbounded one are.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
struct Samples<W: dma_buffer::Word + Copy, const N: usize>([W; N]);

/// The same bounds in a `where` clause: the same pointer routes.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C, align(4))]
struct WhereSamples<W, const N: usize>
where
    W: dma_buffer::Word,
    W: Copy,
{
    samples: [W; N],
}

/// Padded for some `N` (`H<3>`), so never an embedded-dma target itself: `Compat` only.
#[derive(Clone, DmaReadBuffer, DmaWriteBuffer)]
#[dma(word = u8)]
#[repr(C)]
struct H<const N: usize> {
    a: [u8; N],
    b: [u32; 1],
}

/// Asserts that embedded-dma's `WriteBuffer` and this crate's `DmaWriteBuffer` give the same
/// `(ptr, len)`, with `len` words, and returns the pointer.
fn same_write<B, W>(mut buffer: B, len: usize) -> *mut W
where
    B: WriteBuffer<Word = W> + DmaWriteBuffer<Word = W> + 'static,
{
    let ours = DmaWriteBuffer::dma_write_buffer(&mut buffer);
    // SAFETY: no DMA runs; `buffer` is dropped at the end.
    let theirs = unsafe { WriteBuffer::write_buffer(&mut buffer) };
    assert_eq!(ours, theirs);
    assert_eq!(ours.1, len);
    ours.0
}

/// As [`same_write`], for `ReadBuffer` and `DmaReadBuffer`.
fn same_read<B, W>(buffer: B, len: usize) -> *const W
where
    B: ReadBuffer<Word = W> + DmaReadBuffer<Word = W> + 'static,
{
    let ours = DmaReadBuffer::dma_read_buffer(&buffer);
    // SAFETY: no DMA runs.
    let theirs = unsafe { ReadBuffer::read_buffer(&buffer) };
    assert_eq!(ours, theirs);
    assert_eq!(ours.1, len);
    ours.0
}

#[test]
fn static_mut_frame() {
    let frame: &'static mut Frame = Box::leak(Box::new(FRAME));
    let start: *mut Frame = frame;
    assert_eq!(same_write(frame, 64), start.cast::<u8>());
    let frame: &'static Frame = Box::leak(Box::new(FRAME));
    assert_eq!(same_read(frame, 64), (frame as *const Frame).cast::<u8>());
}

#[test]
fn boxed_frame_array_and_maybe_uninit() {
    same_write(Box::new(FRAME), 64);
    same_read(Box::new(FRAME), 64);
    same_write(Box::new([FRAME, FRAME]), 128);
    same_write(Box::new(MaybeUninit::<Frame>::uninit()), 64);
}

#[test]
fn vec_of_frames() {
    let frames = vec![FRAME, FRAME, FRAME];
    let start = frames.as_ptr();
    assert_eq!(same_read(frames, 192), start.cast::<u8>());
    same_write(vec![FRAME, FRAME], 128);
}

/// A generic derived type's layout is proved per instantiation, so its `'static` pointers are
/// embedded-dma buffers (each evaluating the check), and its arrays and `Vec`s go through
/// `Compat`, since embedded-dma's own impls for them would skip the check.
#[test]
fn const_generic_frames() {
    let wrap = Box::new(Wrap([1u16; 5]));
    let start: *const Wrap<5> = &*wrap;
    assert_eq!(same_write(wrap, 5), start.cast::<u16>().cast_mut());
    same_read(Box::new(Wrap([1u16; 5])), 5);
    same_write(Box::new(TxFrame([0u8; 9])), 9);
    same_write(Compat::new(vec![TxFrame([0u8; 3]), TxFrame([0u8; 3])]), 6);
    let frame: &'static mut TxFrame<7> = Box::leak(Box::new(TxFrame([0u8; 7])));
    let start: *mut TxFrame<7> = frame;
    assert_eq!(same_write(frame, 7), start.cast::<u8>());
    let frame: &'static mut TxFrame<7> = Box::leak(Box::new(TxFrame([0u8; 7])));
    same_read(frame, 7);
    let frame: &'static Wrap<2> = Box::leak(Box::new(Wrap([0u16; 2])));
    same_read(frame, 2);
    let stereo = Stereo::<3, bool> {
        left: [0; 3],
        right: [[0; 2]; 3],
        unit: PhantomData,
    };
    same_write(Box::new(stereo), 9);
}

#[test]
fn bounded_generic_frames() {
    let samples: &'static mut Samples<u16, 4> = Box::leak(Box::new(Samples([0; 4])));
    let start: *mut Samples<u16, 4> = samples;
    assert_eq!(same_write(samples, 4), start.cast::<u16>());
    let samples: &'static Samples<i32, 3> = Box::leak(Box::new(Samples([0; 3])));
    same_read(samples, 3);
    same_write(Box::new(Samples([0u8; 6])), 6);
    same_write(Compat::new(vec![Samples([0u8; 2]), Samples([0u8; 2])]), 4);
    let samples: &'static mut WhereSamples<u8, 8> =
        Box::leak(Box::new(WhereSamples { samples: [0; 8] }));
    let start: *mut WhereSamples<u8, 8> = samples;
    assert_eq!(same_write(samples, 8), start.cast::<u8>());
    same_read(Box::new(WhereSamples { samples: [0u16; 2] }), 2);
}

#[test]
fn transparent_wrapper_of_a_target() {
    same_write(Box::new(G([0u16; 4])), 4);
    same_read(Box::new(G([0u16; 4])), 4);
    same_write(Box::new(G(Wrap([0u16; 3]))), 3);
    same_write(
        Compat::new(vec![G(TxFrame([0u8; 5])), G(TxFrame([0u8; 5]))]),
        10,
    );
}

#[test]
fn compat_evaluates_the_check_of_a_per_instantiation_layout() {
    // `H<4>` has no padding: `a` fills the bytes before `b`.
    let h = Box::new(H::<4> {
        a: [0; 4],
        b: [0; 1],
    });
    let start: *const H<4> = &*h;
    assert_eq!(same_write(Compat::new(h), 8), start.cast::<u8>().cast_mut());
    same_read(
        Compat::new(vec![
            H::<8> {
                a: [0; 8],
                b: [0; 1]
            };
            2
        ]),
        24,
    );
    // Compat is this crate's buffer too, and gives the buffer back.
    let mut compat = Compat::new(vec![1u32, 2, 3]);
    assert_eq!(compat.dma_write_buffer().1, 3);
    assert_eq!(compat.into_inner(), [1, 2, 3]);
}

#[test]
fn compat_makes_str_a_hal_buffer() {
    let text: &'static str = "hello";
    assert_eq!(same_read(Compat::new(text), 5), text.as_ptr());
    same_read(Compat::new(String::from("hi")), 2);
}

#[test]
fn sub_buffers_are_embedded_dma_buffers() {
    let frame = Box::new(FRAME);
    let start: *const Frame = &*frame;
    let payload = DmaSlice::for_write(frame, 4..64).unwrap();
    assert_eq!(
        same_write(payload, 60),
        start.cast::<u8>().wrapping_add(4).cast_mut()
    );
    let samples: &'static [u16; 6] = &[1, 2, 3, 4, 5, 6];
    let tail = DmaSlice::for_read(samples, 2..).unwrap();
    assert_eq!(same_read(tail, 4), samples[2..].as_ptr());
}

/// A buffer made for the HALs only, as a memory pool's box would be: a `'static` block and a
/// length, not a `StableDeref` pointer, so it is this crate's buffer only through the bridge.
struct Grant {
    block: &'static mut [u16; 8],
    len: usize,
}

impl Grant {
    fn new(len: usize) -> Self {
        assert!(len <= 8);
        Grant {
            block: Box::leak(Box::new([0; 8])),
            len,
        }
    }
}

// SAFETY: the block is `'static`, outside the `Grant`, and its address and the length never
// change; the words are initialized.
unsafe impl ReadBuffer for Grant {
    type Word = u16;

    unsafe fn read_buffer(&self) -> (*const u16, usize) {
        (self.block.as_ptr(), self.len)
    }
}

// SAFETY: as for `ReadBuffer`; every bit pattern is a valid `u16`.
unsafe impl WriteBuffer for Grant {
    type Word = u16;

    unsafe fn write_buffer(&mut self) -> (*mut u16, usize) {
        (self.block.as_mut_ptr(), self.len)
    }
}

#[test]
fn embedded_dma_buffers_in_this_crates_transfer() {
    let channel = SimChannel::<u16>::new();
    let adc = channel.peripheral();
    adc.receive(&[10, 20, 30, 40]);
    let (rx, channel) = Transfer::write(FromWriteBuffer::new(Grant::new(3)), channel)
        .wait()
        .unwrap();
    let grant = rx.into_inner();
    assert_eq!(grant.block[..4], [10, 20, 30, 0]);
    assert_eq!(adc.pending(), 1);

    let (tx, _channel) = Transfer::read(FromReadBuffer::new(grant), channel)
        .wait()
        .unwrap();
    assert_eq!(adc.transmitted(), [10, 20, 30]);
    assert_eq!(tx.into_inner().len, 3);
}

#[test]
fn static_arrays_through_the_reverse_wrappers() {
    static GREETING: [u8; 5] = *b"hello";
    let channel = SimChannel::<u8>::new();
    let uart = channel.peripheral();
    let (_, channel) = Transfer::read(FromReadBuffer::new(&GREETING), channel)
        .wait()
        .unwrap();
    assert_eq!(uart.transmitted(), b"hello");

    uart.receive(b"ok");
    let rx: &'static mut [u8; 2] = Box::leak(Box::new([0; 2]));
    let (rx, _) = Transfer::write(FromWriteBuffer::new(rx), channel)
        .wait()
        .unwrap();
    assert_eq!(rx.into_inner(), b"ok");
}

/// An embedded-dma buffer whose pointer is not aligned for its word: a broken foreign impl.
struct Misaligned(&'static [u8; 8]);

// SAFETY: the memory is `'static` and initialized; only the alignment is wrong, which this
// test must see refused before any DMA runs.
unsafe impl ReadBuffer for Misaligned {
    type Word = u16;

    unsafe fn read_buffer(&self) -> (*const u16, usize) {
        let start = self.0.as_ptr().cast::<u16>();
        let odd = if start.is_aligned() { 1 } else { 0 };
        (self.0.as_ptr().wrapping_add(odd).cast(), 3)
    }
}

#[test]
#[should_panic(expected = "an embedded-dma buffer gave a pointer not aligned for its word")]
fn a_misaligned_embedded_dma_buffer_is_refused() {
    let buffer = FromReadBuffer::new(Misaligned(Box::leak(Box::new([0; 8]))));
    let _ = buffer.dma_read_buffer();
}

/// A packet described with zerocopy, with byte-order fields, made a DMA target by zerocopy's
/// proofs.
#[derive(FromBytes, IntoBytes, Immutable, KnownLayout, DmaReadBuffer, DmaWriteBuffer)]
#[dma(zerocopy)]
#[repr(C, packed)]
struct Header {
    kind: u8,
    length: U16<BigEndian>,
    sequence: U32<BigEndian>,
}

/// Not packed: byte-order fields are 1-aligned, so `repr(C)` has no padding either.
#[derive(FromBytes, IntoBytes, Immutable, KnownLayout, DmaReadBuffer, DmaWriteBuffer)]
#[dma(zerocopy)]
#[repr(C)]
struct Reading {
    sensor: [u8; 2],
    value: U32<LittleEndian>,
}

/// Packed, with a native `u32` at an odd offset: padding-free, so a byte target too.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(zerocopy)]
#[repr(C, packed)]
struct Tagged {
    tag: u8,
    value: u32,
}

#[test]
fn zerocopy_structs_are_byte_targets() {
    assert_eq!(size_of::<Header>(), 7);
    let mut header = Box::new(Header::new_zeroed());
    let start: *mut Header = &mut *header;
    assert_eq!(header.dma_write_buffer(), (start.cast::<u8>(), 7));
    assert_eq!(header.dma_read_buffer().1, 7);
    same_write(header, 7);
    same_read(vec![Header::new_zeroed(), Header::new_zeroed()], 14);
    same_write(Box::new(Reading::new_zeroed()), 6);
    let mut tagged = Box::new(Tagged { tag: 1, value: 2 });
    let start: *mut Tagged = &mut *tagged;
    assert_eq!(tagged.dma_write_buffer(), (start.cast::<u8>(), 5));
}

#[test]
fn zerocopy_structs_in_transfers() {
    let channel = SimChannel::<u8>::new();
    let wire = channel.peripheral();
    wire.receive(&[0x01, 0x00, 0x05, 0x00, 0x00, 0x01, 0x02]);
    let (header, channel) = Transfer::write(Box::new(Header::new_zeroed()), channel)
        .wait()
        .unwrap();
    let (kind, length, sequence) = (header.kind, header.length.get(), header.sequence.get());
    assert_eq!((kind, length, sequence), (1, 5, 0x0102));

    let reading = Reading {
        sensor: *b"T1",
        value: U32::new(0x0403_0201),
    };
    Transfer::read(Box::new(reading), channel).wait().unwrap();
    assert_eq!(wire.transmitted(), b"T1\x01\x02\x03\x04");
}

/// A protocol crate's packet: zerocopy's derives, none of this crate's.
#[derive(FromBytes, IntoBytes, Immutable, KnownLayout)]
#[repr(C)]
struct Sample {
    channel: u8,
    flags: u8,
    value: U16<LittleEndian>,
}

#[test]
fn bytes_wraps_zerocopy_types_without_the_derive() {
    let mut sample = Bytes::new(Box::new(Sample::new_zeroed()));
    assert_eq!(sample.dma_write_buffer().1, 4);
    assert_eq!(sample.dma_read_buffer().1, 4);
    same_write(sample, 4);
    same_read(
        Bytes::new(vec![Sample::new_zeroed(), Sample::new_zeroed()]),
        8,
    );

    let channel = SimChannel::<u8>::new();
    let wire = channel.peripheral();
    wire.receive(&[3, 0x80, 0x34, 0x12]);
    let (rx, channel) = Transfer::write(Bytes::new(Box::new(Sample::new_zeroed())), channel)
        .wait()
        .unwrap();
    let sample = rx.into_inner();
    assert_eq!(
        (sample.channel, sample.flags, sample.value.get()),
        (3, 0x80, 0x1234)
    );

    Transfer::read(Bytes::new(sample), channel).wait().unwrap();
    assert_eq!(wire.transmitted(), [3, 0x80, 0x34, 0x12]);
}

/// A library's receive handle: a buffer, forwarded by `#[dma(delegate)]`.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(delegate)]
struct RxHandle(&'static mut [u16; 16]);

#[test]
fn delegate_handles_are_embedded_dma_buffers() {
    let memory: &'static mut [u16; 16] = Box::leak(Box::new([0; 16]));
    let start = memory.as_ptr();
    let mut handle = RxHandle(memory);
    // SAFETY: no DMA runs; only the answers are compared.
    let read = unsafe { handle.read_buffer() };
    assert_eq!(read, (start, 16));
    assert_eq!(read, handle.dma_read_buffer());
    // SAFETY: as above.
    let (ptr, len) = unsafe { handle.write_buffer() };
    assert_eq!((ptr.cast_const(), len), (start, 16));
}
