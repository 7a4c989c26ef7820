// The struct's bounds reach the pointer routes as `path` fragments, so tokens in a bound that
// would close the `impl` header and write a body of their own are no path and match no rule.
#![forbid(unsafe_code)]

pub struct Flag(pub bool);

dma_buffer::__derived_pointer_routes! {
    write lifetimes [] types [T [Copy> ::dma_buffer::DmaWriteTarget for Flag {
        type Word = u8;
        fn write_word_len(_: *mut Self) -> usize { 1 }
    } #[cfg(any())] impl<T]] consts [] type [()]
}

fn main() {}
