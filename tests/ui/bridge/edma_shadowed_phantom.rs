// A field is taken for a phantom by its name; this one holds a `bool` the DMA would overwrite.
// A generic derived type is no embedded-dma target, so its `Vec` does not reach the HAL (its
// pointers do, through the check that refuses a phantom that is not zero-sized:
// `tests/build_fail/edma_shadowed_phantom_box.rs`).
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
