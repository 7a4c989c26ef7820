// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_zerocopy_target! {
}
unsafe impl ::dma_buffer::derived::ReadFields for Header {
    type Word = u8;
    type Rule = ::dma_buffer::derived::Zerocopy;
    type Fields = (u8, U16<BigEndian>, U32<BigEndian>, ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { kind: _, length: _, sequence: _ } = this;
            let _: *const u8 = &raw const this.kind;
            let _: *const U16<BigEndian> = &raw const this.length;
            let _: *const U32<BigEndian> = &raw const this.sequence;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first_packed::<u8>("kind", 1);
        let gaps = ::dma_buffer::derived::FieldGaps::field::<
            U16<BigEndian>,
        >(gaps, "length");
        let gaps = ::dma_buffer::derived::FieldGaps::field::<
            U32<BigEndian>,
        >(gaps, "sequence");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_routes! {
    read
    type [Header]
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_zerocopy_target! {
}
unsafe impl ::dma_buffer::derived::WriteFields for Header {
    type Word = u8;
    type Rule = ::dma_buffer::derived::Zerocopy;
    type Fields = (u8, U16<BigEndian>, U32<BigEndian>, ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { kind: _, length: _, sequence: _ } = this;
            let _: *const u8 = &raw const this.kind;
            let _: *const U16<BigEndian> = &raw const this.length;
            let _: *const U32<BigEndian> = &raw const this.sequence;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first_packed::<u8>("kind", 1);
        let gaps = ::dma_buffer::derived::FieldGaps::field::<
            U16<BigEndian>,
        >(gaps, "length");
        let gaps = ::dma_buffer::derived::FieldGaps::field::<
            U32<BigEndian>,
        >(gaps, "sequence");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
::dma_buffer::__derived_routes! {
    write
    type [Header]
}
