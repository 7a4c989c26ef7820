/// Trait bounds on the parameters: taken, as paths, by the HAL pointer routes too.
#[repr(transparent)]
pub struct Samples<W: dma_buffer::Word + Copy, const N: usize>([W; N]);
