// The adversarial review's case (c): `crate =` points at a module whose macro forwards to this
// crate's with an edited input. The derive's output holds no unsafe fact for such a macro to
// bend: here it asks for the embedded-dma target route of a type with one layout (`now`) for
// the generic `H`, whose `H<3>` is padded. That route checks the type it is given where it is
// defined, so `H<3>` fails to compile; `H<N>` would not compile at all.
#![forbid(unsafe_code)]

mod fake {
    pub use dma_buffer::*;

    macro_rules! __derived_target {
        (read generic impl [$($g:tt)*] type [$($ty:tt)*] where [$($w:tt)*]) => {
            ::dma_buffer::__derived_target! {
                read now [H<3>] impl [$($g)*] type [$($ty)*] where [$($w)*]
            }
        };
    }
    pub(crate) use __derived_target;
}

#[derive(fake::DmaReadBuffer)]
#[dma(crate = fake, word = u8)]
#[repr(C)]
pub struct H<const N: usize> {
    a: [u8; N],
    b: [u32; 1],
}

fn main() {}
