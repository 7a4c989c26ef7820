//! DMA buffers that are safe by construction.
//!
//! A DMA engine reads and writes memory behind the compiler's back, for as long as a transfer
//! runs. A buffer handed to it must therefore be:
//!
//! 1. a pointer: the memory is not inside the moved value ([`StableDeref`]);
//! 2. stable: dereferencing it always yields the same memory ([`StableDeref`]);
//! 3. valid if the buffer is leaked with `mem::forget`: `'static` ([`StaticReadBuffer`],
//!    [`StaticWriteBuffer`]), or an `unsafe` constructor for borrowed buffers;
//! 4. valid for every bit pattern: runs of [`Word`]s ([`DmaReadTarget`], [`DmaWriteTarget`]).
//!
//! [`DmaReadBuffer`] and [`DmaWriteBuffer`] encode 1, 2 and 4; they are blanket-implemented
//! for every [`StableDeref`] pointer to a target, so a HAL takes `B: StaticWriteBuffer` and its
//! users pass `&'static mut [u8; N]`, `Box<[u16]>`, `Vec<u32>` or a pointer to their own
//! `#[derive(DmaWriteBuffer)]` struct, and nothing else compiles.
//!
//! ```
//! use dma_buffer::{DmaWriteBuffer, StaticWriteBuffer};
//!
//! /// What a HAL's receive function looks like.
//! fn start_rx<B: StaticWriteBuffer<Word = u8>>(mut buffer: B) -> B {
//!     let (ptr, len) = buffer.dma_write_buffer();
//!     // ... program the DMA channel with `ptr` and `len` ...
//!     # let _ = (ptr, len);
//!     buffer
//! }
//!
//! static mut RX: [u8; 64] = [0; 64];
//! // SAFETY: the only reference ever made to `RX`.
//! let rx: &'static mut [u8; 64] = unsafe { &mut *core::ptr::addr_of_mut!(RX) };
//! start_rx(rx);
//! ```
//!
//! # Which buffers are accepted
//!
//! | buffer | read | write |
//! | --- | --- | --- |
//! | `&[W]`, `&[W; N]`, `&str`, `&mut str` | yes | no |
//! | `&mut [W]`, `&mut [W; N]` | yes | yes |
//! | `&mut MaybeUninit<[W; N]>`, `&mut [MaybeUninit<W>]` | no | yes |
//! | `Box<[W]>`, `Box<[W; N]>`, `Vec<W>` (its `len()`) | yes | yes |
//! | `Box<[MaybeUninit<W>]>` | no | yes |
//! | `Rc<[W]>`, `Arc<[W]>`, `String`, `Box<str>` | yes | no |
//! | `[W; N]` by value, `&mut Vec<W>`, `Box<Vec<W>>`, a non-`StableDeref` wrapper | no | no |
//! | elements `bool`, `char`, `f32`, `usize`, `NonZeroU8`, references | no | no |
//!
//! `W` is any [`Word`]. Buffers that borrow (`&'a mut [u8]`) are buffers, but
//! [`StaticWriteBuffer`] only when `'a` is `'static`.
//!
//! # Cargo features
//!
//! None is on by default, so the crate is `no_std` without `alloc`:
//! - `alloc`: `Box`, `Vec`, `String`, `Rc`, `Arc` buffers;
//! - `std`: implies `alloc`;
//! - `derive`: `#[derive(DmaReadBuffer, DmaWriteBuffer)]`, re-exported under the traits' names.
//!
//! [`StableDeref`]: stable_deref_trait::StableDeref
#![no_std]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]
#![deny(
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::undocumented_unsafe_blocks
)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod bridge;
mod buffer;
mod slice;
mod target;
mod word;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
#[cfg(feature = "std")]
pub mod sim;
pub mod transfer;

pub use buffer::{DmaReadBuffer, DmaWriteBuffer, StaticReadBuffer, StaticWriteBuffer};
pub use slice::{DmaSlice, OutOfRange};
pub use stable_deref_trait::StableDeref;
pub use target::{DmaReadTarget, DmaWriteTarget};
pub use transfer::{DmaChannel, Transfer};
pub use word::Word;

#[cfg(feature = "derive")]
pub use dma_buffer_derive::{DmaReadBuffer, DmaWriteBuffer};

#[cfg(feature = "embedded-dma")]
pub use bridge::embedded_dma;
#[cfg(feature = "zerocopy")]
pub use bridge::zerocopy;
