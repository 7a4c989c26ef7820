// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_zerocopy_target! {
}
unsafe impl ::dma_buffer::derived::ReadFields for Header {
    type Word = u8;
    type Rule = ::dma_buffer::derived::Zerocopy;
    type Fields = (u8, U16<BigEndian>, U32<BigEndian>, ());
    type Phantoms = ();
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { kind: _, length: _, sequence: _ } = this;
            let Self { .. } = this;
            let _: *const u8 = &raw const this.kind;
            let _: *const U16<BigEndian> = &raw const this.length;
            let _: *const U32<BigEndian> = &raw const this.sequence;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "kind",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, kind),
                    size: ::dma_buffer::__private::core::mem::size_of::<u8>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "length",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, length),
                    size: ::dma_buffer::__private::core::mem::size_of::<U16<BigEndian>>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "sequence",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(
                        Self, sequence
                    ),
                    size: ::dma_buffer::__private::core::mem::size_of::<U32<BigEndian>>(),
                },
            ];
            ::dma_buffer::derived::assert_no_gap_before(&fields, 1usize);
            ::dma_buffer::derived::assert_no_gap_before(&fields, 2usize);
            ::dma_buffer::derived::assert_no_end_padding(
                &fields,
                ::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
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
    const LAYOUT: () = {
        if let Some(this) = None::<&Self> {
            let Self { kind: _, length: _, sequence: _ } = this;
            let Self { .. } = this;
            let _: *const u8 = &raw const this.kind;
            let _: *const U16<BigEndian> = &raw const this.length;
            let _: *const U32<BigEndian> = &raw const this.sequence;
        }
        {
            let fields = [
                ::dma_buffer::derived::FieldLayout {
                    name: "kind",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, kind),
                    size: ::dma_buffer::__private::core::mem::size_of::<u8>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "length",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(Self, length),
                    size: ::dma_buffer::__private::core::mem::size_of::<U16<BigEndian>>(),
                },
                ::dma_buffer::derived::FieldLayout {
                    name: "sequence",
                    offset: ::dma_buffer::__private::core::mem::offset_of!(
                        Self, sequence
                    ),
                    size: ::dma_buffer::__private::core::mem::size_of::<U32<BigEndian>>(),
                },
            ];
            ::dma_buffer::derived::assert_no_gap_before(&fields, 1usize);
            ::dma_buffer::derived::assert_no_gap_before(&fields, 2usize);
            ::dma_buffer::derived::assert_no_end_padding(
                &fields,
                ::dma_buffer::__private::core::mem::size_of::<Self>(),
            );
        }
    };
}
::dma_buffer::__derived_routes! {
    write
    type [Header]
}
