// #[derive(DmaReadBuffer)]
unsafe impl<const N: usize> ::dma_buffer::__private::ReadFields for CustomWrapper<N> {
    type Word = u16;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([u16; N], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { 0: _ } = this;
        let _: *const [u16; N] = &this.0;
    };
}
::dma_buffer::__derived_target! {
    read generic impl [const N : usize] type [CustomWrapper < N >] where [] layout { let
    fields = [::dma_buffer::__private::FieldLayout { name : "0", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, 0), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u16; N] > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}

// #[derive(DmaWriteBuffer)]
unsafe impl<const N: usize> ::dma_buffer::__private::WriteFields for CustomWrapper<N> {
    type Word = u16;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([u16; N], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { 0: _ } = this;
        let _: *const [u16; N] = &this.0;
    };
}
::dma_buffer::__derived_target! {
    write generic impl [const N : usize] type [CustomWrapper < N >] where [] layout { let
    fields = [::dma_buffer::__private::FieldLayout { name : "0", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, 0), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u16; N] > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}
