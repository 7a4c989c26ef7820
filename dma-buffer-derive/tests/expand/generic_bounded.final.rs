// generic_bounded.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// Trait bounds on the parameters: taken, as paths, by the HAL pointer routes too.
#[repr(transparent)]
pub struct Samples<W: dma_buffer::Word + Copy, const N : usize>([W; N]);
unsafe impl<W: dma_buffer::Word + Copy, const N : usize>
    ::dma_buffer::derived::ReadFields for Samples<W, N> where
    [W; N]: ::dma_buffer::DmaReadTarget {
    type Word = <[W; N] as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([W; N], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { 0: _ } = this;
                let Self { .. } = this;
                let _: *const [W; N] = &raw const this.0;
            }
        };
}
unsafe impl<W: dma_buffer::Word + Copy, const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static Samples<W, N> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<W: dma_buffer::Word + Copy, const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static mut Samples<W, N> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<W: dma_buffer::Word + Copy, const N : usize>
    ::dma_buffer::derived::WriteFields for Samples<W, N> where
    [W; N]: ::dma_buffer::DmaWriteTarget {
    type Word = <[W; N] as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([W; N], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { 0: _ } = this;
                let Self { .. } = this;
                let _: *const [W; N] = &raw const this.0;
            }
        };
}
unsafe impl<W: dma_buffer::Word + Copy, const N : usize>
    ::dma_buffer::__private::embedded_dma::WriteBuffer for
    &'static mut Samples<W, N> where
    for<'__dma> Self: ::dma_buffer::DmaWriteBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
        <Self as ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(self)
    }
}
