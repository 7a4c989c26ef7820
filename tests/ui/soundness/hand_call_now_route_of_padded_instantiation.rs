// Found by the second adversarial review: a `crate =` module forwards only to the target impl
// arm (so the generic `H` gets no embedded-dma pointer impls to conflict with), and a hand call
// asks for the embedded-dma target route of the padded `H<3>`, which embedded-dma's array impls
// would then use unchecked. That route now checks the type it is given, where it is called.
#![forbid(unsafe_code)]

mod fake {
    pub use dma_buffer::*;

    macro_rules! __derived_target {
        (read generic impl [$($g:tt)*] type [$($ty:tt)*] where [$($w:tt)*] layout $layout:block) => {
            ::dma_buffer::__derived_target! {
                @impl read impl [$($g)*] type [$($ty)*] where [$($w)*] layout $layout
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

dma_buffer::__derived_routes! { read now type [H<3>] }

fn main() {}
