// A delegate handle's fields besides its buffer must be `core::marker::PhantomData`: a type of
// the user's named `PhantomData` is refused, since the handle would hold data the derive never
// saw.
use std::cell::Cell;

use dma_buffer::DmaWriteBuffer;

mod marker {
    pub struct PhantomData<T>(pub std::cell::Cell<T>);
}

#[derive(DmaWriteBuffer)]
#[dma(delegate)]
struct RxBuf(Box<[u8; 4]>, marker::PhantomData<u64>);

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    start_rx(RxBuf(Box::new([0; 4]), marker::PhantomData(Cell::new(0))));
}
