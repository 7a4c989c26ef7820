// #[derive(DmaReadBuffer)]
unsafe impl<const N: usize> ::dma_buffer::derived::ReadFields for H<N> {
    type Word = u8;
    type Rule = ::dma_buffer::derived::AnyWord;
    type Fields = ([u8; N], [u32; 1], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { a: _, b: _ } = this;
            let _: *const [u8; N] = &raw const this.a;
            let _: *const [u32; 1] = &raw const this.b;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[u8; N]>("a");
        let gaps = ::dma_buffer::derived::FieldGaps::field::<[u32; 1]>(gaps, "b");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
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
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { a: _, b: _ } = this;
            let _: *const [u8; N] = &raw const this.a;
            let _: *const [u32; 1] = &raw const this.b;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[u8; N]>("a");
        let gaps = ::dma_buffer::derived::FieldGaps::field::<[u32; 1]>(gaps, "b");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_pointer_routes! {
    write
    lifetimes []
    types []
    consts [N: usize]
    type [H<N>]
}
