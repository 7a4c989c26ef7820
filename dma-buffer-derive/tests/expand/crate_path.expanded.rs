// #[derive(DmaReadBuffer)]
my_hal::dma_buffer::__derive_dma_target! {
    read
    impl []
    type [Samples]
    where []
    word [i16]
    rule [SameWord]
    bounds []
    fields [left: [i16; 64], right: [i16; 64]]
    phantoms []
    now [Samples]
    embedded_dma []
}

// #[derive(DmaWriteBuffer)]
my_hal::dma_buffer::__derive_dma_target! {
    write
    impl []
    type [Samples]
    where []
    word [i16]
    rule [SameWord]
    bounds []
    fields [left: [i16; 64], right: [i16; 64]]
    phantoms []
    now [Samples]
    embedded_dma []
}
