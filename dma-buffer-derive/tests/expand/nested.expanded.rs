// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl []
    type [Packet]
    where []
    word [u32]
    rule [SameWord]
    bounds []
    fields [Header, core::mem::MaybeUninit<[u32; 30]>]
    phantoms []
    now [Packet]
    embedded_dma []
}
