// Found by the third adversarial review: zerocopy's own derive reads the struct's syntax, so an
// attribute macro placed after it can change a field (here `a: u16` into `a: u8`) and leave the
// padded struct `IntoBytes` (zerocopy#388). `#[dma(zerocopy)]` no longer takes the struct's
// zerocopy traits as the proof: it checks each field's, with this crate's field list, proof and
// size check, and the proof sees the rewritten field.
#![forbid(unsafe_code)]

use zerocopy::{Immutable, IntoBytes};

#[derive(IntoBytes, Immutable, dma_buffer::DmaReadBuffer)]
#[dma(zerocopy)]
#[hostile_macros::u16_into_u8]
#[repr(C)]
pub struct Padded {
    a: u16,
    b: u16,
}

fn main() {}
