//! `Reach` on the simulated engine: a job outside the declared regions ends on a fault before
//! the engine touches its memory or the peripheral; jobs inside run as on the bare channel.
//! Under Miri (`.ci/miri.sh`), a refused job that still ran would race with the checks here.

#![cfg(feature = "std")]

use dma_buffer::reach::{OutOfReach, Reach, Region};
use dma_buffer::sim::{SimChannel, SimFault};
use dma_buffer::transfer::{scope_copy, scope_read, scope_write, Status, Transfer};
use dma_buffer::DmaChannel;

#[test]
fn a_receive_outside_the_regions_writes_nothing_and_takes_nothing() {
    let mut reachable = [0u16; 3];
    let mut channel = Reach::new(SimChannel::<u16>::new(), [Region::of(&reachable)]);
    let uart = channel.inner().peripheral();
    uart.receive(&[1, 2, 3]);
    let mut elsewhere = [7u16; 3];
    let outcome = scope_write(&mut channel, &mut elsewhere, |rx| rx.wait());
    let expected = OutOfReach::Unreachable {
        address: elsewhere.as_ptr() as usize,
        bytes: 6,
    };
    assert_eq!(outcome, Err(expected));
    assert_eq!(elsewhere, [7; 3], "the memory is untouched");
    assert_eq!(uart.pending(), 3, "the peripheral's words are not taken");
    assert_eq!(channel.inner().transferred(), 0);

    // The same channel then runs a job in reach.
    scope_write(&mut channel, &mut reachable, |rx| rx.wait()).unwrap();
    assert_eq!(reachable, [1, 2, 3]);
}

#[test]
fn a_buffer_straddling_the_end_of_a_region_is_refused() {
    static WORDS: [u16; 4] = [5; 4];
    // The region holds the first three words only.
    let region = Region::new(WORDS.as_ptr() as usize, 6);
    let channel = Reach::new(SimChannel::<u16>::new(), [region]);
    let fault = Transfer::read(&WORDS, channel).wait().unwrap_err();
    assert!(matches!(
        fault.error,
        OutOfReach::Unreachable { bytes: 8, .. }
    ));
    let mut channel = fault.channel;
    assert!(channel.inner().peripheral().transmitted().is_empty());
    // The refusal is reported until the next start, or a stop.
    assert!(matches!(channel.status(), Status::Fault(_)));
    channel.stop();
    assert_eq!(channel.status(), Status::Idle);
}

#[test]
fn a_copy_needs_both_ends_in_reach() {
    let source = [1u16, 2];
    let mut destination = [0u16; 2];
    let mut channel = Reach::new(SimChannel::<u16>::new(), [Region::of(&source)]);
    let outcome = scope_copy(&mut channel, &source, &mut destination, |copy| copy.wait());
    assert!(
        matches!(outcome, Err(OutOfReach::Unreachable { address, .. })
        if address == destination.as_ptr() as usize)
    );
    assert_eq!(destination, [0; 2]);
}

#[test]
fn the_channels_own_fault_is_passed_on() {
    let frame = [1u16, 2, 3];
    let mut inner = SimChannel::new();
    inner.set_fault_after(Some(1));
    let mut channel = Reach::new(inner, vec![Region::of(&frame)]);
    let outcome = scope_read(&mut channel, &frame, |tx| tx.wait());
    assert_eq!(
        outcome,
        Err(OutOfReach::Channel(SimFault { after_words: 1 }))
    );
}
