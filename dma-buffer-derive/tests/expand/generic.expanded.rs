// #[derive(DmaReadBuffer)]
unsafe impl<T> ::dma_buffer::__private::ReadFields for G<T>
where
    T: ::dma_buffer::DmaReadTarget,
{
    type Word = <T as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { 0: _ } = this;
        let _: *const T = &this.0;
    };
}
::dma_buffer::__derived_target! {
    read generic impl [T] type [G < T >] where [] layout { let fields =
    [::dma_buffer::__private::FieldLayout { name : "0", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, 0), size :
    ::dma_buffer::__private::core::mem::size_of:: < T > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}

// #[derive(DmaWriteBuffer)]
unsafe impl<T> ::dma_buffer::__private::WriteFields for G<T>
where
    T: ::dma_buffer::DmaWriteTarget,
{
    type Word = <T as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { 0: _ } = this;
        let _: *const T = &this.0;
    };
}
::dma_buffer::__derived_target! {
    write generic impl [T] type [G < T >] where [] layout { let fields =
    [::dma_buffer::__private::FieldLayout { name : "0", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, 0), size :
    ::dma_buffer::__private::core::mem::size_of:: < T > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}
