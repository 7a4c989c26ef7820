/// A HAL re-exporting the derive points it at its re-export of `dma_buffer`.
#[dma(crate = my_hal::dma_buffer)]
#[repr(C)]
pub struct Samples {
    left: [i16; 64],
    right: [i16; 64],
}
