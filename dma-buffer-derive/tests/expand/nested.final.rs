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
    const LAYOUT: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { header: _, payload: _ } = this;
                let Self { .. } = this;
                let _: *const Header = &raw const this.header;
                let _: *const core::mem::MaybeUninit<[u32; 30]> =
                    &raw const this.payload;
            }
            {
                let fields =
                    [::dma_buffer::derived::FieldLayout {
                                name: "header",
                                offset: const { builtin # offset_of(Self, header) },
                                size: ::dma_buffer::__private::core::mem::size_of::<Header>(),
                            },
                            ::dma_buffer::derived::FieldLayout {
                                name: "payload",
                                offset: const { builtin # offset_of(Self, payload) },
                                size: ::dma_buffer::__private::core::mem::size_of::<core::mem::MaybeUninit<[u32; 30]>>(),
                            }];
                ::dma_buffer::derived::assert_no_gap_before(&fields,
                    1usize);
                ::dma_buffer::derived::assert_no_end_padding(&fields,
                    ::dma_buffer::__private::core::mem::size_of::<Self>());
            }
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
