//! bbqueue 0.7 grants on the simulated engine: it writes a write grant and reads a read grant
//! through their raw pointers while the transfers move, stop, drop and are forgotten. Run under
//! Miri by `.ci/sources.sh`: a region handed out twice, or touched after its grant ended, is a
//! data race or an aliasing violation there.

#![cfg(all(feature = "std", feature = "bbqueue"))]

use std::mem;
use std::thread;
use std::time::Duration;

use bbqueue::traits::coordination::cas::AtomicCoord;
use bbqueue::traits::coordination::{ReadGrantError, WriteGrantError};
use bbqueue::traits::storage::Inline;
use dma_buffer::sim::SimChannel;
use dma_buffer::sources::bbqueue::DmaQueue;
use dma_buffer::transfer::{scope_write, Transfer};

/// A queue whose grants are DMA buffers.
type Queue<const N: usize> = DmaQueue<Inline<N>, AtomicCoord>;

/// Moves a value through a function call, retagging it.
#[inline(never)]
fn relay<T>(value: T) -> T {
    value
}

#[test]
fn a_write_grant_is_filled_then_committed_and_read() {
    static QUEUE: Queue<8> = Queue::new();
    let channel = SimChannel::<u8>::new();
    let uart = channel.peripheral();
    let grant = QUEUE.producer().grant_exact(6).unwrap();
    let mut transfer = Transfer::write(grant, channel);
    for pair in [b"ab", b"cd", b"ef"] {
        uart.receive(pair);
        transfer = relay(transfer);
    }
    let (grant, channel) = transfer.wait().unwrap();
    grant.commit(6);

    let consumer = QUEUE.consumer();
    let chunk = consumer.read().unwrap();
    assert_eq!(chunk.bytes(), b"abcdef");
    let (chunk, _channel) = Transfer::read(relay(chunk), channel).wait().unwrap();
    chunk.release(6);
    assert_eq!(uart.transmitted(), b"abcdef");
    assert_eq!(consumer.read().err(), Some(ReadGrantError::Empty));
}

#[test]
fn a_stopped_receive_commits_only_what_arrived() {
    static QUEUE: Queue<8> = Queue::new();
    let channel = SimChannel::<u8>::new();
    channel.peripheral().receive(b"hi");
    let grant = QUEUE.producer().grant_exact(8).unwrap();
    let transfer = Transfer::write(grant, channel);
    while transfer.channel().transferred() < 2 {
        thread::yield_now();
    }
    let (grant, channel) = transfer.stop();
    grant.commit(channel.transferred());
    let read = QUEUE.consumer().read().unwrap();
    assert_eq!(read.bytes(), b"hi");
    read.release(2);
    // The six bytes not committed went back to the producer.
    assert!(QUEUE.producer().grant_exact(6).is_ok());
}

#[test]
fn a_dropped_transfer_stops_the_engine_then_frees_the_region() {
    static QUEUE: Queue<4> = Queue::new();
    let grant = QUEUE.producer().grant_exact(4).unwrap();
    drop(Transfer::write(grant, SimChannel::<u8>::new()));
    // The grant's destructor committed nothing and ended the grant: the region is free.
    let again = QUEUE.producer().grant_exact(4).unwrap();
    again.commit(0);
    assert_eq!(QUEUE.consumer().read().err(), Some(ReadGrantError::Empty));
}

/// A channel slow enough to be still running when its transfer is forgotten.
fn slow_channel() -> SimChannel<u8> {
    let mut channel = SimChannel::new();
    channel.set_word_delay(Duration::from_millis(1));
    channel
}

#[test]
fn a_grant_larger_than_the_queue_is_refused_before_bbqueue_sees_it() {
    static QUEUE: Queue<4> = Queue::new();
    let producer = QUEUE.producer();
    // Past the write index's start, bbqueue 0.7's `grant_exact(usize::MAX)` would wrap its
    // bounds check in a release build and grant about `usize::MAX` bytes.
    producer.grant_exact(1).unwrap().commit(1);
    for size in [5, usize::MAX - 1, usize::MAX] {
        assert_eq!(
            producer.grant_exact(size).err(),
            Some(WriteGrantError::InsufficientSize),
            "{size}"
        );
    }
    assert_eq!(producer.grant_exact(3).unwrap().len(), 3);
}

/// Asserts the queue hands out no write grant and no read grant, with these errors.
fn assert_refuses<const N: usize>(queue: &Queue<N>, write: WriteGrantError, read: ReadGrantError) {
    assert_eq!(queue.producer().grant_max_remaining(N).err(), Some(write));
    assert_eq!(queue.consumer().read().err(), Some(read));
}

#[test]
#[cfg_attr(
    miri,
    ignore = "leaks the channel by design: .ci/sources.sh runs it with -Zmiri-ignore-leaks"
)]
fn a_forgotten_write_grant_stays_reserved_while_the_engine_writes() {
    static QUEUE: Queue<8> = Queue::new();
    let channel = slow_channel();
    let uart = channel.peripheral();
    let grant = QUEUE.producer().grant_exact(4).unwrap();
    mem::forget(Transfer::write(grant, channel));
    uart.receive(b"late");
    // While (and after) the engine writes, the queue never hands the region out again: no
    // other write grant, and nothing readable.
    while uart.pending() > 0 {
        assert_refuses(
            &QUEUE,
            WriteGrantError::GrantInProgress,
            ReadGrantError::Empty,
        );
        thread::yield_now();
    }
    assert_refuses(
        &QUEUE,
        WriteGrantError::GrantInProgress,
        ReadGrantError::Empty,
    );
}

#[test]
#[cfg_attr(
    miri,
    ignore = "leaks the channel by design: .ci/sources.sh runs it with -Zmiri-ignore-leaks"
)]
fn a_forgotten_read_grant_is_never_released_while_the_engine_reads() {
    static QUEUE: Queue<8> = Queue::new();
    let mut chunk = QUEUE.producer().grant_exact(8).unwrap().into_inner();
    chunk.copy_from_slice(b"12345678");
    chunk.commit(8);
    let channel = slow_channel();
    let uart = channel.peripheral();
    let grant = QUEUE.consumer().read().unwrap();
    mem::forget(Transfer::read(grant, channel));
    while uart.transmitted().len() < 8 {
        // The bytes being sent are never released, so no write grant covers them.
        assert_refuses(
            &QUEUE,
            WriteGrantError::InsufficientSize,
            ReadGrantError::GrantInProgress,
        );
        thread::yield_now();
    }
    assert_eq!(uart.transmitted(), b"12345678");
}

#[cfg(feature = "bbqueue-alloc")]
#[test]
#[cfg_attr(
    miri,
    ignore = "leaks the queue by design: .ci/miri.sh runs it with -Zmiri-ignore-leaks"
)]
fn a_leaked_queue_over_heap_storage_lends_static_grants_to_other_threads() {
    use bbqueue::traits::storage::BoxedSlice;
    let queue: &'static DmaQueue<BoxedSlice, AtomicCoord> =
        Box::leak(Box::new(DmaQueue::new_with_storage(BoxedSlice::new(4))));
    let grant = queue.producer().grant_exact(3).unwrap();
    let channel = SimChannel::<u8>::new();
    channel.peripheral().receive(b"box");
    let transfer = thread::spawn(move || Transfer::write(grant, channel).wait().unwrap());
    let (grant, _channel) = transfer.join().unwrap();
    grant.commit(3);
    assert_eq!(queue.consumer().read().unwrap().bytes(), b"box");
}

#[test]
fn a_local_queue_lends_its_grants_to_a_scope() {
    let queue: Queue<4> = DmaQueue::new();
    let mut channel = SimChannel::<u8>::new();
    channel.peripheral().receive(b"ok");
    let mut grant = queue.producer().grant_exact(2).unwrap();
    scope_write(&mut channel, &mut grant, |rx| rx.wait()).unwrap();
    grant.commit(2);
    assert_eq!(queue.consumer().read().unwrap().bytes(), b"ok");
}
