// An attribute macro after the derive turns the struct it read into a union, whose fields
// overlap (a DMA read of `[u8; 4]` after writing the `u8` would see uninitialized bytes). The
// derive's field proof reaches a union field only through `unsafe`, so this does not compile.
#![forbid(unsafe_code)]

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[hostile_macros::into_union]
#[repr(C)]
pub struct U {
    a: [u8; 4],
}

fn main() {}
