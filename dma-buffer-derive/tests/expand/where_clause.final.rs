// where_clause.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// Defaults, bounds and a `where` clause, all kept on the impl but the defaults.
#[repr(C)]
pub struct Ring<'a, T: Copy + 'a = u8, const N : usize = 4> where
    T: Default {
    slots: [T; N],
    borrowed: PhantomData<&'a T>,
}
unsafe impl<'a, T: Copy + 'a, const N : usize>
    ::dma_buffer::__private::ReadFields for Ring<'a, T, N> where
    [T; N]: ::dma_buffer::DmaReadTarget, T: Default {
    type Word = <[T; N] as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([T; N], ());
    type Phantoms = (PhantomData<&'a T>, ());
    const FIELDS_EXACT: fn(&Self) =
        |this|
            {
                let Self { slots: _, borrowed: _ } = this;
                let _: *const [T; N] = &this.slots;
                let _: *const PhantomData<&'a T> = &this.borrowed;
            };
}
unsafe impl<'a, T: Copy + 'a, const N : usize> ::dma_buffer::DmaReadTarget
    for Ring<'a, T, N> where
    for<'__dma> Self: ::dma_buffer::__private::ReadFields,
    for<'__dma> <Self as
    ::dma_buffer::__private::ReadFields>::Fields: ::dma_buffer::__private::ReadFieldList<<Self
    as ::dma_buffer::__private::ReadFields>::Word,
    <Self as ::dma_buffer::__private::ReadFields>::Rule>,
    for<'__dma> <Self as
    ::dma_buffer::__private::ReadFields>::Phantoms: ::dma_buffer::__private::PhantomList,
    T: Default {
    type Word = <Self as ::dma_buffer::__private::ReadFields>::Word;
    const READ_CHECK: () =
        {
            let () =
                {
                    ::dma_buffer::__private::assert_phantom_is_zero_sized(::dma_buffer::__private::core::mem::size_of::<PhantomData<&'a T>>());
                    let fields =
                        [::dma_buffer::__private::FieldLayout {
                                    name: "slots",
                                    offset: const { builtin # offset_of(Self, slots) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<[T; N]>(),
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
unsafe impl<'a, T: Copy + 'a, const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static Ring<'a, T, N> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static, T: Default {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<'a, T: Copy + 'a, const N : usize>
    ::dma_buffer::__private::embedded_dma::ReadBuffer for
    &'static mut Ring<'a, T, N> where
    for<'__dma> Self: ::dma_buffer::DmaReadBuffer + 'static, T: Default {
    type Word = <Self as ::dma_buffer::DmaReadBuffer>::Word;
    #[inline]
    unsafe fn read_buffer(&self) -> (*const Self::Word, usize) {
        <Self as ::dma_buffer::DmaReadBuffer>::dma_read_buffer(self)
    }
}
unsafe impl<'a, T: Copy + 'a, const N : usize>
    ::dma_buffer::__private::WriteFields for Ring<'a, T, N> where
    [T; N]: ::dma_buffer::DmaWriteTarget, T: Default {
    type Word = <[T; N] as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([T; N], ());
    type Phantoms = (PhantomData<&'a T>, ());
    const FIELDS_EXACT: fn(&Self) =
        |this|
            {
                let Self { slots: _, borrowed: _ } = this;
                let _: *const [T; N] = &this.slots;
                let _: *const PhantomData<&'a T> = &this.borrowed;
            };
}
unsafe impl<'a, T: Copy + 'a, const N : usize>
    ::dma_buffer::DmaWriteTarget for Ring<'a, T, N> where
    for<'__dma> Self: ::dma_buffer::__private::WriteFields,
    for<'__dma> <Self as
    ::dma_buffer::__private::WriteFields>::Fields: ::dma_buffer::__private::WriteFieldList<<Self
    as ::dma_buffer::__private::WriteFields>::Word,
    <Self as ::dma_buffer::__private::WriteFields>::Rule>,
    for<'__dma> <Self as
    ::dma_buffer::__private::WriteFields>::Phantoms: ::dma_buffer::__private::PhantomList,
    T: Default {
    type Word = <Self as ::dma_buffer::__private::WriteFields>::Word;
    const WRITE_CHECK: () =
        {
            let () =
                {
                    ::dma_buffer::__private::assert_phantom_is_zero_sized(::dma_buffer::__private::core::mem::size_of::<PhantomData<&'a T>>());
                    let fields =
                        [::dma_buffer::__private::FieldLayout {
                                    name: "slots",
                                    offset: const { builtin # offset_of(Self, slots) },
                                    size: ::dma_buffer::__private::core::mem::size_of::<[T; N]>(),
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
unsafe impl<'a, T: Copy + 'a, const N : usize>
    ::dma_buffer::__private::embedded_dma::WriteBuffer for
    &'static mut Ring<'a, T, N> where
    for<'__dma> Self: ::dma_buffer::DmaWriteBuffer + 'static, T: Default {
    type Word = <Self as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    unsafe fn write_buffer(&mut self) -> (*mut Self::Word, usize) {
        <Self as ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(self)
    }
}
