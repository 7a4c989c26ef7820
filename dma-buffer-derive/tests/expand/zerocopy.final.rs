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
unsafe impl ::dma_buffer::DmaReadTarget for Header where
    Self: ::dma_buffer::__private::zerocopy::IntoBytes +
    ::dma_buffer::__private::zerocopy::Immutable {
    type Word = u8;
    #[inline(always)]
    fn read_word_len(_: *const Self) -> usize {
        ::dma_buffer::__private::core::mem::size_of::<Self>()
    }
}
unsafe impl ::dma_buffer::__private::embedded_dma::ReadTarget for Header
    where for<'__dma> Self: ::dma_buffer::__private::zerocopy::IntoBytes +
    ::dma_buffer::__private::zerocopy::Immutable {
    type Word = u8;
}
unsafe impl ::dma_buffer::DmaWriteTarget for Header where
    Self: ::dma_buffer::__private::zerocopy::FromBytes +
    ::dma_buffer::__private::zerocopy::IntoBytes +
    ::dma_buffer::__private::zerocopy::Immutable {
    type Word = u8;
    #[inline(always)]
    fn write_word_len(_: *mut Self) -> usize {
        ::dma_buffer::__private::core::mem::size_of::<Self>()
    }
}
unsafe impl ::dma_buffer::__private::embedded_dma::WriteTarget for Header
    where for<'__dma> Self: ::dma_buffer::__private::zerocopy::FromBytes +
    ::dma_buffer::__private::zerocopy::IntoBytes +
    ::dma_buffer::__private::zerocopy::Immutable {
    type Word = u8;
}
