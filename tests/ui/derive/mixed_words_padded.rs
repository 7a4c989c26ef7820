// A new user's first struct: `u8` then `u32`. The words differ, and viewing the struct as bytes
// would still leave three bytes of padding: one error says both, so one round fixes both.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Bad {
    a: u8,
    b: u32,
}

fn main() {}
