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
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { kind: _, length: _, sequence: _ } = this;
                let _: *const u8 = &raw const this.kind;
                let _: *const U16<BigEndian> = &raw const this.length;
                let _: *const U32<BigEndian> = &raw const this.sequence;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first_packed::<u8>("kind",
                    1);
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<U16<BigEndian>>(gaps,
                    "length");
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<U32<BigEndian>>(gaps,
                    "sequence");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
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
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { kind: _, length: _, sequence: _ } = this;
                let _: *const u8 = &raw const this.kind;
                let _: *const U16<BigEndian> = &raw const this.length;
                let _: *const U32<BigEndian> = &raw const this.sequence;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first_packed::<u8>("kind",
                    1);
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<U16<BigEndian>>(gaps,
                    "length");
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<U32<BigEndian>>(gaps,
                    "sequence");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
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
