// Found by the second adversarial review: the zerocopy route's embedded-dma impl took the list
// of zerocopy traits to bound on as input, so a hand call could leave out `IntoBytes` (padding)
// or `FromBytes` (a `bool`). The bounds are now written out per direction: the impls exist, but
// apply to no type without every proof, so neither struct reaches a HAL.
#![forbid(unsafe_code)]

#[derive(zerocopy::Immutable)]
#[repr(C)]
pub struct Padded {
    a: u8,
    b: u32,
}

dma_buffer::__zerocopy_embedded_dma_target! { read impl [] type [Padded] where [] }

#[derive(zerocopy::Immutable)]
#[repr(C)]
pub struct Flag {
    on: bool,
}

dma_buffer::__zerocopy_embedded_dma_target! { write impl [] type [Flag] where [] }

fn hal_tx<B: embedded_dma::ReadBuffer<Word = u8> + 'static>(_buffer: B) {}
fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(_buffer: B) {}

fn main() {
    let padded: &'static Padded = Box::leak(Box::new(Padded { a: 1, b: 2 }));
    hal_tx(padded);
    let flag: &'static mut Flag = Box::leak(Box::new(Flag { on: false }));
    hal_rx(flag);
}
