// Sending a `MaybeUninit` buffer would hand uninitialized bytes to the peripheral.
use core::mem::MaybeUninit;
use dma_buffer::{sim::SimChannel, transfer::Transfer};

fn main() {
    let buffer = Box::new(MaybeUninit::<[u8; 16]>::uninit());
    let _transfer = Transfer::read(buffer, SimChannel::<u8>::new());
}
