// crate_path.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A HAL re-exporting the derive points it at its re-export of `dma_buffer`.
#[dma(crate = my_hal::dma_buffer)]
#[repr(C)]
pub struct Samples {
    left: [i16; 64],
    right: [i16; 64],
}
unsafe impl my_hal::dma_buffer::derived::ReadFields for Samples where  {
    type Word = i16;
    type Rule = my_hal::dma_buffer::derived::SameWord;
    type Fields = ([i16; 64], [i16; 64], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { left: _, right: _ } = this;
                let _: *const [i16; 64] = &raw const this.left;
                let _: *const [i16; 64] = &raw const this.right;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                my_hal::dma_buffer::derived::FieldGaps::first::<[i16; 64]>("left");
            let gaps =
                my_hal::dma_buffer::derived::FieldGaps::field::<[i16; 64]>(gaps,
                    "right");
            my_hal::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
const _: () =
    {
        type __DmaBufferTarget = Samples;
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
unsafe impl my_hal::dma_buffer::derived::WriteFields for Samples where  {
    type Word = i16;
    type Rule = my_hal::dma_buffer::derived::SameWord;
    type Fields = ([i16; 64], [i16; 64], ());
    type Phantoms = ();
    const FIELDS: () =
        {
            if let Some(this) = None::<&Self> {
                let Self { left: _, right: _ } = this;
                let _: *const [i16; 64] = &raw const this.left;
                let _: *const [i16; 64] = &raw const this.right;
            }
        };
    const LAYOUT: () =
        {
            let gaps =
                my_hal::dma_buffer::derived::FieldGaps::first::<[i16; 64]>("left");
            let gaps =
                my_hal::dma_buffer::derived::FieldGaps::field::<[i16; 64]>(gaps,
                    "right");
            my_hal::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
        };
}
const _: () =
    {
        type __DmaBufferTarget = Samples;
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
