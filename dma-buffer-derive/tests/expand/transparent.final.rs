// transparent.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A wrapper of one array, generic over its length.
#[repr(transparent)]
pub struct CustomWrapper<const N : usize>([u16; N]);
unsafe impl<const N : usize> ::dma_buffer::derived::ReadFields for
    CustomWrapper<N> where  {
    type Word = u16;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u16; N], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { 0: _ } = this;
                let Self { .. } = this;
                let _: *const [u16; N] = &raw const this.0;
            }
        };
}
unsafe impl<const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static CustomWrapper<N> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static mut CustomWrapper<N> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<const N : usize> ::dma_buffer::derived::WriteFields for
    CustomWrapper<N> where  {
    type Word = u16;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u16; N], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { 0: _ } = this;
                let Self { .. } = this;
                let _: *const [u16; N] = &raw const this.0;
            }
        };
}
unsafe impl<const N : usize>
    ::dma_buffer::__private::embedded_dma::WriteBuffer for
    &'static mut CustomWrapper<N> where
    for<'__dma> Self: ::dma_buffer::DmaWriteBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
        <Self as ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(self)
    }
}
