// #[derive(DmaReadBuffer)]
unsafe impl<'a> ::dma_buffer::__private::ReadFields for Tagged<'a> {
    type Word = u8;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([u8; 16], ());
    type Phantoms = (PhantomData<&'a ()>, ());
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { data: _, owner: _ } = this;
        let _: *const [u8; 16] = &this.data;
        let _: *const PhantomData<&'a ()> = &this.owner;
    };
}
::dma_buffer::__derived_target! {
    read now[Tagged < 'static >] impl ['a] type [Tagged < 'a >] where [] layout {
    ::dma_buffer::__private::assert_phantom_is_zero_sized(::dma_buffer::__private::core::mem::size_of::
    < PhantomData < & 'a() > > (),); let fields = [::dma_buffer::__private::FieldLayout {
    name : "data", offset : ::dma_buffer::__private::core::mem::offset_of!(Self, data),
    size : ::dma_buffer::__private::core::mem::size_of:: < [u8; 16] > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}

// #[derive(DmaWriteBuffer)]
unsafe impl<'a> ::dma_buffer::__private::WriteFields for Tagged<'a> {
    type Word = u8;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([u8; 16], ());
    type Phantoms = (PhantomData<&'a ()>, ());
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { data: _, owner: _ } = this;
        let _: *const [u8; 16] = &this.data;
        let _: *const PhantomData<&'a ()> = &this.owner;
    };
}
::dma_buffer::__derived_target! {
    write now[Tagged < 'static >] impl ['a] type [Tagged < 'a >] where [] layout {
    ::dma_buffer::__private::assert_phantom_is_zero_sized(::dma_buffer::__private::core::mem::size_of::
    < PhantomData < & 'a() > > (),); let fields = [::dma_buffer::__private::FieldLayout {
    name : "data", offset : ::dma_buffer::__private::core::mem::offset_of!(Self, data),
    size : ::dma_buffer::__private::core::mem::size_of:: < [u8; 16] > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}
