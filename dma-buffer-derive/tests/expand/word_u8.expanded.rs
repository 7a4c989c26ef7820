// #[derive(DmaReadBuffer)]
unsafe impl<const N: usize> ::dma_buffer::__private::ReadFields for H<N> {
    type Word = u8;
    type Rule = ::dma_buffer::__private::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { a: _, b: _ } = this;
        let _: *const [u8; N] = &this.a;
        let _: *const [u32; 1] = &this.b;
    };
}
::dma_buffer::__derived_target! {
    read generic impl [const N : usize] type [H < N >] where [] layout { let fields =
    [::dma_buffer::__private::FieldLayout { name : "a", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, a), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u8; N] > (), },
    ::dma_buffer::__private::FieldLayout { name : "b", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, b), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u32; 1] > (), }];
    ::dma_buffer::__private::assert_no_gap_before(& fields, 1usize);
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}

// #[derive(DmaWriteBuffer)]
unsafe impl<const N: usize> ::dma_buffer::__private::WriteFields for H<N> {
    type Word = u8;
    type Rule = ::dma_buffer::__private::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { a: _, b: _ } = this;
        let _: *const [u8; N] = &this.a;
        let _: *const [u32; 1] = &this.b;
    };
}
::dma_buffer::__derived_target! {
    write generic impl [const N : usize] type [H < N >] where [] layout { let fields =
    [::dma_buffer::__private::FieldLayout { name : "a", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, a), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u8; N] > (), },
    ::dma_buffer::__private::FieldLayout { name : "b", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, b), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u32; 1] > (), }];
    ::dma_buffer::__private::assert_no_gap_before(& fields, 1usize);
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}
