// `align` hidden in `cfg_attr` is expanded before the derive runs, and the layout check is the
// compiler's own in any case: the end padding is refused.
#![forbid(unsafe_code)]

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
#[cfg_attr(all(), repr(align(8)))]
pub struct Chunk([u8; 3]);

fn main() {}
