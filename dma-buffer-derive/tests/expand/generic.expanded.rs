// #[derive(DmaReadBuffer)]
unsafe impl<T> ::dma_buffer::derived::ReadFields for G<T>
where
    T: ::dma_buffer::DmaReadTarget,
{
    type Word = <T as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (T, ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const T = &raw const this.0;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "0",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, 0),
                    size: ::dma_buffer::__private::core::mem::size_of::<T>(),
                },
            ];
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
    types [T]
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
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const T = &raw const this.0;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "0",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, 0),
                    size: ::dma_buffer::__private::core::mem::size_of::<T>(),
                },
            ];
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
    types [T]
    consts []
    type [G<T>]
}
