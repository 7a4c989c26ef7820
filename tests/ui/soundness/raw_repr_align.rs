// `repr` spelled as a raw identifier is the same attribute to rustc, and to the derive: the
// padding that `align(4)` adds to `Chunk` is refused (the check is the compiler's `size_of`).
#![forbid(unsafe_code)]

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
#[r#repr(align(4))]
pub struct Chunk([u8; 3]);

fn main() {}
