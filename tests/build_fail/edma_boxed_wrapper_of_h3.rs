//@ features: derive, embedded-dma
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A pointer to a generic derived type is an embedded-dma buffer through this crate's buffer
// impl, which evaluates the check of the instantiation: `Box<G<H<3>>>` reaches the HAL's bound,
// and fails to build.
#[path = "support/h.rs"]
mod support;

use dma_buffer::DmaWriteBuffer;
use embedded_dma::WriteBuffer;
use support::{h, H};

#[derive(DmaWriteBuffer)]
#[repr(transparent)]
struct G<T>(T);

/// What a HAL's receive function does with its buffer.
fn hal_rx<B: WriteBuffer<Word = u8> + 'static>(mut buffer: B) {
    // SAFETY: no DMA runs; the build must fail before this ever does.
    let _ = unsafe { buffer.write_buffer() };
}

fn main() {
    let wrapped: G<H<3>> = G(h::<3>());
    hal_rx(Box::new(wrapped));
}
