//! The generic target of the `h3_*` cases.

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};

/// Bytes, then a word, viewed as bytes: `H<3>` has a byte of padding before `b`, `H<4>` none.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
pub struct H<const N: usize> {
    pub a: [u8; N],
    pub b: [u32; 1],
}

/// An `H<N>`, zeroed.
pub fn h<const N: usize>() -> H<N> {
    H { a: [0; N], b: [0] }
}
