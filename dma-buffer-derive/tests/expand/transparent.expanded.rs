// #[derive(DmaReadBuffer)]
unsafe impl<const N: usize> ::dma_buffer::derived::ReadFields for CustomWrapper<N> {
    type Word = u16;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u16; N], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const [u16; N] = &raw const this.0;
        }
    };
}
::dma_buffer::__derived_pointer_routes! {
    read
    lifetimes []
    types []
    consts [N: usize]
    type [CustomWrapper<N>]
}

// #[derive(DmaWriteBuffer)]
unsafe impl<const N: usize> ::dma_buffer::derived::WriteFields for CustomWrapper<N> {
    type Word = u16;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u16; N], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const [u16; N] = &raw const this.0;
        }
    };
}
::dma_buffer::__derived_pointer_routes! {
    write
    lifetimes []
    types []
    consts [N: usize]
    type [CustomWrapper<N>]
}
