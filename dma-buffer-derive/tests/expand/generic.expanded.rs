// #[derive(DmaReadBuffer)]
unsafe impl<T> ::dma_buffer::derived::ReadFields for G<T>
where
    T: ::dma_buffer::DmaReadTarget,
{
    type Word = <T as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const T = &raw const this.0;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<T>("0");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_pointer_routes! {
    read
    lifetimes []
    types [T []]
    consts []
    type [G<T>]
}

// #[derive(DmaWriteBuffer)]
unsafe impl<T> ::dma_buffer::derived::WriteFields for G<T>
where
    T: ::dma_buffer::DmaWriteTarget,
{
    type Word = <T as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const T = &raw const this.0;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<T>("0");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_pointer_routes! {
    write
    lifetimes []
    types [T []]
    consts []
    type [G<T>]
}
