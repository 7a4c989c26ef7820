// generic.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A type parameter field: the bound goes on the field type.
#[repr(C)]
pub struct G<T>(T);
unsafe impl<T> ::dma_buffer::derived::ReadFields for G<T> where
    T: ::dma_buffer::DmaReadTarget {
    type Word = <T as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { 0: _ } = this;
                let Self { .. } = this;
                let _: *const T = &raw const this.0;
            }
        };
    const LAYOUT: () =
        {
            let gaps = ::dma_buffer::derived::FieldGaps::first::<T>("0");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
unsafe impl<T> ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static G<T> where for<'__dma> Self: ::dma_buffer::DmaReadBuffer +
    'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<T> ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static mut G<T> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<T> ::dma_buffer::derived::WriteFields for G<T> where
    T: ::dma_buffer::DmaWriteTarget {
    type Word = <T as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { 0: _ } = this;
                let Self { .. } = this;
                let _: *const T = &raw const this.0;
            }
        };
    const LAYOUT: () =
        {
            let gaps = ::dma_buffer::derived::FieldGaps::first::<T>("0");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
unsafe impl<T> ::dma_buffer::__private::embedded_dma::WriteBuffer for
    &'static mut G<T> where
    for<'__dma> Self: ::dma_buffer::DmaWriteBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
        <Self as ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(self)
    }
}
