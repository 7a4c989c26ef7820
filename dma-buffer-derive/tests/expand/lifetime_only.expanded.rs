// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_dma_target! {
    read
    impl ['a]
    type [Tagged<'a>]
    where []
    word [u8]
    rule [SameWord]
    bounds []
    fields [data: [u8; 16]]
    phantoms [owner: PhantomData<&'a ()>]
    now [Tagged<'static>]
    embedded_dma []
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl ['a]
    type [Tagged<'a>]
    where []
    word [u8]
    rule [SameWord]
    bounds []
    fields [data: [u8; 16]]
    phantoms [owner: PhantomData<&'a ()>]
    now [Tagged<'static>]
    embedded_dma []
}
