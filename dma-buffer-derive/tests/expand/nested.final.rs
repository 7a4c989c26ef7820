// nested.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A derived struct and `MaybeUninit` words as fields.
#[repr(C, align(8))]
pub struct Packet {
    header: Header,
    payload: core::mem::MaybeUninit<[u32; 30]>,
}
unsafe impl ::dma_buffer::derived::WriteFields for Packet where  {
    type Word = u32;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = (Header, core::mem::MaybeUninit<[u32; 30]>, ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { header: _, payload: _ } = this;
                let _: *const Header = &raw const this.header;
                let _: *const core::mem::MaybeUninit<[u32; 30]> =
                    &raw const this.payload;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first::<Header>("header");
            let gaps =
                ::dma_buffer::derived::FieldGaps::field::<core::mem::MaybeUninit<[u32; 30]>>(gaps,
                    "payload");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
const _: () =
    {
        type __DmaBufferTarget = Packet;
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
