// The adversarial review's case (d), second part: a hand call asking for the embedded-dma target
// route of a generic, `align(4)` type. That route evaluates the type's check where it is
// defined, which a type with parameters cannot be: it does not compile.
#![forbid(unsafe_code)]

#[derive(dma_buffer::DmaReadBuffer)]
#[repr(C, align(4))]
pub struct A<const N: usize>([u8; N]);

dma_buffer::__derived_routes! { read type [A<N>] }

fn main() {}
