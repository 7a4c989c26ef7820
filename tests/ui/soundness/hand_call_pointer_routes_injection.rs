// The pointer routes of a generic derived type take its parameters as opaque pieces
// (lifetimes, identifiers, `ty`s), so tokens that would close the `impl` header and write a
// body of their own match no rule.
#![forbid(unsafe_code)]

pub struct Flag(pub bool);

dma_buffer::__derived_pointer_routes! {
    write lifetimes [] types [] consts [N: usize > ::dma_buffer::DmaWriteTarget for Flag {
        type Word = u8;
        fn write_word_len(_: *mut Self) -> usize { 1 }
    } #[cfg(any())] impl<] type [()]
}

fn main() {}
