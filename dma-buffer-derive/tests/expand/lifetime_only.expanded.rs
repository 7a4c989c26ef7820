// #[derive(DmaReadBuffer)]
unsafe impl<'a> ::dma_buffer::derived::ReadFields for Tagged<'a> {
    type Word = u8;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u8; 16], ());
    type Phantoms = (PhantomData<&'a ()>, ());
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { data: _, owner: _ } = this;
            let _: *const [u8; 16] = &raw const this.data;
            let _: *const PhantomData<&'a ()> = &raw const this.owner;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[u8; 16]>("data");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
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
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { data: _, owner: _ } = this;
            let _: *const [u8; 16] = &raw const this.data;
            let _: *const PhantomData<&'a ()> = &raw const this.owner;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[u8; 16]>("data");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_routes! {
    write
    type [Tagged<'static>]
}
