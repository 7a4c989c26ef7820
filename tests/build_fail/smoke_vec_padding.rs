//@ error: this DMA target has padding
use dma_buffer::DmaWriteBuffer;
#[repr(C)]
struct H<const N: usize> { a: [u8; N], b: [u32; 1] }
dma_buffer::__derive_dma_target! { write impl [const N: usize] type [H<N>] where [] word [u8] rule [AnyWord] bounds [[u8; N]] fields [[u8; N], [u32; 1]] phantoms [] }
fn main() {
    let mut v: Vec<H<3>> = Vec::new();
    let _ = v.dma_write_buffer();
}
