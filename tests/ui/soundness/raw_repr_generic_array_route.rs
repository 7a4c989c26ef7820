// The adversarial review's case (b): a raw identifier hid `align` from the old derive, which
// then made the padded generic `Chunk<N>` an embedded-dma target, whose array impls check
// nothing. A generic derived type is no longer embedded-dma's target at all: only its pointers
// are embedded-dma buffers, each through this crate's checked impl.
#![forbid(unsafe_code)]

use dma_buffer::embedded_dma::FromReadBuffer;
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
#[r#repr(align(4))]
pub struct Chunk<const N: usize>([u8; N]);

fn main() {
    let chunks: &'static [Chunk<3>; 1] = Box::leak(Box::new([Chunk::<3>([1, 2, 3])]));
    let _ = FromReadBuffer::new(chunks);
}
