// The bridge of a buffer of this crate to embedded-dma, called by hand on a type that is not a
// buffer: the impl is bounded on this crate's buffer trait, so a HAL never gets it.
#![forbid(unsafe_code)]

pub struct NotABuffer([u8; 4]);

dma_buffer::__impl_embedded_dma_buffer! { DmaReadBuffer type [NotABuffer] }

fn hal_tx<B: embedded_dma::ReadBuffer + 'static>(_buffer: B) {}

fn main() {
    hal_tx(NotABuffer([0; 4]));
}
