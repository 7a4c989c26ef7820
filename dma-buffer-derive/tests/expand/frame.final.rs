// frame.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A frame of one word type: checked at the definition.
#[repr(C)]
pub struct Frame {
    hdr: [u32; 2],
    body: [u32; 30],
}
unsafe impl ::dma_buffer::derived::ReadFields for Frame where  {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { hdr: _, body: _ } = this;
                let _: *const [u32; 2] = &raw const this.hdr;
                let _: *const [u32; 30] = &raw const this.body;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first::<[u32; 2]>("hdr");
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<[u32; 30]>(gaps,
                    "body");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
const _: () =
    {
        type __DmaBufferTarget = Frame;
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
unsafe impl ::dma_buffer::derived::WriteFields for Frame where  {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u32; 2], [u32; 30], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { hdr: _, body: _ } = this;
                let _: *const [u32; 2] = &raw const this.hdr;
                let _: *const [u32; 30] = &raw const this.body;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first::<[u32; 2]>("hdr");
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<[u32; 30]>(gaps,
                    "body");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
const _: () =
    {
        type __DmaBufferTarget = Frame;
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
