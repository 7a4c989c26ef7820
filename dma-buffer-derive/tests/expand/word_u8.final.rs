// word_u8.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// Mixed word sizes viewed as bytes; generic, so checked per instantiation.
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N : usize> {
    a: [u8; N],
    b: [u32; 1],
}
unsafe impl<const N : usize> ::dma_buffer::__private::ReadFields for H<N>
    where  {
    type Word = u8;
    type Rule = ::dma_buffer::__private::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) =
        |this|
            {
                let Self { a: _, b: _ } = this;
                let _: *const [u8; N] = &this.a;
                let _: *const [u32; 1] = &this.b;
            };
}
unsafe impl<const N : usize> ::dma_buffer::DmaReadTarget for H<N> where
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
                                    name: "a",
                                    offset: const { builtin # offset_of(Self, a) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<[u8; N]>(),
                                },
                                ::dma_buffer::__private::FieldLayout {
                                    name: "b",
                                    offset: const { builtin # offset_of(Self, b) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 1]>(),
                                }];
                    ::dma_buffer::__private::assert_no_gap_before(&fields,
                        1usize);
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
unsafe impl<const N : usize> ::dma_buffer::__private::WriteFields for H<N>
    where  {
    type Word = u8;
    type Rule = ::dma_buffer::__private::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) =
        |this|
            {
                let Self { a: _, b: _ } = this;
                let _: *const [u8; N] = &this.a;
                let _: *const [u32; 1] = &this.b;
            };
}
unsafe impl<const N : usize> ::dma_buffer::DmaWriteTarget for H<N> where
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
                                    name: "a",
                                    offset: const { builtin # offset_of(Self, a) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<[u8; N]>(),
                                },
                                ::dma_buffer::__private::FieldLayout {
                                    name: "b",
                                    offset: const { builtin # offset_of(Self, b) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 1]>(),
                                }];
                    ::dma_buffer::__private::assert_no_gap_before(&fields,
                        1usize);
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
