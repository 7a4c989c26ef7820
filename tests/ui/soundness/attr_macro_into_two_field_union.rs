// As `attr_macro_into_union.rs`, with two fields: the union's fields overlap, so writing `b`
// would leave bytes of `a` uninitialized for a DMA read. The derive's exhaustive pattern of
// the two fields is one no union may have (and the union's 4 bytes are not its fields' 6), so
// this does not compile.
#![forbid(unsafe_code)]

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[hostile_macros::into_union]
#[repr(C)]
pub struct U {
    a: [u8; 4],
    b: [u8; 2],
}

fn main() {}
