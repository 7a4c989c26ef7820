// #[derive(DmaReadBuffer)]
unsafe impl ::dma_buffer::derived::ReadFields for Frame {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { hdr: _, body: _ } = this;
            let Self { .. } = this;
            let _: *const [u32; 2] = &raw const this.hdr;
            let _: *const [u32; 30] = &raw const this.body;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "hdr",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, hdr),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 2]>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "body",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, body),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 30]>(),
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
::dma_buffer::__derived_routes! {
    read
    type [Frame]
}

// #[derive(DmaWriteBuffer)]
unsafe impl ::dma_buffer::derived::WriteFields for Frame {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { hdr: _, body: _ } = this;
            let Self { .. } = this;
            let _: *const [u32; 2] = &raw const this.hdr;
            let _: *const [u32; 30] = &raw const this.body;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "hdr",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, hdr),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 2]>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "body",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, body),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u32; 30]>(),
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
::dma_buffer::__derived_routes! {
    write
    type [Frame]
}
