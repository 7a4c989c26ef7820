// A field is taken for a phantom by its name; this `PhantomData` is a type of the user's that
// holds a `bool` the DMA would overwrite. Phantom fields must be `core::marker::PhantomData`.
use dma_buffer::DmaWriteBuffer;

mod marker {
    pub struct PhantomData<T>(pub T);
}

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Tagged {
    bytes: [u8; 3],
    tag: marker::PhantomData<bool>,
}

fn main() {}
