//@ features: derive, embedded-dma
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// `Compat` asks this crate for `(ptr, len)`, which evaluates `H<3>`'s layout check.
#[path = "support/h.rs"]
mod support;

use dma_buffer::embedded_dma::Compat;
use embedded_dma::WriteBuffer;
use support::h;

/// What a HAL's receive function does with its buffer.
fn hal_rx<B: WriteBuffer<Word = u8> + 'static>(mut buffer: B) {
    // SAFETY: no DMA runs; the build must fail before this ever does.
    let _ = unsafe { buffer.write_buffer() };
}

fn main() {
    hal_rx(Compat::new(Box::new(h::<3>())));
}
