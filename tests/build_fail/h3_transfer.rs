//@ features: derive
//@ error: 1 byte of padding between `a` (offset 0, 3 bytes) and `b` (offset 4)
//@ error: H<3> as dma_buffer::derived::WriteFields>::LAYOUT`
// A transfer, owned or scoped, takes its pointer from the buffer, which evaluates the check.
#[path = "support/h.rs"]
mod support;

use dma_buffer::sim::SimChannel;
use dma_buffer::transfer::{scope_write, Transfer};
use support::{h, H};

fn main() {
    let mut on_stack: H<3> = h();
    let mut channel = SimChannel::<u8>::new();
    let _ = scope_write(&mut channel, &mut on_stack, |rx| rx.wait());
    let _ = Transfer::write(Box::new(h::<3>()), channel).wait();
}
