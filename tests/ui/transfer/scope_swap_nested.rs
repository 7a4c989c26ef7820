// Swapping nested transfers would make the inner scope end the outer job and not its own.
use dma_buffer::{sim::SimChannel, transfer::scope_write};

fn main() {
    let (mut outer_channel, mut inner_channel) = (SimChannel::<u8>::new(), SimChannel::<u8>::new());
    let (mut outer_buffer, mut inner_buffer) = ([0u8; 8], [0u8; 8]);
    scope_write(&mut outer_channel, &mut outer_buffer, |outer| {
        scope_write(&mut inner_channel, &mut inner_buffer, |inner| {
            core::mem::swap(outer, inner);
        });
    });
}
