// #[derive(DmaReadBuffer)]
unsafe impl ::dma_buffer::DmaReadBuffer for RxBuf
where
    &'static mut [u8; 256]: ::dma_buffer::DmaReadBuffer,
{
    type Word = <&'static mut [u8; 256] as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    fn dma_read_buffer(&self) -> (*const Self::Word, usize) {
        let Self { 0: _ } = self;
        let _: *const &'static mut [u8; 256] = &raw const self.0;
        <&'static mut [u8; 256] as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(&self.0)
    }
}
::dma_buffer::__impl_embedded_dma_buffer! {
    DmaReadBuffer
    type [RxBuf]
}

// #[derive(DmaWriteBuffer)]
unsafe impl ::dma_buffer::DmaWriteBuffer for RxBuf
where
    &'static mut [u8; 256]: ::dma_buffer::DmaWriteBuffer,
{
    type Word = <&'static mut [u8; 256] as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
        let Self { 0: _ } = self;
        let _: *const &'static mut [u8; 256] = &raw const self.0;
        <&'static mut [u8; 256] as ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(
            &mut self.0,
        )
    }
}
::dma_buffer::__impl_embedded_dma_buffer! {
    DmaWriteBuffer
    type [RxBuf]
}
