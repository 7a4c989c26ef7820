// A generic derived frame with a `where` clause: a `where` clause cannot be handed to a macro
// as opaque pieces, so not even `&'static mut Frame<[u8; 16]>` is an embedded-dma buffer:
// wrap it in `Compat`, which checks the instantiation. (Bounds written on the parameters,
// `Frame<T: Copy>`, are taken: see `tests/bridges.rs`.)
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(transparent)]
struct Frame<T>(T)
where
    T: Copy;

fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(_buffer: B) {}

fn main() {
    let frame: &'static mut Frame<[u8; 16]> = Box::leak(Box::new(Frame([0; 16])));
    hal_rx(frame);
}
