// #[derive(DmaReadBuffer)]
unsafe impl ::dma_buffer::derived::ReadFields for Frame {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { hdr: _, body: _ } = this;
            let _: *const [u32; 2] = &raw const this.hdr;
            let _: *const [u32; 30] = &raw const this.body;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[u32; 2]>("hdr");
        let gaps = ::dma_buffer::derived::FieldGaps::field::<[u32; 30]>(gaps, "body");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_routes! {
    read
    type [Frame]
}

// #[derive(DmaWriteBuffer)]
unsafe impl ::dma_buffer::derived::WriteFields for Frame {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { hdr: _, body: _ } = this;
            let _: *const [u32; 2] = &raw const this.hdr;
            let _: *const [u32; 30] = &raw const this.body;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[u32; 2]>("hdr");
        let gaps = ::dma_buffer::derived::FieldGaps::field::<[u32; 30]>(gaps, "body");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_routes! {
    write
    type [Frame]
}
