// #[derive(DmaReadBuffer)]
unsafe impl my_hal::dma_buffer::__private::ReadFields for Samples {
    type Word = i16;
    type Rule = my_hal::dma_buffer::__private::SameWord;
    type Fields = ([i16; 64], [i16; 64], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { left: _, right: _ } = this;
        let _: *const [i16; 64] = &this.left;
        let _: *const [i16; 64] = &this.right;
    };
}
my_hal::dma_buffer::__derived_target! {
    read
    now [Samples]
    impl []
    type [Samples]
    where []
}

// #[derive(DmaWriteBuffer)]
unsafe impl my_hal::dma_buffer::__private::WriteFields for Samples {
    type Word = i16;
    type Rule = my_hal::dma_buffer::__private::SameWord;
    type Fields = ([i16; 64], [i16; 64], ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { left: _, right: _ } = this;
        let _: *const [i16; 64] = &this.left;
        let _: *const [i16; 64] = &this.right;
    };
}
my_hal::dma_buffer::__derived_target! {
    write
    now [Samples]
    impl []
    type [Samples]
    where []
}
