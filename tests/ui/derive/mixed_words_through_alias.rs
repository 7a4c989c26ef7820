// A type alias hides a field's word from the derive; the trait check still finds the mismatch.
use dma_buffer::DmaWriteBuffer;

type Body = [u32; 4];

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    header: [u16; 2],
    body: Body,
}

fn main() {}
