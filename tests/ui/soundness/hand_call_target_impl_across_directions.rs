// Found by the second adversarial review: the target impl arm took the trait, field list and
// check names as input, so a hand call could make a write-only struct (its `MaybeUninit` field
// uninitialized) a read target. The target impls are now the library's own, over the fields
// traits, and a read route needs the read fields trait, which only `#[derive(DmaReadBuffer)]`
// gives.
#![forbid(unsafe_code)]

use core::mem::MaybeUninit;

#[derive(dma_buffer::DmaWriteBuffer)]
#[repr(C)]
pub struct Rx {
    bytes: MaybeUninit<[u8; 4]>,
}

dma_buffer::__derived_routes! { read type [Rx] }

fn main() {
    let rx: &'static Rx = Box::leak(Box::new(Rx {
        bytes: MaybeUninit::uninit(),
    }));
    let _ = dma_buffer::DmaReadBuffer::dma_read_buffer(&rx);
}
