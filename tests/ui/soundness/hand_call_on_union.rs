// The adversarial review's case (d): a hand call of the exported hidden macro on a union. Its
// route needs the union to be a target, which needs the hidden fields trait, which only `unsafe impl` (here refused by
// `forbid(unsafe_code)`) or the derive's proof can give.
#![forbid(unsafe_code)]

#[repr(C)]
pub union U {
    a: [u8; 4],
    b: u8,
}

dma_buffer::__derived_routes! { read type [U] }

fn main() {}
