// #[derive(DmaReadBuffer)]
::core::compile_error! {
    "unknown key `wrod` in `#[dma(...)]`; the known keys are `word = <type>`, `crate = <path>`, `delegate`, `zerocopy` and `cache_line = <bytes>`"
}
::core::compile_error! {
    "`#[dma(...)]` belongs on the struct, not on a field or variant"
}
::core::compile_error! {
    "`packed` lets fields, and the DMA's words in them, be unaligned; remove it and make the struct padding-free instead: reorder the fields, add explicit padding fields, or view the struct as bytes with `#[dma(word = u8)]`"
}
::core::compile_error! {
    "a DMA target needs a defined field layout: add `#[repr(C)]`, or `#[repr(transparent)]` for a wrapper of one field"
}
::core::compile_error! {
    "`bool` is not a DMA word: a DMA write may store any byte, and only 0 and 1 are valid `bool`s; use `u8`"
}
::core::compile_error! {
    "`MaybeUninit` may be uninitialized, which a DMA read must not see; derive only `DmaWriteBuffer` for this struct"
}
::core::compile_error! {
    "this field is made of `u32` words, but field `halves` of `u16` words; a DMA target has one word type: use it for all fields, or view the struct as words of one type with `#[dma(word = u16)]`"
}
unsafe impl ::dma_buffer::DmaReadTarget for Bad {
    type Word = u16;
    const READ_CHECK: () = [()][1];
    fn read_word_len(_: *const Self) -> usize {
        loop {}
    }
}

// #[derive(DmaWriteBuffer)]
::core::compile_error! {
    "unknown key `wrod` in `#[dma(...)]`; the known keys are `word = <type>`, `crate = <path>`, `delegate`, `zerocopy` and `cache_line = <bytes>`"
}
::core::compile_error! {
    "`#[dma(...)]` belongs on the struct, not on a field or variant"
}
::core::compile_error! {
    "`packed` lets fields, and the DMA's words in them, be unaligned; remove it and make the struct padding-free instead: reorder the fields, add explicit padding fields, or view the struct as bytes with `#[dma(word = u8)]`"
}
::core::compile_error! {
    "a DMA target needs a defined field layout: add `#[repr(C)]`, or `#[repr(transparent)]` for a wrapper of one field"
}
::core::compile_error! {
    "`bool` is not a DMA word: a DMA write may store any byte, and only 0 and 1 are valid `bool`s; use `u8`"
}
::core::compile_error! {
    "this field is made of `u32` words, but field `halves` of `u16` words; a DMA target has one word type: use it for all fields, or view the struct as words of one type with `#[dma(word = u16)]`"
}
unsafe impl ::dma_buffer::DmaWriteTarget for Bad {
    type Word = u16;
    const WRITE_CHECK: () = [()][1];
    fn write_word_len(_: *mut Self) -> usize {
        loop {}
    }
}
