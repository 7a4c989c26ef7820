// Found by the third adversarial review: the embedded-dma route wrote its type twice, once for
// the check and once for the impl, and a type macro can expand to `H<4>` for the check and to
// the padded `H<3>` for the impl. The route now writes the type once, into an alias that both
// use: whichever type the macro gives, the impl is of the type that was checked, so the padded
// `H<3>` is never an embedded-dma target without its check failing.
#![forbid(unsafe_code)]

use dma_buffer::embedded_dma::FromReadBuffer;

#[derive(dma_buffer::DmaReadBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N: usize>
where
    [u8; N]: Copy,
{
    a: [u8; N],
    b: [u16; 1],
}

dma_buffer::__derived_routes! { read type [hostile_macros::alternate!(H<4>; H<3>)] }

fn main() {
    let frames: &'static [H<3>; 1] = Box::leak(Box::new([H { a: [1, 2, 3], b: [4] }]));
    let _ = FromReadBuffer::new(frames);
}
