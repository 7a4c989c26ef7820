// `#[dma(cache_line = 32)]` proves at compile time that a frame starts on and fills whole
// 32-byte lines; each way to miss is an error at the attribute that says what to change.
use dma_buffer::DmaWriteBuffer;

/// Not aligned to the line: `repr(C)` alone aligns it to its words.
#[derive(DmaWriteBuffer)]
#[dma(cache_line = 32)]
#[repr(C)]
struct Unaligned([u8; 64]);

/// Aligned, but 48 bytes: the second line is half the frame's.
#[derive(DmaWriteBuffer)]
#[dma(cache_line = 32)]
#[repr(C, align(32))]
struct HalfLine([u8; 48]);

/// Not a power of two.
#[derive(DmaWriteBuffer)]
#[dma(cache_line = 24)]
#[repr(C, align(32))]
struct OddLine([u8; 64]);

fn main() {}
