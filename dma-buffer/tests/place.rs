//! `place!` hands out its memory exactly once, however it is called: in a loop, twice from a
//! function, recursively from its own initializer, from racing threads (standing in for an
//! interrupt or a second core), after a panicking initializer. Every test writes through the
//! reference it gets, so Miri (`.ci/miri.sh`) would see two of them alias.

// The section names are ELF's; Mach-O would want "segment,section".
#![cfg(all(feature = "std", target_os = "linux"))]

use std::cell::Cell;
use std::mem::MaybeUninit;
use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use dma_buffer::sim::SimChannel;
use dma_buffer::transfer::Transfer;
use dma_buffer::{place, DmaWriteBuffer};

#[test]
fn a_loop_gets_the_memory_on_its_first_iteration_only() {
    let mut got = Vec::new();
    for _ in 0..3 {
        got.push(place!(".dma_test", [u32; 4]));
    }
    let mut got = got.into_iter();
    let first = got
        .next()
        .unwrap()
        .expect("the first iteration gets the memory");
    assert_eq!(*first, [0; 4], "zeroed in place");
    first[3] = 7;
    assert!(got.all(|later| later.is_none()));
}

/// One place in a function: every call runs the same expansion.
fn rx_buffer() -> Option<&'static mut [u8; 8]> {
    place!(".dma_test", [u8; 8])
}

#[test]
fn a_function_called_twice_gets_it_once() {
    let rx = rx_buffer().unwrap();
    rx.copy_from_slice(b"received");
    assert!(rx_buffer().is_none());
    assert_eq!(rx, b"received");
}

#[test]
fn the_initializer_runs_only_in_the_call_that_gets_the_memory() {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    fn counted() -> Option<&'static mut u64> {
        place!(
            ".dma_test",
            u64 = {
                RUNS.fetch_add(1, Ordering::Relaxed);
                41
            }
        )
    }
    let value = counted().unwrap();
    *value += 1;
    assert!(counted().is_none());
    assert_eq!((*value, RUNS.load(Ordering::Relaxed)), (42, 1));
}

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// A place whose initializer calls its own function again, as an interrupt handler running
/// the same code in the middle of the first call would.
fn reentrant() -> Option<&'static mut [u16; 2]> {
    place!(
        ".dma_test",
        [u16; 2] = {
            DEPTH.with(|depth| depth.set(depth.get() + 1));
            assert!(reentrant().is_none(), "the re-entered call must not get it");
            [1, 2]
        }
    )
}

#[test]
fn a_call_reentered_from_the_initializer_gets_nothing() {
    let pair = reentrant().unwrap();
    pair[0] = 9;
    assert_eq!(*pair, [9, 2]);
    assert_eq!(DEPTH.with(Cell::get), 1);
    assert!(reentrant().is_none());
}

#[test]
fn racing_threads_get_it_once() {
    fn shared() -> Option<&'static mut [u32; 2]> {
        place!(".dma_test", [u32; 2])
    }
    let winners: Vec<_> = (0..4)
        .map(|id| {
            thread::spawn(move || {
                shared().map(|memory| {
                    memory[0] = id;
                    id
                })
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(|thread| thread.join().unwrap())
        .collect();
    assert_eq!(winners.len(), 1);
}

#[test]
fn a_panicking_initializer_leaves_the_place_taken() {
    fn fragile(fail: bool) -> Option<&'static mut [u8; 4]> {
        place!(
            ".dma_test",
            [u8; 4] = {
                assert!(!fail, "the initializer fails");
                *b"fine"
            }
        )
    }
    assert!(panic::catch_unwind(|| fragile(true)).is_err());
    // The memory was claimed and never initialized: it is never handed out.
    assert!(fragile(false).is_none());
}

#[test]
fn uninitialized_memory_is_a_write_target_too() {
    let rx = place!(".dma_test", MaybeUninit<[u8; 3]>).unwrap();
    let channel = SimChannel::<u8>::new();
    channel.peripheral().receive(b"abc");
    let (rx, _channel) = Transfer::write(rx, channel).wait().unwrap();
    // SAFETY: the engine wrote all three bytes.
    assert_eq!(unsafe { rx.assume_init() }, *b"abc");
}

#[cfg(feature = "derive")]
#[test]
fn a_placed_frame_receives_a_transfer() {
    #[derive(dma_buffer::DmaWriteBuffer)]
    #[repr(C)]
    struct Frame {
        header: [u8; 2],
        body: [u8; 4],
    }

    let mut frame: &'static mut Frame = place!(".dma_test", Frame).unwrap();
    assert_eq!(frame.dma_write_buffer().1, 6);
    let channel = SimChannel::<u8>::new();
    channel.peripheral().receive(b"\x02\x04data");
    let (frame, _channel) = Transfer::write(frame, channel).wait().unwrap();
    assert_eq!((frame.header, frame.body), ([2, 4], *b"data"));
}
