// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_zerocopy_target! {
    read
    type [Header]
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_zerocopy_target! {
    write
    type [Header]
}
