//! Every kind of derived type the bridges cover, handed to functions bounded as HALs bound
//! their buffers. Built by `.ci/bridges.sh` with dma-buffer's MSRV for a thumb target, so the
//! code the derive and the hidden macros emit is known to compile there too.
#![no_std]
#![forbid(unsafe_code)]

use core::marker::PhantomData;

use dma_buffer::embedded_dma::Compat;
use dma_buffer::zerocopy::Bytes;
use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use embedded_dma::{ReadBuffer, WriteBuffer};
use zerocopy::byteorder::{BigEndian, U16};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};

/// A plain frame: checked where it is defined.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
pub struct Frame {
    pub header: [u8; 4],
    pub payload: [u8; 28],
}

/// Arrays of one word, and a phantom: generic, so checked per instantiation; its `'static`
/// pointers are HAL buffers, its arrays go through `Compat`.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
pub struct Samples<const N: usize, T> {
    pub words: [u16; N],
    pub unit: PhantomData<T>,
}

/// A transparent wrapper: its `'static` pointers are HAL buffers where its field is a target
/// of this crate.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
pub struct G<T>(pub T);

/// Checked per instantiation: reaches a HAL through `Compat`.
#[derive(DmaWriteBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N: usize> {
    pub a: [u8; N],
    pub b: [u32; 1],
}

/// A zerocopy packet with a byte-order field.
#[derive(FromBytes, IntoBytes, Immutable, KnownLayout, DmaReadBuffer, DmaWriteBuffer)]
#[dma(zerocopy)]
#[repr(C, packed)]
pub struct Header {
    pub kind: u8,
    pub length: U16<BigEndian>,
}

/// A zerocopy packet without this crate's derive.
#[derive(FromBytes, IntoBytes, Immutable, KnownLayout)]
#[repr(C)]
pub struct Sample {
    pub channel: u8,
    pub value: u8,
}

/// A driver's receive handle, forwarding to its buffer.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(delegate)]
pub struct RxHandle(pub &'static mut [u16; 8]);

/// Hands the buffer to a HAL-style receive function bounded on embedded-dma's `WriteBuffer`.
pub fn receive<B: WriteBuffer<Word = W> + 'static, W>(buffer: B) -> B {
    buffer
}

/// Hands the buffer to a HAL-style transmit function bounded on embedded-dma's `ReadBuffer`.
pub fn transmit<B: ReadBuffer<Word = W> + 'static, W>(buffer: B) -> B {
    buffer
}

/// Every route, once: a bound that does not hold on the MSRV fails its build.
pub fn every_route(
    frame: &'static mut Frame,
    samples: &'static mut Samples<4, ()>,
    sample_pairs: &'static mut [Samples<4, ()>; 2],
    wrapped: &'static mut G<[u32; 2]>,
    padded_free: &'static mut H<4>,
    header: &'static mut Header,
    sample: &'static mut Sample,
    handle: RxHandle,
) {
    receive(frame);
    receive(samples);
    receive(Compat::new(sample_pairs));
    transmit(&*receive(wrapped));
    receive(Compat::new(padded_free));
    transmit(&*receive(header));
    receive(Bytes::new(sample));
    transmit(receive(handle));
}
