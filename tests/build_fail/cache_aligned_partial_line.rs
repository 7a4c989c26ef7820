//@ error: `CacheAligned<T>` needs `T`'s size to be a nonzero multiple of the 32-byte cache line
// 60 bytes leave the last line partly filled: another object could share it.
fn main() {
    let _ = dma_buffer::cache::CacheAligned::new([0u8; 60]);
}
