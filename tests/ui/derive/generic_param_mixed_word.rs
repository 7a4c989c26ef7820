// A type parameter field must have the struct's word, here the `u16` of `header`.
use dma_buffer::{DmaWriteBuffer, StaticWriteBuffer};

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame<T> {
    header: [u16; 2],
    body: T,
}

/// What a HAL's receive function looks like.
fn start_rx<B: StaticWriteBuffer>(buffer: B) -> B {
    buffer
}

fn main() {
    start_rx(Box::new(Frame {
        header: [0; 2],
        body: [0u32; 4],
    }));
}
