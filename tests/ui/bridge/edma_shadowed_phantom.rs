// A field is taken for a phantom by its name, so the embedded-dma impl bounds it on being
// `core::marker::PhantomData`: this one holds a `bool` the DMA would overwrite.
use dma_buffer::DmaWriteBuffer;

mod marker {
    pub struct PhantomData<T>(pub T);
}

fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(_buffer: B) {}

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Tagged<const N: usize, T> {
    bytes: [u8; N],
    tag: marker::PhantomData<T>,
}

fn main() {
    hal_rx(vec![Tagged::<3, bool> {
        bytes: [0; 3],
        tag: marker::PhantomData(true),
    }]);
}
