// The adversarial review's case (c): `crate =` points at a module whose macro forwards to this
// crate's with an edited input. The derive's output holds no unsafe fact for such a macro to
// bend: here it asks for the embedded-dma target route of the padded `H<3>` instead of the
// struct being derived. That route checks the type it is given, where it is called, so `H<3>`
// fails to compile; `H<N>` would not compile at all.
#![forbid(unsafe_code)]

mod fake {
    pub use dma_buffer::*;

    macro_rules! __derived_routes {
        (read type [$ty:ty]) => {
            ::dma_buffer::__derived_routes! { read type [crate::H<3>] }
        };
    }
    pub(crate) use __derived_routes;
}

#[derive(dma_buffer::DmaReadBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N: usize> {
    a: [u8; N],
    b: [u32; 1],
}

#[derive(fake::DmaReadBuffer)]
#[dma(crate = fake)]
#[repr(C)]
pub struct Frame {
    bytes: [u8; 4],
}

fn main() {}
