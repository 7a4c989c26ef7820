// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl []
    type [Packet]
    where []
    word [u32]
    rule [SameWord]
    bounds []
    fields [header: Header, payload: core::mem::MaybeUninit<[u32; 30]>]
    phantoms []
    now [Packet]
    embedded_dma []
}
