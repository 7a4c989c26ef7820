// word_u8.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// Mixed word sizes viewed as bytes; generic, so checked per instantiation.
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N : usize> {
    a: [u8; N],
    b: [u32; 1],
}
unsafe impl<const N : usize> ::dma_buffer::derived::ReadFields for H<N>
    where  {
    type Word = u8;
    type Rule = ::dma_buffer::derived::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { a: _, b: _ } = this;
                let _: *const [u8; N] = &raw const this.a;
                let _: *const [u32; 1] = &raw const this.b;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first::<[u8; N]>("a");
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<[u32; 1]>(gaps,
                    "b");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
unsafe impl<const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for &'static H<N>
    where for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static mut H<N> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<const N : usize> ::dma_buffer::derived::WriteFields for H<N>
    where  {
    type Word = u8;
    type Rule = ::dma_buffer::derived::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { a: _, b: _ } = this;
                let _: *const [u8; N] = &raw const this.a;
                let _: *const [u32; 1] = &raw const this.b;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first::<[u8; N]>("a");
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<[u32; 1]>(gaps,
                    "b");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
unsafe impl<const N : usize>
    ::dma_buffer::__private::embedded_dma::WriteBuffer for
    &'static mut H<N> where
    for<'__dma> Self: ::dma_buffer::DmaWriteBuffer + 'static {
    type Word = <Self as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
        <Self as ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(self)
    }
}
