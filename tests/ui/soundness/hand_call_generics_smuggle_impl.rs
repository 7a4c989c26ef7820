// Found by the second adversarial review: tokens given as a hidden macro's generics closed the
// `impl` header and wrote an `unsafe impl` of any trait, under the macro's own `unsafe`. The
// exported macros now take a type as an opaque `ty` fragment and nothing else: these calls match
// no rule.
#![forbid(unsafe_code)]

pub struct Flag(pub bool);

dma_buffer::__impl_embedded_dma_buffer! { DmaWriteBuffer impl [
    > ::dma_buffer::DmaWriteTarget for Flag { type Word = u8; fn write_word_len(_: *mut Self) -> usize { 1 } }
    #[cfg(any())] impl< ] type [()] where [] }

fn main() {}
