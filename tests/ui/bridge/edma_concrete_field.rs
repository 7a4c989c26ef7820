// A field that names no parameter of the wrapper is bounded too: `H<3>` is not made an
// embedded-dma target by sitting in a wrapper generic over something else.
#[path = "support/hal.rs"]
mod hal;

use core::marker::PhantomData;
use dma_buffer::DmaWriteBuffer;
use hal::{hal_rx, H, H3};

#[derive(DmaWriteBuffer)]
#[repr(transparent)]
struct Tagged<T>(H<3>, PhantomData<T>);

fn main() {
    hal_rx(vec![Tagged::<u32>(H3, PhantomData)]);
}
