//@ features: derive, embedded-dma
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// `&'static mut H<3>` is an embedded-dma buffer through this crate's buffer impl, which
// evaluates the check of the instantiation.
#[path = "support/h.rs"]
mod support;

use embedded_dma::WriteBuffer;
use support::h;

/// What a HAL's receive function does with its buffer.
fn hal_rx<B: WriteBuffer<Word = u8> + 'static>(mut buffer: B) {
    // SAFETY: no DMA runs; the build must fail before this ever does.
    let _ = unsafe { buffer.write_buffer() };
}

fn main() {
    hal_rx(Box::leak(Box::new(h::<3>())));
}
