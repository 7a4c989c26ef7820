// #[derive(DmaWriteBuffer)]
unsafe impl ::dma_buffer::derived::WriteFields for Packet {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (Header, core::mem::MaybeUninit<[u32; 30]>, ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { header: _, payload: _ } = this;
            let _: *const Header = &raw const this.header;
            let _: *const core::mem::MaybeUninit<[u32; 30]> = &raw const this.payload;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<Header>("header");
        let gaps = ::dma_buffer::derived::FieldGaps::field::<
            core::mem::MaybeUninit<[u32; 30]>,
        >(gaps, "payload");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_routes! {
    write
    type [Packet]
}
