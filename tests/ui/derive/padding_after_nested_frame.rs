// A field of another derived type: its size is not in the syntax, so the gap is found from the
// compiler's `size_of` and `align_of`, and the error still names the fields around it.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Header([u8; 3]);

#[derive(DmaWriteBuffer)]
#[dma(word = u8)]
#[repr(C)]
struct Packet {
    header: Header,
    length: [u16; 1],
}

fn main() {}
