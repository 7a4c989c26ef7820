// generic.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A type parameter field: the bound goes on the field type.
#[repr(C)]
pub struct G<T>(T);
unsafe impl<T> ::dma_buffer::__private::ReadFields for G<T> where
    T: ::dma_buffer::DmaReadTarget {
    type Word = <T as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) =
        |this| { let Self { 0: _ } = this; let _: *const T = &this.0; };
}
unsafe impl<T> ::dma_buffer::DmaReadTarget for G<T> where
    for<'__dma> Self: ::dma_buffer::__private::ReadFields,
    for<'__dma> <Self as
    ::dma_buffer::__private::ReadFields>::Fields: ::dma_buffer::__private::ReadFieldList<<Self
    as ::dma_buffer::__private::ReadFields>::Word,
    <Self as ::dma_buffer::__private::ReadFields>::Rule>,
    for<'__dma> <Self as
    ::dma_buffer::__private::ReadFields>::Phantoms: ::dma_buffer::__private::PhantomList
    {
    type Word = <Self as ::dma_buffer::__private::ReadFields>::Word;
    const READ_CHECK: () =
        {
            let () =
                {
                    let fields =
                        [::dma_buffer::__private::FieldLayout {
                                    name: "0",
                                    offset: const { builtin # offset_of(Self, 0) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<T>(),
                                }];
                    ::dma_buffer::__private::assert_no_end_padding(&fields,
                        ::dma_buffer::__private::core::mem::size_of::<Self>());
                };
            ::dma_buffer::__private::check_read_fields::<Self>()
        };
    #[inline(always)]
    fn read_word_len(_: *const Self) -> usize {
        let () = <Self as ::dma_buffer::DmaReadTarget>::READ_CHECK;
        ::dma_buffer::__private::words_in::<Self,
                <Self as ::dma_buffer::DmaReadTarget>::Word>()
    }
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
unsafe impl<T> ::dma_buffer::__private::WriteFields for G<T> where
    T: ::dma_buffer::DmaWriteTarget {
    type Word = <T as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) =
        |this| { let Self { 0: _ } = this; let _: *const T = &this.0; };
}
unsafe impl<T> ::dma_buffer::DmaWriteTarget for G<T> where
    for<'__dma> Self: ::dma_buffer::__private::WriteFields,
    for<'__dma> <Self as
    ::dma_buffer::__private::WriteFields>::Fields: ::dma_buffer::__private::WriteFieldList<<Self
    as ::dma_buffer::__private::WriteFields>::Word,
    <Self as ::dma_buffer::__private::WriteFields>::Rule>,
    for<'__dma> <Self as
    ::dma_buffer::__private::WriteFields>::Phantoms: ::dma_buffer::__private::PhantomList
    {
    type Word = <Self as ::dma_buffer::__private::WriteFields>::Word;
    const WRITE_CHECK: () =
        {
            let () =
                {
                    let fields =
                        [::dma_buffer::__private::FieldLayout {
                                    name: "0",
                                    offset: const { builtin # offset_of(Self, 0) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<T>(),
                                }];
                    ::dma_buffer::__private::assert_no_end_padding(&fields,
                        ::dma_buffer::__private::core::mem::size_of::<Self>());
                };
            ::dma_buffer::__private::check_write_fields::<Self>()
        };
    #[inline(always)]
    fn write_word_len(_: *mut Self) -> usize {
        let () = <Self as ::dma_buffer::DmaWriteTarget>::WRITE_CHECK;
        ::dma_buffer::__private::words_in::<Self,
                <Self as ::dma_buffer::DmaWriteTarget>::Word>()
    }
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
