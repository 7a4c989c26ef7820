// An attribute macro after the derive changes a `[u8; 1]` field into a `bool`, keeping the
// size: the derive's field proof (`*const [u8; 1]` from `&this.flag`) no longer type-checks.
#![forbid(unsafe_code)]

use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[hostile_macros::byte_into_bool]
#[repr(C)]
pub struct Status {
    flag: [u8; 1],
    rest: [u8; 3],
}

fn main() {}
