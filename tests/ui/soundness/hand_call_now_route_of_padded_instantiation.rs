// Found by the second adversarial review: a hand call asked for the embedded-dma target route of
// the padded `H<3>`, which embedded-dma's array impls would then use unchecked. That route checks
// the type it is given, where it is called. (A `where` clause that bounds a type other than a
// parameter keeps the derive from making `H`'s pointers embedded-dma buffers, which would
// conflict with the route's impl.)
#![forbid(unsafe_code)]

#[derive(dma_buffer::DmaReadBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N: usize>
where
    [u8; N]: Sized,
{
    a: [u8; N],
    b: [u32; 1],
}

dma_buffer::__derived_routes! { read type [H<3>] }

fn main() {}
