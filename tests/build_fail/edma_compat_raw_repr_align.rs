//@ features: derive, embedded-dma
//@ error: 1 byte of padding at the end, after `0` (offset 0, 3 bytes), up to the struct's size of 4
//@ error: Chunk<3> as dma_buffer::derived::ReadFields>::LAYOUT`
// The adversarial review's case (b) on the route that remains: a raw identifier no longer hides
// `align(4)` from anything that matters, since the check is the compiler's `size_of`. The
// padded `Chunk<3>` reaches a HAL only through `Compat`, which evaluates the check, and so
// fails to build.
use dma_buffer::embedded_dma::Compat;
use dma_buffer::DmaReadBuffer;
use embedded_dma::ReadBuffer;

#[derive(DmaReadBuffer)]
#[repr(C)]
#[r#repr(align(4))]
pub struct Chunk<const N: usize>([u8; N]);

/// What a HAL's transmit function does with its buffer.
fn hal_tx<B: ReadBuffer<Word = u8> + 'static>(buffer: B) {
    // SAFETY: no DMA runs; the build must fail before this ever does.
    let _ = unsafe { buffer.read_buffer() };
}

fn main() {
    let chunk: &'static Chunk<3> = Box::leak(Box::new(Chunk([1, 2, 3])));
    hal_tx(Compat::new(chunk));
}
