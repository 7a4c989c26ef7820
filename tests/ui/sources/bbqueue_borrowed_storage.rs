// A `DmaQueue` over borrowed storage would leave the storage to its owner, who can build a
// second queue on it: only storage the queue owns is taken.
#![forbid(unsafe_code)]

use bbqueue::traits::coordination::cas::AtomicCoord;
use bbqueue::traits::storage::Inline;
use dma_buffer::sources::bbqueue::DmaQueue;

static STORAGE: Inline<8> = Inline::new();

fn main() {
    let _queue: DmaQueue<&'static Inline<8>, AtomicCoord> = DmaQueue::new_with_storage(&STORAGE);
}
