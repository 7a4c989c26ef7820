// #[derive(DmaReadBuffer)]
unsafe impl my_hal::dma_buffer::derived::ReadFields for Samples {
    type Word = i16;
    type Rule = my_hal::dma_buffer::derived::SameWord;
    type Fields = ([i16; 64], [i16; 64], ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { left: _, right: _ } = this;
            let Self { .. } = this;
            let _: *const [i16; 64] = &raw const this.left;
            let _: *const [i16; 64] = &raw const this.right;
        }
        {
            let fields = [
                my_hal::dma_buffer::derived::FieldLayout {
                    name: "left",
                    offset: my_hal::dma_buffer::__private::core::mem::offset_of!(
                        Self, left
                    ),
                    size: my_hal::dma_buffer::__private::core::mem::size_of::<
                        [i16; 64],
                    >(),
                },
                my_hal::dma_buffer::derived::FieldLayout {
                    name: "right",
                    offset: my_hal::dma_buffer::__private::core::mem::offset_of!(
                        Self, right
                    ),
                    size: my_hal::dma_buffer::__private::core::mem::size_of::<
                        [i16; 64],
                    >(),
                },
            ];
            my_hal::dma_buffer::derived::assert_no_gap_before(&fields, 1usize);
            my_hal::dma_buffer::derived::assert_no_end_padding(
                &fields,
                my_hal::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
    };
}
my_hal::dma_buffer::__derived_routes! {
    read
    type [Samples]
}

// #[derive(DmaWriteBuffer)]
unsafe impl my_hal::dma_buffer::derived::WriteFields for Samples {
    type Word = i16;
    type Rule = my_hal::dma_buffer::derived::SameWord;
    type Fields = ([i16; 64], [i16; 64], ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { left: _, right: _ } = this;
            let Self { .. } = this;
            let _: *const [i16; 64] = &raw const this.left;
            let _: *const [i16; 64] = &raw const this.right;
        }
        {
            let fields = [
                my_hal::dma_buffer::derived::FieldLayout {
                    name: "left",
                    offset: my_hal::dma_buffer::__private::core::mem::offset_of!(
                        Self, left
                    ),
                    size: my_hal::dma_buffer::__private::core::mem::size_of::<
                        [i16; 64],
                    >(),
                },
                my_hal::dma_buffer::derived::FieldLayout {
                    name: "right",
                    offset: my_hal::dma_buffer::__private::core::mem::offset_of!(
                        Self, right
                    ),
                    size: my_hal::dma_buffer::__private::core::mem::size_of::<
                        [i16; 64],
                    >(),
                },
            ];
            my_hal::dma_buffer::derived::assert_no_gap_before(&fields, 1usize);
            my_hal::dma_buffer::derived::assert_no_end_padding(
                &fields,
                my_hal::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
    };
}
my_hal::dma_buffer::__derived_routes! {
    write
    type [Samples]
}
