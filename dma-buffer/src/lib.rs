//! DMA buffers that are safe by construction.
//!
//! A DMA engine reads and writes memory behind the compiler's back, for as long as a transfer
//! runs. A buffer handed to it must therefore be:
//!
//! 1. a pointer: the memory is not inside the moved value ([`StableDeref`]);
//! 2. stable: dereferencing it always yields the same memory ([`StableDeref`]);
//! 3. valid if the buffer is leaked with `mem::forget`: `'static` ([`StaticReadBuffer`],
//!    [`StaticWriteBuffer`]), or a scoped transfer ([`transfer::scope_write`]) or an `unsafe`
//!    constructor for borrowed buffers;
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
#![doc = include_str!("../docs/accepted-buffers.md")]
//!
//! # Deriving DMA targets
//!
//! `#[derive(DmaReadBuffer, DmaWriteBuffer)]` (feature `derive`) proves at compile time that a
//! struct of your own is a padding-free run of one word type, and makes it a target: then
//! `&'static mut Frame`, `Box<Frame>` and `&'static Frame` are buffers. A struct by value is
//! never a buffer, since it moves.
//!
//! ```
//! # #[cfg(feature = "derive")] {
//! use dma_buffer::{DmaReadBuffer, DmaWriteBuffer, StaticWriteBuffer};
//!
//! #[derive(DmaReadBuffer, DmaWriteBuffer)]
//! #[repr(C)]
//! struct Frame {
//!     hdr: [u32; 2],
//!     body: [u32; 30],
//! }
//!
//! /// What a HAL's receive function looks like.
//! fn start_rx<B: StaticWriteBuffer<Word = u32>>(mut buffer: B) -> B {
//!     let (_ptr, len) = buffer.dma_write_buffer();
//!     assert_eq!(len, 32);
//!     buffer
//! }
//!
//! static mut FRAME: Frame = Frame { hdr: [0; 2], body: [0; 30] };
//! // SAFETY: the only reference ever made to `FRAME`.
//! let frame: &'static mut Frame = unsafe { &mut *core::ptr::addr_of_mut!(FRAME) };
//! start_rx(frame);
//! # }
//! ```
//!
#![doc = include_str!("../docs/derive-rules.md")]
//!
//! Every violation in one struct is reported, at the field or attribute at fault.
//!
//! ## Where layout checks fire
//!
//! A struct without type or const parameters (lifetimes are fine) has one layout, checked at
//! its definition: a padded struct is an error even if it is never used. A generic struct's
//! layout depends on its parameters (`struct H<const N: usize> { a: [u8; N], b: [u32; 1] }`
//! under `word = u8` pads for `N = 3`), so its check is a constant evaluated for each
//! instantiation, on every route to a DMA pointer: the target traits' methods, arrays, slices
//! and `MaybeUninit` of it (`Box<[H<3>; 2]>`, `Vec<H<3>>`), structs with an `H<3>` field, and
//! the `embedded-dma` bridge (which makes only the `'static` pointers to a generic type HAL
//! buffers, since embedded-dma's own array impls would skip the check). `H<4>` works and
//! `H<3>` is an error wherever it is used. Such
//! an error is found by `cargo build`, not by `cargo check`, which stops before constants of
//! instantiations are evaluated.
//!
//! ## `word =`: mixed fields, and per-instantiation checks
//!
//! ```
//! # #[cfg(feature = "derive")] {
//! use dma_buffer::DmaWriteTarget;
//!
//! #[derive(dma_buffer::DmaWriteBuffer)]
//! #[dma(word = u8)]
//! #[repr(C)]
//! struct H<const N: usize> {
//!     a: [u8; N],
//!     b: [u32; 1],
//! }
//!
//! let mut h = H::<4> { a: [0; 4], b: [0] };
//! let (_ptr, len) = H::<4>::dma_write_target(&mut h);
//! assert_eq!(len, 8);
//! // `H::<3>` has a padding byte before `b`: using it so fails to build.
//! # }
//! ```
//!
//! A `#[repr(transparent)]` wrapper, generic over its length, works the same way:
//!
//! ```
//! # #[cfg(feature = "derive")] {
//! use dma_buffer::{DmaReadBuffer, DmaReadTarget};
//!
//! #[derive(DmaReadBuffer)]
//! #[repr(transparent)]
//! struct CustomWrapper<const N: usize>([u16; N]);
//!
//! let samples = CustomWrapper([1, 2, 3]);
//! assert_eq!(CustomWrapper::<3>::dma_read_target(&samples).1, 3);
//! # }
//! ```
//!
//! ## `crate =`: re-exporting the derive
//!
//! A HAL that re-exports this crate lets its users derive without depending on `dma-buffer`
//! themselves; the path names this crate, as seen from the struct:
//!
//! ```
//! # #[cfg(feature = "derive")] {
//! mod my_hal {
//!     // What a HAL's `pub use dma_buffer;` gives.
//!     pub mod dma_buffer {
//!         pub use ::dma_buffer::*;
//!     }
//! }
//!
//! #[derive(my_hal::dma_buffer::DmaReadBuffer)]
//! #[dma(crate = my_hal::dma_buffer)]
//! #[repr(C)]
//! struct Samples {
//!     left: [i16; 64],
//!     right: [i16; 64],
//! }
//!
//! use my_hal::dma_buffer::DmaReadBuffer as _;
//! static SAMPLES: Samples = Samples { left: [0; 64], right: [0; 64] };
//! assert_eq!((&SAMPLES).dma_read_buffer().1, 128);
//! # }
//! ```
//!
//! Generated code is resolved in the user's crate, so the derive takes every name it emits
//! to be possibly the user's: `crate =` may point at a module of one's own, and
//! `extern crate self as core;` or `extern crate self as dma_buffer;` replace `::core` and
//! `::dma_buffer`. The design makes that harmless, and does not trust the derive's own reading
//! of the struct's syntax either:
//! - the derive's one `unsafe impl` (of a hidden trait) lists the struct's field types as
//!   tuples, with a proof that needs no path: an exhaustive pattern, which names every field,
//!   a `..` pattern, which no union fits, and a raw borrow of each field coerced to a pointer of
//!   the listed type (no deref coercion applies). An attribute macro that rewrites the struct
//!   after the derive read it breaks the build, not the layout; a field type that calls a macro
//!   or holds an attribute is refused, since it could expand differently in the list than in
//!   the struct;
//! - every check runs in this crate's blanket impls of [`DmaReadTarget`] and
//!   [`DmaWriteTarget`] for that hidden trait, which no macro writes: the field types must be
//!   targets of the struct's word (or, with `zerocopy`, zerocopy types), each field's own check
//!   is evaluated, and the compiler's `size_of` and `align_of` prove the struct a padding-free,
//!   aligned run of words. `repr` is read only to refuse what cannot work, with a clear
//!   message; an `align(N)` spelled `r#repr`, hidden in `cfg_attr` or added by an attribute
//!   macro is caught by the size check;
//! - the `macro_rules!` this crate exports for what needs `$crate` (the embedded-dma impls)
//!   take types only as opaque fragments (`ty`, identifiers, lifetimes), write each type once,
//!   and bound every impl on this crate's traits, so no input can write an impl body or bend a
//!   check; a macro of the user's can only call them or write `unsafe` itself, which
//!   `#![forbid(unsafe_code)]` then refuses (the derive's own output is not the user's code, so
//!   it passes the lint).
//!
//! The hidden items (`__private`, `derived`, `__derived_*`, `__impl_*`) are not API, but
//! calling them by hand is sound for every input. The workspace's `tests/ui/soundness/` holds a
//! case for each attack found so far (four adversarial reviews), and `tests/shadowed_core.rs`
//! runs derived buffers under Miri in a crate whose `::core` lies.
//!
//! ## `delegate`: buffer handles
//!
//! ```
//! # #[cfg(feature = "derive")] {
//! use dma_buffer::{DmaReadBuffer, DmaWriteBuffer, StaticWriteBuffer};
//!
//! /// A library's receive buffer: users cannot reach the memory while a transfer runs.
//! #[derive(DmaReadBuffer, DmaWriteBuffer)]
//! #[dma(delegate)]
//! pub struct RxBuf(&'static mut [u8; 256]);
//!
//! fn start_rx<B: StaticWriteBuffer<Word = u8>>(mut buffer: B) -> usize {
//!     buffer.dma_write_buffer().1
//! }
//!
//! static mut RX: [u8; 256] = [0; 256];
//! // SAFETY: the only reference ever made to `RX`.
//! let rx = RxBuf(unsafe { &mut *core::ptr::addr_of_mut!(RX) });
//! assert_eq!(start_rx(rx), 256);
//! # }
//! ```
//!
//! `delegate` makes the struct a buffer, not a target: its methods return the field's
//! `(ptr, len)`. This is sound because the field is itself a DMA buffer, whose memory is
//! outside the handle and stays put however the handle is moved, and the struct has no
//! other data (only `PhantomData`), so nothing else in it can alias that memory. The buffer
//! traits' promise holds until a `&mut self` method is called: a [`Transfer`] owns the handle
//! while the DMA runs, so neither the handle's own `&mut self` methods nor code that swaps
//! its field can run then. A handle type must therefore not hand out the memory through
//! `&self` methods with interior mutability of its own; the derive refuses any field that
//! could hold it.
//!
//! ## `zerocopy`
//!
//! With the `zerocopy` feature, `#[dma(zerocopy)]` takes each field's zerocopy `FromBytes`,
//! `IntoBytes` and `Immutable` as its proof (and checks the struct padding-free itself), so
//! `packed` structs and byte-order fields are targets of `u8`s: see the [`zerocopy`] module
//! for an example.
//!
//! # Cargo features
//!
//! None is on by default, so the crate is `no_std` without `alloc`:
//! - `alloc`: `Box`, `Vec`, `String`, `Rc`, `Arc` buffers;
//! - `std`: implies `alloc`; the host DMA simulator `sim`;
//! - `derive`: `#[derive(DmaReadBuffer, DmaWriteBuffer)]`, re-exported under the traits' names;
//! - `embedded-dma`: derived types and this crate's wrappers as `embedded_dma` 0.2 buffers, the
//!   bound of the HALs' DMA APIs, and embedded-dma buffers as this crate's (module
//!   `embedded_dma`);
//! - `zerocopy`: `#[dma(zerocopy)]` and the `Bytes` wrapper for zerocopy 0.8 packets (module
//!   `zerocopy`);
//! - `bbqueue`: bbqueue 0.7 stream grants as DMA buffers (module `sources::bbqueue`), and
//!   `bbqueue-alloc` for queues over heap storage (not on thumbv6m); bbqueue needs Rust 1.85.
//!
//! # Where buffers come from, and where they live
//!
//! [`sources`]: zeroed frames ([`zeroed`], [`zeroed_in`], `zeroed_box`), `static_cell`,
//! `singleton!`, heapless pool boxes, bbqueue grants, and [`place!`] for a frame in a named
//! linker section, handed out once without `unsafe`. [`reach`]: a channel that refuses memory
//! its engine cannot reach. [`cache`]: Cortex-M7 cache lines and maintenance. [`hal_notes`]:
//! stm32f4xx-hal, stm32h7xx-hal, rp2040-hal, nrf-hal.
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
#[doc(hidden)]
pub mod derived;
mod slice;
mod target;
mod word;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
pub mod cache;
pub mod hal_notes;
pub mod reach;
#[cfg(feature = "std")]
pub mod sim;
pub mod sources;
pub mod transfer;

pub use buffer::{DmaReadBuffer, DmaWriteBuffer, StaticReadBuffer, StaticWriteBuffer};
pub use slice::{DmaSlice, OutOfRange};
pub use stable_deref_trait::StableDeref;
pub use target::{DmaReadTarget, DmaWriteTarget};
pub use transfer::{DmaChannel, Transfer};
pub use word::Word;

#[doc(hidden)]
pub use sources::place::support as __place;
pub use sources::zeroed::{zeroed, zeroed_in};
#[cfg(feature = "alloc")]
pub use sources::zeroed::{zeroed_box, zeroed_boxed_slice};

#[cfg(feature = "derive")]
pub use dma_buffer_derive::{DmaReadBuffer, DmaWriteBuffer};

#[cfg(feature = "embedded-dma")]
pub use bridge::embedded_dma;
#[cfg(feature = "zerocopy")]
pub use bridge::zerocopy;
