//! What the `edma_*` cases hand to a HAL, and the HAL.

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};

/// What a HAL's receive function looks like: stm32f4xx-hal bounds its buffers so.
pub fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(_buffer: B) {}

/// Padded for `N = 3`: a layout checked per instantiation, by this crate only.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N: usize> {
    pub a: [u8; N],
    pub b: [u32; 1],
}

/// The padded instantiation.
pub const H3: H<3> = H { a: [0; 3], b: [0] };

/// A transparent wrapper: an embedded-dma target where its field is one.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
pub struct G<T>(pub T);
