// A field type written as a macro call: a proc macro may expand it to `bool` in the struct and
// to `[u8; 1]` in the derive's field list (a counter in a `static` is enough). The derive
// writes each type more than once, so it refuses types that call a macro, anywhere in them.
#![forbid(unsafe_code)]

use dma_buffer::DmaWriteBuffer;

macro_rules! byte {
    () => { [u8; 1] };
}

macro_rules! one {
    () => { 1 };
}

#[derive(DmaWriteBuffer)]
#[repr(C)]
pub struct Status {
    flag: byte!(),
    rest: [u8; one!()],
}

#[derive(DmaWriteBuffer)]
#[repr(C)]
pub struct Flag {
    on: hostile_macros::alternating_type!(),
}

fn main() {}
