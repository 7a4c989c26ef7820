//@ features: derive, embedded-dma
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: W<[u8; 3]> as dma_buffer::derived::WriteFields>::LAYOUT`
// The bounds in a `where` clause: `&'static mut W<[u8; 3]>` is an embedded-dma buffer through
// this crate's buffer impl too, which evaluates the check of the instantiation.
use dma_buffer::DmaWriteBuffer;
use embedded_dma::WriteBuffer;

/// Bytes of a bounded type, then a word, viewed as bytes: padded when `T` is 3 bytes.
#[derive(DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
struct W<T>
where
    T: Copy,
    T: Default,
{
    a: T,
    b: [u32; 1],
}

/// What a HAL's receive function does with its buffer.
fn hal_rx<Buffer: WriteBuffer<Word = u8> + 'static>(mut buffer: Buffer) {
    // SAFETY: no DMA runs; the build must fail before this ever does.
    let _ = unsafe { buffer.write_buffer() };
}

fn main() {
    hal_rx(Box::leak(Box::new(W { a: [0u8; 3], b: [0] })));
}
