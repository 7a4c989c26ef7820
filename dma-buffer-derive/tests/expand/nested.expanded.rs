// #[derive(DmaWriteBuffer)]
unsafe impl ::dma_buffer::__private::WriteFields for Packet {
    type Word = u32;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = (Header, core::mem::MaybeUninit<[u32; 30]>, ());
    type Phantoms = ();
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { header: _, payload: _ } = this;
        let _: *const Header = &this.header;
        let _: *const core::mem::MaybeUninit<[u32; 30]> = &this.payload;
    };
}
::dma_buffer::__derived_target! {
    write
    now [Packet]
    impl []
    type [Packet]
    where []
}
