//@ error: `CacheAligned<T>` needs `T`'s size to be a nonzero multiple of the 32-byte cache line
// The check runs on the buffer route too, for a value built without `new` (here, zeroed).
use dma_buffer::cache::CacheAligned;
use dma_buffer::DmaWriteBuffer;

fn main() {
    let mut rx: Box<CacheAligned<[u16; 20]>> = dma_buffer::zeroed_box();
    let _ = rx.dma_write_buffer();
}
