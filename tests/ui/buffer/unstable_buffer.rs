// The seed's `UnstableBuffer` reallocates in `deref_mut`, so it is not `StableDeref`.
use std::ops::{Deref, DerefMut};

use dma_buffer::DmaWriteBuffer;

struct UnstableBuffer {
    inner: Box<[u8; 16]>,
}

impl Deref for UnstableBuffer {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &*self.inner
    }
}

impl DerefMut for UnstableBuffer {
    fn deref_mut(&mut self) -> &mut [u8] {
        // Frees the memory a running DMA transfer would still be writing.
        self.inner = Box::new([0; 16]);
        &mut *self.inner
    }
}

fn start_rx<B: DmaWriteBuffer>(_buffer: B) {}

fn main() {
    let rx = UnstableBuffer {
        inner: Box::new([0; 16]),
    };
    start_rx(rx);
}
