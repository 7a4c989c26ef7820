// A misspelt key is an error that names the known keys.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(wrod = u8)]
struct Frame {
    header: [u16; 2],
    body: [u32; 30],
}

fn main() {}
