// Found by the second adversarial review: the zerocopy route's embedded-dma impl took the list
// of zerocopy traits to bound on as input, so a hand call could leave out `IntoBytes` (padding)
// or `FromBytes` (a `bool`). That route is gone: `#[dma(zerocopy)]` structs take the same route
// as every derived target, which needs the derive's fields trait and checks each field, so a
// hand call of it on these structs is refused and neither reaches a HAL.
#![forbid(unsafe_code)]

#[derive(zerocopy::Immutable)]
#[repr(C)]
pub struct Padded {
    a: u8,
    b: u32,
}

dma_buffer::__derived_routes! { read type [Padded] }

#[derive(zerocopy::Immutable)]
#[repr(C)]
pub struct Flag {
    on: bool,
}

dma_buffer::__derived_routes! { write type [Flag] }

fn hal_tx<B: embedded_dma::ReadBuffer<Word = u8> + 'static>(_buffer: B) {}
fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(_buffer: B) {}

fn main() {
    let padded: &'static Padded = Box::leak(Box::new(Padded { a: 1, b: 2 }));
    hal_tx(padded);
    let flag: &'static mut Flag = Box::leak(Box::new(Flag { on: false }));
    hal_rx(flag);
}
