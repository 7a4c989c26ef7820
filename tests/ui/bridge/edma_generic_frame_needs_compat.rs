// A generic derived frame with a lifetime bound: the derive hands a macro only parameters whose
// bounds are trait paths, so not even `&'static mut Frame<[u8; 16]>` is an embedded-dma
// buffer: wrap it in `Compat`, which checks the instantiation. (Trait bounds, on the
// parameters or in a `where` clause, are taken: see `tests/bridges.rs`.)
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(transparent)]
struct Frame<T>(T)
where
    T: Copy + 'static;

fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(_buffer: B) {}

fn main() {
    let frame: &'static mut Frame<[u8; 16]> = Box::leak(Box::new(Frame([0; 16])));
    hal_rx(frame);
}
