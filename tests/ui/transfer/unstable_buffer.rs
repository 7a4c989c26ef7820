// The seed's `UnstableBuffer` frees the memory the engine writes on every `deref_mut`.
use core::ops::{Deref, DerefMut};
use dma_buffer::{sim::SimChannel, transfer::Transfer};

struct UnstableBuffer {
    inner: Box<[u8; 16]>,
}

impl Deref for UnstableBuffer {
    type Target = [u8; 16];
    fn deref(&self) -> &[u8; 16] {
        &self.inner
    }
}

impl DerefMut for UnstableBuffer {
    fn deref_mut(&mut self) -> &mut [u8; 16] {
        self.inner = Box::new([0; 16]);
        &mut self.inner
    }
}

fn main() {
    let buffer = UnstableBuffer { inner: Box::new([0; 16]) };
    let _transfer = Transfer::write(buffer, SimChannel::<u8>::new());
}
