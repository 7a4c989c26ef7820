// #[derive(DmaReadBuffer)]
unsafe impl my_hal::dma_buffer::derived::ReadFields for Samples {
    type Word = i16;
    type Rule = my_hal::dma_buffer::derived::SameWord;
    type Fields = ([i16; 64], [i16; 64], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { left: _, right: _ } = this;
            let _: *const [i16; 64] = &raw const this.left;
            let _: *const [i16; 64] = &raw const this.right;
        }
    };
    const LAYOUT: () = {
        let gaps = my_hal::dma_buffer::derived::FieldGaps::first::<[i16; 64]>("left");
        let gaps = my_hal::dma_buffer::derived::FieldGaps::field::<
            [i16; 64],
        >(gaps, "right");
        my_hal::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
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
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { left: _, right: _ } = this;
            let _: *const [i16; 64] = &raw const this.left;
            let _: *const [i16; 64] = &raw const this.right;
        }
    };
    const LAYOUT: () = {
        let gaps = my_hal::dma_buffer::derived::FieldGaps::first::<[i16; 64]>("left");
        let gaps = my_hal::dma_buffer::derived::FieldGaps::field::<
            [i16; 64],
        >(gaps, "right");
        my_hal::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
my_hal::dma_buffer::__derived_routes! {
    write
    type [Samples]
}
