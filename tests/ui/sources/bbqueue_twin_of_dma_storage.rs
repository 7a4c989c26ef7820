// The storage whose queues' grants are DMA buffers cannot be shared: nothing implements
// bbqueue's `Storage` for `&DmaStorage<N>`, so no second queue is built on a queue's bytes.
#![forbid(unsafe_code)]

use bbqueue::traits::{coordination::cas::AtomicCoord, notifier::polling::Polling};
use bbqueue::BBQueue;
use dma_buffer::sources::bbqueue::DmaStorage;

static RX: BBQueue<DmaStorage<8>, AtomicCoord, Polling> = BBQueue::new();

fn main() {
    let twin: BBQueue<&'static DmaStorage<8>, AtomicCoord, Polling> =
        BBQueue::new_with_storage(RX.storage());
    let _alias = twin.stream_producer().grant_exact(8);
}
