//! `CacheMaintained` on the simulated engine with a recording cache: every job's memory is
//! cleaned before the engine starts, a destination is invalidated exactly once after its end
//! is observed, and a destination not on whole lines is refused before anything is touched.

#![cfg(feature = "std")]

use std::sync::{Arc, Mutex};

use dma_buffer::cache::{CacheAligned, CacheError, CacheMaintained, DataCache, LINE};
use dma_buffer::sim::SimChannel;
use dma_buffer::transfer::{scope_copy, scope_write, Transfer};
use dma_buffer::DmaChannel;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    /// A clean of `(address, bytes)`.
    Clean(usize, usize),
    Invalidate(usize, usize),
}

/// A cache that records what it is asked to do.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Op>>>);

impl Recorder {
    fn ops(&self) -> Vec<Op> {
        self.0.lock().unwrap().clone()
    }
}

// SAFETY: it touches no memory at all: the host's memory is coherent.
unsafe impl DataCache for Recorder {
    fn clean(&self, address: usize, bytes: usize) {
        self.0.lock().unwrap().push(Op::Clean(address, bytes));
    }
    fn invalidate(&self, address: usize, bytes: usize) {
        self.0.lock().unwrap().push(Op::Invalidate(address, bytes));
    }
}

fn cached<W: dma_buffer::Word>() -> (CacheMaintained<SimChannel<W>, Recorder>, Recorder) {
    let cache = Recorder::default();
    (
        CacheMaintained::new(SimChannel::new(), cache.clone()),
        cache,
    )
}

#[test]
fn a_receive_is_cleaned_before_and_invalidated_once_after() {
    let (channel, cache) = cached::<u32>();
    channel.inner().peripheral().receive(&[9; 8]);
    let rx = Box::new(CacheAligned::new([0u32; 8]));
    let start = rx.as_ptr() as usize;
    assert_eq!(start % LINE, 0);
    let transfer = channel.receive(rx);
    assert_eq!(
        cache.ops(),
        [Op::Clean(start, 32)],
        "cleaned before the engine starts"
    );
    let (rx, channel) = transfer.wait().unwrap();
    assert_eq!(**rx, [9; 8]);
    // Polling the idle channel again must not invalidate again: the CPU owns the buffer now.
    assert!(channel.status().is_ended());
    assert_eq!(
        cache.ops(),
        [Op::Clean(start, 32), Op::Invalidate(start, 32)]
    );
}

#[test]
fn a_send_is_only_cleaned_and_needs_no_alignment() {
    let (channel, cache) = cached::<u8>();
    let frame: &'static [u8] = b"unaligned";
    let (_, channel) = Transfer::read(frame, channel).wait().unwrap();
    assert_eq!(channel.inner().peripheral().transmitted(), frame);
    assert_eq!(cache.ops(), [Op::Clean(frame.as_ptr() as usize, 9)]);
}

#[test]
fn a_destination_off_the_lines_is_refused_untouched() {
    let (mut channel, cache) = cached::<u8>();
    let uart = channel.inner().peripheral();
    uart.receive(&[1; 32]);
    let mut memory = CacheAligned::new([0u8; 64]);
    let off_line = &mut memory[4..36];
    let address = off_line.as_ptr() as usize;
    let outcome = scope_write(&mut channel, off_line, |rx| rx.wait());
    assert_eq!(
        outcome,
        Err(CacheError::NotLineAligned { address, bytes: 32 })
    );
    assert_eq!(*memory, [0; 64]);
    assert_eq!(uart.pending(), 32, "the engine never started");
    assert!(cache.ops().is_empty(), "no line was cleaned or discarded");

    // A partial last line is refused too.
    let outcome = scope_write(&mut channel, &mut memory[..33], |rx| rx.wait());
    assert!(matches!(
        outcome,
        Err(CacheError::NotLineAligned { bytes: 33, .. })
    ));
}

#[test]
fn a_stopped_receive_is_invalidated_once() {
    let (mut channel, cache) = cached::<u16>();
    channel.inner().peripheral().receive(&[5, 6]);
    let mut rx = CacheAligned::new([0u16; 16]);
    let start = rx.as_ptr() as usize;
    scope_write(&mut channel, &mut rx, |rx| {
        while rx.channel().inner().transferred() < 2 {
            std::thread::yield_now();
        }
        rx.stop();
    });
    assert_eq!(rx[..3], [5, 6, 0]);
    assert_eq!(
        cache.ops(),
        [Op::Clean(start, 32), Op::Invalidate(start, 32)]
    );
}

#[test]
fn a_copy_cleans_both_and_invalidates_the_destination() {
    let (mut channel, cache) = cached::<u32>();
    let source = [3u32; 8];
    let mut destination = CacheAligned::new([0u32; 8]);
    let (from, to) = (source.as_ptr() as usize, destination.as_ptr() as usize);
    scope_copy(&mut channel, &source, &mut destination, |copy| copy.wait()).unwrap();
    assert_eq!(*destination, source);
    assert_eq!(
        cache.ops(),
        [
            Op::Clean(from, 32),
            Op::Clean(to, 32),
            Op::Invalidate(to, 32)
        ]
    );
}

/// A frame that proves its cache lines itself: `#[dma(cache_line = 32)]` on the derive.
#[cfg(feature = "derive")]
#[derive(dma_buffer::DmaWriteBuffer)]
#[dma(cache_line = 32)]
#[repr(C, align(32))]
struct LineFrame {
    header: [u16; 4],
    payload: [u16; 28],
}

/// The same, generic over its payload: proved for each instantiation the channel takes.
#[cfg(feature = "derive")]
#[derive(dma_buffer::DmaWriteBuffer)]
#[dma(cache_line = 32)]
#[repr(C, align(32))]
struct Lines<const N: usize>([u16; N]);

#[cfg(feature = "derive")]
#[test]
fn derived_frames_on_whole_lines_are_received_without_a_wrapper() {
    let (channel, cache) = cached::<u16>();
    channel.inner().peripheral().receive(&[3; 32]);
    let rx = Box::new(LineFrame {
        header: [0; 4],
        payload: [0; 28],
    });
    let start = &*rx as *const LineFrame as usize;
    let (rx, channel) = channel.receive(rx).wait().unwrap();
    assert_eq!((rx.header, rx.payload), ([3; 4], [3; 28]));
    assert_eq!(
        cache.ops(),
        [Op::Clean(start, 64), Op::Invalidate(start, 64)]
    );
    channel.inner().peripheral().receive(&[5; 16]);
    let (lines, _channel) = channel.receive(Box::new(Lines([0u16; 16]))).wait().unwrap();
    assert_eq!(lines.0, [5; 16]);
}
