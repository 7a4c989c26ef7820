// `extern crate self as dma_buffer;` makes the derive's default path `::dma_buffer` this crate,
// whose hidden module lies about the layout helpers. The derive's `unsafe impl` is then of
// the user's own trait, and the real target impl, which needs the real fields trait, is not
// there: `Frame` (padded) is no DMA buffer.
#![forbid(unsafe_code)]

extern crate dma_buffer as real;
extern crate self as dma_buffer;

pub use real::{DmaReadBuffer, DmaReadTarget, __derived_routes};

pub mod __private {
    pub use real::__private::*;
}

pub mod derived {
    pub use real::derived::*;

    pub trait ReadFields {
        type Word;
        type Rule;
        type Fields;
        type Phantoms;
        const FIELDS: ();
        const LAYOUT: ();
    }
}

#[derive(real::DmaReadBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct Frame {
    a: [u8; 3],
    b: [u16; 1],
}

fn main() {
    let frame: &'static Frame = Box::leak(Box::new(Frame { a: [0; 3], b: [0] }));
    let _ = real::DmaReadBuffer::dma_read_buffer(&frame);
}
