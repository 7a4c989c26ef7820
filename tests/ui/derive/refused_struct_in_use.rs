// A refused struct is reported once, at the field at fault: its uses as a buffer add no
// "not a DMA buffer" errors of their own.
use dma_buffer::{DmaWriteBuffer, StaticWriteBuffer};

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Status {
    ready: bool,
    code: [u8; 3],
}

fn start_rx<B: StaticWriteBuffer<Word = u8>>(buffer: B) -> B {
    buffer
}

fn main() {
    start_rx(Box::new(Status {
        ready: false,
        code: [0; 3],
    }));
    let status: &'static mut Status = Box::leak(Box::new(Status {
        ready: false,
        code: [0; 3],
    }));
    start_rx(status);
}
