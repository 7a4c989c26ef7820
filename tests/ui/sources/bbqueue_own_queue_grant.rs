// Found by the third adversarial review: bbqueue 0.7 implements `Storage` for `&Inline<N>`,
// and `BBQueue::storage` is safe, so a second queue on a `BBQueue`'s storage hands out
// `&mut [u8]` over the bytes the engine writes for the first one's grant. So the grants of a
// `BBQueue` of the user's own are no DMA buffers; only a `DmaQueue`'s are.
#![forbid(unsafe_code)]

use bbqueue::nicknames::Churrasco;
use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
use bbqueue::{traits::storage::Inline, BBQueue};
use dma_buffer::sim::SimChannel;
use dma_buffer::transfer::Transfer;

static RX: Churrasco<8> = Churrasco::new();

fn main() {
    let channel = SimChannel::<u8>::new();
    let grant = RX.stream_producer().grant_exact(8).unwrap();
    let transfer = Transfer::write(grant, channel);
    let twin: BBQueue<&'static Inline<8>, AtomicCoord, Polling> =
        BBQueue::new_with_storage(RX.storage());
    let mut alias = twin.stream_producer().grant_exact(8).unwrap();
    alias[0] = 1; // while the engine writes the same byte
    drop(transfer);
}
