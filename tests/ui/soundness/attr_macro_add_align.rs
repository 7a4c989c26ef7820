// An attribute macro after the derive adds `align(8)`, which pads the end of the struct: the
// layout check is the compiler's `size_of`, not the derive's reading of `repr`.
#![forbid(unsafe_code)]

use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[hostile_macros::add_align]
#[repr(C)]
pub struct Samples {
    left: [u16; 2],
    right: [u16; 1],
}

fn main() {}
