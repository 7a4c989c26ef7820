// #[derive(DmaReadBuffer)]
unsafe impl<const N: usize> ::dma_buffer::derived::ReadFields for H<N> {
    type Word = u8;
    type Rule = ::dma_buffer::derived::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { a: _, b: _ } = this;
            let Self { .. } = this;
            let _: *const [u8; N] = &raw const this.a;
            let _: *const [u32; 1] = &raw const this.b;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "a",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, a),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u8; N]>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "b",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, b),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 1]>(),
                },
            ];
            ::dma_buffer::derived::assert_no_gap_before(&fields, 1usize);
            ::dma_buffer::derived::assert_no_end_padding(
                &fields,
                ::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
    };
}
::dma_buffer::__derived_pointer_routes! {
    read
    lifetimes []
    types []
    consts [N: usize]
    type [H<N>]
}

// #[derive(DmaWriteBuffer)]
unsafe impl<const N: usize> ::dma_buffer::derived::WriteFields for H<N> {
    type Word = u8;
    type Rule = ::dma_buffer::derived::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { a: _, b: _ } = this;
            let Self { .. } = this;
            let _: *const [u8; N] = &raw const this.a;
            let _: *const [u32; 1] = &raw const this.b;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "a",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, a),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u8; N]>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "b",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, b),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 1]>(),
                },
            ];
            ::dma_buffer::derived::assert_no_gap_before(&fields, 1usize);
            ::dma_buffer::derived::assert_no_end_padding(
                &fields,
                ::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
    };
}
::dma_buffer::__derived_pointer_routes! {
    write
    lifetimes []
    types []
    consts [N: usize]
    type [H<N>]
}
