// lifetime_only.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// Only a lifetime parameter: one layout, checked at the definition with `'static`.
#[repr(C)]
pub struct Tagged<'a> {
    data: [u8; 16],
    owner: PhantomData<&'a ()>,
}
unsafe impl<'a> ::dma_buffer::derived::ReadFields for Tagged<'a> where  {
    type Word = u8;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u8; 16], ());
    type Phantoms = (PhantomData<&'a ()>, ());
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { data: _, owner: _ } = this;
                let _: *const [u8; 16] = &raw const this.data;
                let _: *const PhantomData<&'a ()> = &raw const this.owner;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first::<[u8; 16]>("data");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
const _: () =
    {
        type __DmaBufferTarget = Tagged<'static>;
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
unsafe impl<'a> ::dma_buffer::derived::WriteFields for Tagged<'a> where  {
    type Word = u8;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([u8; 16], ());
    type Phantoms = (PhantomData<&'a ()>, ());
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { data: _, owner: _ } = this;
                let _: *const [u8; 16] = &raw const this.data;
                let _: *const PhantomData<&'a ()> = &raw const this.owner;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                ::dma_buffer::derived::FieldGaps::first::<[u8; 16]>("data");
            ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
const _: () =
    {
        type __DmaBufferTarget = Tagged<'static>;
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
