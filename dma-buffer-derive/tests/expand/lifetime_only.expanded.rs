// #[derive(DmaReadBuffer)]
unsafe impl<'a> ::dma_buffer::derived::ReadFields for Tagged<'a> {
    type Word = u8;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u8; 16], ());
    type Phantoms = (PhantomData<&'a ()>, ());
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { data: _, owner: _ } = this;
            let Self { .. } = this;
            let _: *const [u8; 16] = &raw const this.data;
            let _: *const PhantomData<&'a ()> = &raw const this.owner;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "data",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, data),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u8; 16]>(),
                },
            ];
            ::dma_buffer::derived::assert_no_end_padding(
                &fields,
                ::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
    };
}
::dma_buffer::__derived_routes! {
    read
    type [Tagged<'static>]
}

// #[derive(DmaWriteBuffer)]
unsafe impl<'a> ::dma_buffer::derived::WriteFields for Tagged<'a> {
    type Word = u8;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u8; 16], ());
    type Phantoms = (PhantomData<&'a ()>, ());
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { data: _, owner: _ } = this;
            let Self { .. } = this;
            let _: *const [u8; 16] = &raw const this.data;
            let _: *const PhantomData<&'a ()> = &raw const this.owner;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "data",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, data),
                    size: ::dma_buffer::__private::core::mem::size_of::<[u8; 16]>(),
                },
            ];
            ::dma_buffer::derived::assert_no_end_padding(
                &fields,
                ::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
    };
}
::dma_buffer::__derived_routes! {
    write
    type [Tagged<'static>]
}
