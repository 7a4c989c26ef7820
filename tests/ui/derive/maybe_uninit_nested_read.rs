// A write-only struct with a `MaybeUninit` field is no DMA read target, not even nested.
use std::mem::MaybeUninit;

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Body {
    words: MaybeUninit<[u32; 30]>,
}

#[derive(DmaReadBuffer)]
#[repr(C)]
struct Frame {
    header: [u32; 2],
    body: Body,
}

fn main() {}
