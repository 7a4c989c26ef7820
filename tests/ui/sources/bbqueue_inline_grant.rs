// Found by the third adversarial review: bbqueue 0.7 implements `Storage` for `&Inline<N>`,
// and `BBQueue::storage` is safe, so a second queue on a static `Inline` queue's storage hands
// out `&mut [u8]` over the bytes the engine writes for the first one's grant. The grants of
// `Inline` queues are therefore no DMA buffers; `DmaStorage<N>` queues' are.
#![forbid(unsafe_code)]

use bbqueue::nicknames::Churrasco;
use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
use bbqueue::{traits::storage::Inline, BBQueue};
use dma_buffer::sim::SimChannel;
use dma_buffer::sources::bbqueue::WriteGrant;
use dma_buffer::transfer::Transfer;

static RX: Churrasco<8> = Churrasco::new();

fn main() {
    let channel = SimChannel::<u8>::new();
    let grant = WriteGrant::exact(&RX.stream_producer(), 8).unwrap();
    let transfer = Transfer::write(grant, channel);
    let twin: BBQueue<&'static Inline<8>, AtomicCoord, Polling> =
        BBQueue::new_with_storage(RX.storage());
    let mut alias = twin.stream_producer().grant_exact(8).unwrap();
    alias[0] = 1; // while the engine writes the same byte
    drop(transfer);
}
