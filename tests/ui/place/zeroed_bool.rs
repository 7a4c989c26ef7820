// The zeroing form needs a DMA write target: all zero bits are a valid value only for those
// (here it would happen to be, but a DMA write of 2 into a `bool` would not).
fn main() {
    let _ = dma_buffer::place!(".axisram", [bool; 4]);
}
