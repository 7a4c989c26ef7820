// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_dma_target! {
    read
    impl [const N: usize]
    type [H<N>]
    where []
    word [u8]
    rule [AnyWord]
    bounds [[u8; N]]
    fields [a: [u8; N], b: [u32; 1]]
    phantoms []
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl [const N: usize]
    type [H<N>]
    where []
    word [u8]
    rule [AnyWord]
    bounds [[u8; N]]
    fields [a: [u8; N], b: [u32; 1]]
    phantoms []
}
