//! `Reach` on the simulated engine: a job outside the declared regions ends on a fault before
//! the engine touches its memory or the peripheral; jobs inside run as on the bare channel.
//! Under Miri (`.ci/miri.sh`), a refused job that still ran would race with the checks here.

#![cfg(feature = "std")]

use dma_buffer::reach::{OutOfReach, Reach, Region};
use dma_buffer::sim::{SimChannel, SimFault};
use dma_buffer::transfer::{scope_copy, scope_write, Status, Transfer};
use dma_buffer::DmaChannel;

/// A channel reaching only `regions`.
fn reaching(regions: Vec<Region>) -> Reach<SimChannel<u16>> {
    Reach::new(SimChannel::new(), regions.leak())
}

#[test]
fn a_receive_outside_the_regions_writes_nothing_and_takes_nothing() {
    let reachable = vec![0u16; 4].leak();
    let mut channel = reaching(vec![Region::of(&*reachable)]);
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
    scope_write(&mut channel, &mut reachable[..3], |rx| rx.wait()).unwrap();
    assert_eq!(reachable[..3], [1, 2, 3]);
}

#[test]
fn a_buffer_straddling_the_end_of_a_region_is_refused() {
    let words: &'static mut [u16; 4] = vec![5u16; 4].leak().try_into().unwrap();
    // The region holds the first three words only.
    let region = Region::new(words.as_ptr() as usize, 6);
    let channel = reaching(vec![region]);
    let fault = Transfer::read(&*words, channel).wait().unwrap_err();
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
    let mut channel = reaching(vec![Region::of(&source)]);
    let outcome = scope_copy(&mut channel, &source, &mut destination, |copy| copy.wait());
    assert!(
        matches!(outcome, Err(OutOfReach::Unreachable { address, .. })
        if address == destination.as_ptr() as usize)
    );
    assert_eq!(destination, [0; 2]);
}

#[test]
fn the_channels_own_fault_is_passed_on() {
    let frame: &'static [u16] = vec![1u16, 2, 3].leak();
    let mut inner = SimChannel::new();
    inner.set_fault_after(Some(1));
    let channel = Reach::new(inner, vec![Region::of(frame)].leak());
    let fault = Transfer::read(frame, channel).wait().unwrap_err();
    assert_eq!(
        fault.error,
        OutOfReach::Channel(SimFault { after_words: 1 })
    );
}
