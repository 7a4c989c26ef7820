// delegate_generic.rs, with the derive's output and dma-buffer's macros expanded
// (`bash scripts/expand-final.sh`).
/// A generic handle with a `PhantomData` marker besides its buffer.
#[dma(delegate)]
pub struct Channel<B, const CH : u8> {
    buffer: B,
    channel: core::marker::PhantomData<[(); CH as usize]>,
}
unsafe impl<B, const CH : u8> ::dma_buffer::DmaWriteBuffer for
    Channel<B, CH> where B: ::dma_buffer::DmaWriteBuffer,
    core::marker::PhantomData<[(); CH as
        usize]>: ::dma_buffer::derived::IsPhantomData {
    type Word = <B as ::dma_buffer::DmaWriteBuffer>::Word;
    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
        let Self { buffer: _, channel: _ } = self;
        let _: *const B = &raw const self.buffer;
        <B as
                ::dma_buffer::DmaWriteBuffer>::dma_write_buffer(&mut self.buffer)
    }
}
