// A field is taken for a phantom by its name; this one holds a `bool` the DMA would overwrite.
// Even through `Compat`, `Box<Tagged<3, bool>>` is no buffer: a phantom field must be
// `core::marker::PhantomData`.
use dma_buffer::embedded_dma::Compat;
use embedded_dma::WriteBuffer;

mod marker {
    pub struct PhantomData<T>(pub T);
}

#[derive(dma_buffer::DmaWriteBuffer)]
#[repr(C)]
struct Tagged<const N: usize, T> {
    bytes: [u8; N],
    tag: marker::PhantomData<T>,
}

/// What a HAL's receive function does with its buffer.
fn hal_rx<B: WriteBuffer<Word = u8> + 'static>(mut buffer: B) {
    // SAFETY: no DMA runs; the build must fail before this ever does.
    let _ = unsafe { buffer.write_buffer() };
}

fn main() {
    hal_rx(Compat::new(Box::new(Tagged::<3, bool> {
        bytes: [0; 3],
        tag: marker::PhantomData(true),
    })));
}
