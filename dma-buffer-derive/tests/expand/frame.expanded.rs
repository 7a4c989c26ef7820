// #[derive(DmaReadBuffer)]
unsafe impl ::dma_buffer::__private::ReadFields for Frame {
    type Word = u32;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { hdr: _, body: _ } = this;
        let _: *const [u32; 2] = &this.hdr;
        let _: *const [u32; 30] = &this.body;
    };
}
::dma_buffer::__derived_target! {
    read now[Frame] impl [] type [Frame] where [] layout { let fields =
    [::dma_buffer::__private::FieldLayout { name : "hdr", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, hdr), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u32; 2] > (), },
    ::dma_buffer::__private::FieldLayout { name : "body", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, body), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u32; 30] > (), }];
    ::dma_buffer::__private::assert_no_gap_before(& fields, 1usize);
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}

// #[derive(DmaWriteBuffer)]
unsafe impl ::dma_buffer::__private::WriteFields for Frame {
    type Word = u32;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { hdr: _, body: _ } = this;
        let _: *const [u32; 2] = &this.hdr;
        let _: *const [u32; 30] = &this.body;
    };
}
::dma_buffer::__derived_target! {
    write now[Frame] impl [] type [Frame] where [] layout { let fields =
    [::dma_buffer::__private::FieldLayout { name : "hdr", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, hdr), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u32; 2] > (), },
    ::dma_buffer::__private::FieldLayout { name : "body", offset :
    ::dma_buffer::__private::core::mem::offset_of!(Self, body), size :
    ::dma_buffer::__private::core::mem::size_of:: < [u32; 30] > (), }];
    ::dma_buffer::__private::assert_no_gap_before(& fields, 1usize);
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}
