// `G<T>` is a target only where `T` is one: `G<bool>` fails where it is used.
use dma_buffer::{DmaWriteBuffer, StaticWriteBuffer};

#[derive(DmaWriteBuffer)]
#[repr(transparent)]
struct G<T>(T);

/// What a HAL's receive function looks like.
fn start_rx<B: StaticWriteBuffer>(buffer: B) -> B {
    buffer
}

fn main() {
    start_rx(Box::new(G(true)));
}
