//@ features: derive
//@ error: index out of bounds: the length is 1 but the index is 1
// A hostile crate makes the derive's `compile_error!`s expand to nothing (`::core` is the crate
// itself, whose `compile_error!` is a no-op), so the refused `Status`, with a `bool` the DMA
// would overwrite, gets only the fallback impl. That impl is sound by itself: the check that
// every route evaluates (here, an array of `Status` behind a `Box`) fails to build.
#![forbid(unsafe_code)]

extern crate self as core;

#[macro_export]
macro_rules! compile_error {
    ($($message:tt)*) => {};
}

use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
pub struct Status {
    ready: bool,
    code: [u8; 3],
}

fn main() {
    let mut statuses = Box::new([
        Status { ready: false, code: [0; 3] },
        Status { ready: false, code: [0; 3] },
    ]);
    let _ = statuses.dma_write_buffer();
}
