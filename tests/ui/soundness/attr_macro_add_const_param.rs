// Found by the third adversarial review (sound, kept as a regression case): an attribute macro
// after the derive adds a defaulted const parameter, `Samples<const N: usize = 4>`, and makes
// the field `[u16; N]`. The derive's impls, written for `Samples`, then hold for `Samples<4>`
// alone, whose field is still the `[u16; 4]` they were checked for; `Samples<3>` is no target.
#![forbid(unsafe_code)]

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[hostile_macros::add_const_param]
#[repr(C)]
pub struct Samples {
    left: [u16; 4],
}

fn send<B: DmaReadBuffer<Word = u16>>(buffer: B) -> usize {
    buffer.dma_read_buffer().1
}

fn main() {
    send(Box::new(Samples::<4> { left: [0; 4] }));
    send(Box::new(Samples::<3> { left: [0; 3] }));
}
