// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_dma_target! {
    read
    impl []
    type [Frame]
    where []
    word [u32]
    rule [SameWord]
    bounds []
    fields [hdr: [u32; 2], body: [u32; 30]]
    phantoms []
    now [Frame]
    embedded_dma []
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl []
    type [Frame]
    where []
    word [u32]
    rule [SameWord]
    bounds []
    fields [hdr: [u32; 2], body: [u32; 30]]
    phantoms []
    now [Frame]
    embedded_dma []
}
