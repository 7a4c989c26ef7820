// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_dma_delegate! {
    read
    impl []
    type [RxBuf]
    where []
    field [&'static mut [u8; 256]]
    member [0]
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_delegate! {
    write
    impl []
    type [RxBuf]
    where []
    field [&'static mut [u8; 256]]
    member [0]
}
