// A lifetime parameter named `'__dma`, the embedded-dma routes' own higher-ranked lifetime:
// the derive gives such a struct no pointer routes (they would shadow it) instead of an error.
// Found by the eighth adversarial review.
use core::marker::PhantomData;
use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
struct Borrowing<'__dma, T> {
    a: T,
    b: [u32; 1],
    borrowed: PhantomData<&'__dma ()>,
}

fn main() {
    let mut frame = Box::new(Borrowing::<[u8; 4]> {
        a: [0; 4],
        b: [0],
        borrowed: PhantomData,
    });
    assert_eq!(frame.dma_write_buffer().1, 8);
}
