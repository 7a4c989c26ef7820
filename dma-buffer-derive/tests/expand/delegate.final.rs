// delegate.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A handle whose one field is a DMA buffer.
#[dma(delegate)]
pub struct RxBuf(&'static mut [u8; 256]);
unsafe impl ::dma_buffer::DmaReadBuffer for RxBuf where
    &'static mut [u8; 256]: ::dma_buffer::DmaReadBuffer {
    type Word =
        <&'static mut [u8; 256] as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    fn dma_read_buffer(&self) -> (*const Self::Word, usize) {
        let Self { 0: _ } = self;
        let _: *const &'static mut [u8; 256] = &raw const self.0;
        <&'static mut [u8; 256] as
                ::dma_buffer::DmaReadBuffer>::dma_read_buffer(&self.0)
    }
}
unsafe impl ::dma_buffer::__private::embedded_dma::ReadBuffer for RxBuf
    where for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl ::dma_buffer::DmaWriteBuffer for RxBuf where
    &'static mut [u8; 256]: ::dma_buffer::DmaWriteBuffer {
    type Word =
        <&'static mut [u8; 256] as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
        let Self { 0: _ } = self;
        let _: *const &'static mut [u8; 256] = &raw const self.0;
        <&'static mut [u8; 256] as
                ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(&mut self.0)
    }
}
unsafe impl ::dma_buffer::__private::embedded_dma::WriteBuffer for RxBuf
    where for<'__dma> Self: ::dma_buffer::DmaWriteBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
        <Self as ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(self)
    }
}
