// An attribute macro after the derive adds a `bool` field that the derive never saw: the
// derive's exhaustive pattern no longer names every field.
#![forbid(unsafe_code)]

use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[hostile_macros::add_bool_field]
#[repr(C)]
pub struct Status {
    code: [u8; 3],
}

fn main() {}
