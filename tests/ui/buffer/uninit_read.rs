// Reading uninitialized memory would send garbage: `MaybeUninit` buffers are write-only.
use std::mem::MaybeUninit;

use dma_buffer::DmaReadBuffer;

fn start_tx<B: DmaReadBuffer>(_buffer: B) {}

fn main() {
    let tx: &'static mut [MaybeUninit<u8>] = Box::leak(Box::new_uninit_slice(8));
    start_tx(tx);
}
