// zerocopy.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// zerocopy's derives prove the layout; this derive only adds the DMA impl.
#[dma(zerocopy)]
#[repr(C, packed)]
pub struct Header {
    kind: u8,
    length: U16<BigEndian>,
    sequence: U32<BigEndian>,
}
unsafe impl ::dma_buffer::derived::ReadFields for Header where  {
    type Word = u8;
    type Rule = ::dma_buffer::derived::Zerocopy;
    type Fields = (u8, U16<BigEndian>, U32<BigEndian>, ());
    type Phantoms = ();
    const LAYOUT: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { kind: _, length: _, sequence: _ } = this;
                let Self { .. } = this;
                let _: *const u8 = &raw const this.kind;
                let _: *const U16<BigEndian> = &raw const this.length;
                let _: *const U32<BigEndian> = &raw const this.sequence;
            }
            {
                let fields =
                    [::dma_buffer::derived::FieldLayout {
                                name: "kind",
                                offset: const { builtin # offset_of(Self, kind) },
                                size: ::dma_buffer::__private::core::mem::size_of::<u8>(),
                            },
                            ::dma_buffer::derived::FieldLayout {
                                name: "length",
                                offset: const { builtin # offset_of(Self, length) },
                                size: ::dma_buffer::__private::core::mem::size_of::<U16<BigEndian>>(),
                            },
                            ::dma_buffer::derived::FieldLayout {
                                name: "sequence",
                                offset: const { builtin # offset_of(Self, sequence) },
                                size: ::dma_buffer::__private::core::mem::size_of::<U32<BigEndian>>(),
                            }];
                ::dma_buffer::derived::assert_no_gap_before(&fields,
                    1usize);
                ::dma_buffer::derived::assert_no_gap_before(&fields,
                    2usize);
                ::dma_buffer::derived::assert_no_end_padding(&fields,
                    ::dma_buffer::__private::core::mem::size_of::<Self>());
            }
        };
}
const _: () =
    {
        type __DmaBufferTarget = Header;
        const _: () =
            {
                let () =
                    <__DmaBufferTarget as
                        ::dma_buffer::derived::ReadFields>::LAYOUT;
                <__DmaBufferTarget as
                    ::dma_buffer::DmaReadTarget>::READ_CHECK
            };
        unsafe impl ::dma_buffer::__private::embedded_dma::ReadTarget for
            __DmaBufferTarget where
            for<'__dma> Self: ::dma_buffer::DmaReadTarget,
            for<'__dma> <Self as
            ::dma_buffer::DmaReadTarget>::Word: ::dma_buffer::__private::embedded_dma::Word
            {
            type Word = <Self as ::dma_buffer::DmaReadTarget>::Word;
            #[inline]
            fn as_read_buffer(&self) -> (*const Self::Word, usize) {
                <Self as ::dma_buffer::DmaReadTarget>::dma_read_target(self)
            }
        }
    };
unsafe impl ::dma_buffer::derived::WriteFields for Header where  {
    type Word = u8;
    type Rule = ::dma_buffer::derived::Zerocopy;
    type Fields = (u8, U16<BigEndian>, U32<BigEndian>, ());
    type Phantoms = ();
    const LAYOUT: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { kind: _, length: _, sequence: _ } = this;
                let Self { .. } = this;
                let _: *const u8 = &raw const this.kind;
                let _: *const U16<BigEndian> = &raw const this.length;
                let _: *const U32<BigEndian> = &raw const this.sequence;
            }
            {
                let fields =
                    [::dma_buffer::derived::FieldLayout {
                                name: "kind",
                                offset: const { builtin # offset_of(Self, kind) },
                                size: ::dma_buffer::__private::core::mem::size_of::<u8>(),
                            },
                            ::dma_buffer::derived::FieldLayout {
                                name: "length",
                                offset: const { builtin # offset_of(Self, length) },
                                size: ::dma_buffer::__private::core::mem::size_of::<U16<BigEndian>>(),
                            },
                            ::dma_buffer::derived::FieldLayout {
                                name: "sequence",
                                offset: const { builtin # offset_of(Self, sequence) },
                                size: ::dma_buffer::__private::core::mem::size_of::<U32<BigEndian>>(),
                            }];
                ::dma_buffer::derived::assert_no_gap_before(&fields,
                    1usize);
                ::dma_buffer::derived::assert_no_gap_before(&fields,
                    2usize);
                ::dma_buffer::derived::assert_no_end_padding(&fields,
                    ::dma_buffer::__private::core::mem::size_of::<Self>());
            }
        };
}
const _: () =
    {
        type __DmaBufferTarget = Header;
        const _: () =
            {
                let () =
                    <__DmaBufferTarget as
                        ::dma_buffer::derived::WriteFields>::LAYOUT;
                <__DmaBufferTarget as
                    ::dma_buffer::DmaWriteTarget>::WRITE_CHECK
            };
        unsafe impl ::dma_buffer::__private::embedded_dma::WriteTarget for
            __DmaBufferTarget where
            for<'__dma> Self: ::dma_buffer::DmaWriteTarget,
            for<'__dma> <Self as
            ::dma_buffer::DmaWriteTarget>::Word: ::dma_buffer::__private::embedded_dma::Word
            {
            type Word = <Self as ::dma_buffer::DmaWriteTarget>::Word;
            #[inline]
            fn as_write_buffer(&mut self) -> (*mut Self::Word, usize) {
                <Self as
                        ::dma_buffer::DmaWriteTarget>::dma_write_target(self)
            }
        }
    };
