// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_zerocopy_target! {
    read
    impl []
    type [Header]
    where []
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_zerocopy_target! {
    write
    impl []
    type [Header]
    where []
}
