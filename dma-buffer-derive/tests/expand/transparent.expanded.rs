// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_dma_target! {
    read
    impl [const N: usize]
    type [CustomWrapper<N>]
    where []
    word [u16]
    rule [SameWord]
    bounds [[u16; N]]
    fields [0: [u16; N]]
    phantoms []
    embedded_dma [fields [[u16; N]] phantoms []]
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl [const N: usize]
    type [CustomWrapper<N>]
    where []
    word [u16]
    rule [SameWord]
    bounds [[u16; N]]
    fields [0: [u16; N]]
    phantoms []
    embedded_dma [fields [[u16; N]] phantoms []]
}
