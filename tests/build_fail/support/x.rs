//! The generic target of the `x_*` cases.

use dma_buffer::DmaWriteBuffer;

/// `N` bytes viewed as `u16` words: right only for even `N` and a `u16`-aligned address,
/// which a byte array does not have.
#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u16)]
pub struct X<const N: usize> {
    pub a: [u8; N],
}
