// `crate =` points at a module that replaces the hidden fields trait with one of the user's, so
// the derive's `unsafe impl` is of that trait (an error here, since the user's trait is safe; an
// `unsafe trait` would be the user's own `unsafe`). This crate's target impl is bounded on its
// own fields trait, which `Frame` then lacks: the padded `Frame` is no DMA target, and no buffer.
#![forbid(unsafe_code)]

mod fake {
    pub use dma_buffer::*;

    pub mod derived {
        pub use dma_buffer::derived::*;

        /// The user's own trait, with the hidden one's shape.
        pub trait ReadFields {
            type Word;
            type Rule;
            type Fields;
            type Phantoms;
            const FIELDS: ();
            const LAYOUT: ();
        }
    }
}

#[derive(fake::DmaReadBuffer)]
#[dma(crate = fake, word = u8)]
#[repr(C)]
pub struct Frame {
    a: [u8; 3],
    b: [u16; 1],
}

fn main() {
    let frame: &'static Frame = Box::leak(Box::new(Frame { a: [0; 3], b: [0] }));
    let _ = dma_buffer::DmaReadBuffer::dma_read_buffer(&frame);
}
