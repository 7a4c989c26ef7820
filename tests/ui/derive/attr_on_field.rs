// `#[dma(..)]` belongs on the struct; on a field it would silently do nothing.
use dma_buffer::DmaWriteBuffer;

#[derive(DmaWriteBuffer)]
#[repr(C)]
struct Frame {
    #[dma]
    header: [u32; 2],
    body: [u32; 30],
}

fn main() {}
