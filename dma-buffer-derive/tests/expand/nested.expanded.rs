// #[derive(DmaWriteBuffer)]
unsafe impl ::dma_buffer::derived::WriteFields for Packet {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (Header, core::mem::MaybeUninit<[u32; 30]>, ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { header: _, payload: _ } = this;
            let Self { .. } = this;
            let _: *const Header = &raw const this.header;
            let _: *const core::mem::MaybeUninit<[u32; 30]> = &raw const this.payload;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "header",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, header),
                    size: ::dma_buffer::__private::core::mem::size_of::<Header>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "payload",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(
                        Self, payload
                    ),
                    size: ::dma_buffer::__private::core::mem::size_of::<
                        core::mem::MaybeUninit<[u32; 30]>,
                    >(),
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
    type [Packet]
}
