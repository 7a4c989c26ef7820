// A `DmaQueue` keeps its `BBQueue` to itself: no `storage()` to build a second queue on its
// bytes (the third adversarial review), and no handle for bbqueue's framed producer, whose
// unchecked header arithmetic grants about `usize::MAX` bytes in a release build (the fifth);
// and no notifier of the user's, which bbqueue runs inside a grant's commit (the sixth).
#![forbid(unsafe_code)]

use bbqueue::traits::bbqhdl::BbqHandle;
use bbqueue::traits::coordination::cas::AtomicCoord;
use bbqueue::traits::storage::Inline;
use dma_buffer::sources::bbqueue::DmaQueue;

static RX: DmaQueue<Inline<8>, AtomicCoord> = DmaQueue::new();

fn main() {
    let _storage = RX.storage();
    let _framed = BbqHandle::framed_producer::<usize>(&&RX);
    let _notified: DmaQueue<Inline<8>, AtomicCoord, Evil> = DmaQueue::new();
}

/// A notifier that would take a grant and panic inside bbqueue's `commit`.
struct Evil;
