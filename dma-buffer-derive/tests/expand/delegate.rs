/// A handle whose one field is a DMA buffer.
#[dma(delegate)]
pub struct RxBuf(&'static mut [u8; 256]);
