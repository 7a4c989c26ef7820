// derive: DmaWriteBuffer
/// A generic handle with a `PhantomData` marker besides its buffer.
#[dma(delegate)]
pub struct Channel<B, const CH: u8> {
    buffer: B,
    channel: core::marker::PhantomData<[(); CH as usize]>,
}
