use dma_buffer::cache::DataCache;

/// The host's memory is coherent: nothing to maintain.
pub struct Coherent;

// SAFETY: it touches no cache line, and there is none to touch.
unsafe impl DataCache for Coherent {
    fn clean(&self, _: usize, _: usize) {}
    fn invalidate(&self, _: usize, _: usize) {}
}
