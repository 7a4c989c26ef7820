// A generic derived frame proves its layout per instantiation, which embedded-dma's impls would
// skip, so not even `&'static mut Frame<16>` is an embedded-dma buffer: wrap it in `Compat`.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame<const N: usize>([u8; N]);

fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(_buffer: B) {}

fn main() {
    let frame: &'static mut Frame<16> = Box::leak(Box::new(Frame([0; 16])));
    hal_rx(frame);
}
