//! What `dma_write_buffer()` costs for derived buffers: each derived call below has a
//! hand-written twin that returns the same `(ptr, len)` without the derive, and
//! `.ci/zero-cost.sh` checks that the two compile to the same instructions for
//! `thumbv7em-none-eabihf` in release. `#[no_mangle]` names the functions in the object file;
//! `#[inline(never)]` keeps their bodies there.
#![no_std]

use dma_buffer::DmaWriteBuffer;

/// A frame of 32 `u32` words, checked where it is defined.
#[derive(DmaWriteBuffer)]
#[repr(C)]
pub struct Frame {
    /// The header words.
    pub hdr: [u32; 2],
    /// The payload words.
    pub body: [u32; 30],
}

/// A const-generic frame viewed as bytes, checked per instantiation: `G<12>` is 12 + 20 = 32
/// bytes without padding.
#[derive(DmaWriteBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct G<const N: usize> {
    /// The header bytes.
    pub hdr: [u8; N],
    /// The payload words.
    pub body: [u32; 5],
}

/// The derived buffer of a `&'static mut Frame`.
#[no_mangle]
#[inline(never)]
pub fn derived_frame(buffer: &mut &'static mut Frame) -> (*mut u32, usize) {
    buffer.dma_write_buffer()
}

/// What [`derived_frame`] must compile to: the frame's address and its 32 words.
#[no_mangle]
#[inline(never)]
pub fn hand_frame(buffer: &mut &'static mut Frame) -> (*mut u32, usize) {
    ((&mut **buffer as *mut Frame).cast(), 32)
}

/// The derived buffer of a `&'static mut G<12>`.
#[no_mangle]
#[inline(never)]
pub fn derived_g12(buffer: &mut &'static mut G<12>) -> (*mut u8, usize) {
    buffer.dma_write_buffer()
}

/// What [`derived_g12`] must compile to: the frame's address and its 32 bytes.
#[no_mangle]
#[inline(never)]
pub fn hand_g12(buffer: &mut &'static mut G<12>) -> (*mut u8, usize) {
    ((&mut **buffer as *mut G<12>).cast(), 32)
}

/// The check's control, which it must tell apart from [`derived_frame`]: one word short.
#[no_mangle]
#[inline(never)]
pub fn hand_frame_one_word_short(buffer: &mut &'static mut Frame) -> (*mut u32, usize) {
    ((&mut **buffer as *mut Frame).cast(), 31)
}
