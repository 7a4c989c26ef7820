// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_delegate! {
    write
    impl [B, const CH: u8]
    type [Channel<B, CH>]
    where []
    field [B]
    member [buffer]
}
