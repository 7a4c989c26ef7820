//! Where buffers come from: zeroed frames, `static_cell`, `cortex_m::singleton!`, linker
//! sections, heapless pools and bbqueue grants, each without `unsafe` at the call site.
//!
//! | source | gives | module |
//! | --- | --- | --- |
//! | [`zeroed()`](crate::zeroed) | a zeroed frame in a `const` (a `static` initializer) | [`zeroed`] |
//! | [`zeroed_in`](crate::zeroed_in) | a zeroed frame in uninitialized memory, in place | [`zeroed`] |
//! | [`zeroed_box`](crate::zeroed_box), [`zeroed_boxed_slice`](crate::zeroed_boxed_slice) | zeroed heap frames, never on the stack (`alloc`) | [`zeroed`] |
//! | `static_cell` 2 `StaticCell`, `ConstStaticCell` | `&'static mut Frame` once | below |
//! | `cortex_m::singleton!` | `&'static mut Frame` once | below |
//! | [`place!`](crate::place) | `&'static mut Frame` once, in a named linker section (`.axisram`, a NOLOAD `.uninit`) | [`place`] |
//! | heapless 0.9 `pool::boxed::Box` | a pool box of a frame: a buffer as it is | below |
//! | bbqueue 0.7 stream grants | a region of a `bbqueue::DmaQueue` as a DMA buffer, committed after the job | `bbqueue` (feature `bbqueue`) |
//!
//! # `static_cell`
//!
//! `StaticCell` and `ConstStaticCell` hand out a `&'static mut` once, which is a
//! [`StaticWriteBuffer`](crate::StaticWriteBuffer) when its target is a write target; with
//! [`zeroed`](crate::zeroed) or [`zeroed_in`](crate::zeroed_in), a derived frame needs no
//! `Default` and is never built on the stack:
//!
//! ```
//! # #[cfg(all(feature = "std", feature = "derive"))] {
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::transfer::Transfer;
//! use dma_buffer::DmaWriteBuffer;
//! use static_cell::{ConstStaticCell, StaticCell};
//!
//! #[derive(DmaWriteBuffer)]
//! #[repr(C)]
//! struct Frame {
//!     header: [u8; 4],
//!     payload: [u8; 60],
//! }
//!
//! // Zeroed at compile time, in `.bss`.
//! static RX: ConstStaticCell<Frame> = ConstStaticCell::new(dma_buffer::zeroed());
//! // Or zeroed at run time, in place.
//! static SPARE: StaticCell<Frame> = StaticCell::new();
//!
//! let rx: &'static mut Frame = RX.take();
//! let _spare: &'static mut Frame = dma_buffer::zeroed_in(SPARE.uninit());
//!
//! let channel = SimChannel::<u8>::new();
//! channel.peripheral().receive(&[0x55; 64]);
//! let (rx, _channel) = Transfer::write(rx, channel).wait().unwrap();
//! assert_eq!(rx.payload, [0x55; 60]);
//! # }
//! ```
//!
//! # `cortex_m::singleton!`
//!
//! `singleton!(: Frame = dma_buffer::zeroed())` gives `Option<&'static mut Frame>`, `Some` the
//! first time; the frame is moved into its static at run time (through the stack), and the
//! static lives in `.bss`, so it cannot be placed in a section of your choice: use
//! [`place!`](crate::place) for that. `firmware/rp2040-uart` builds both for thumbv6m:
//!
//! ```ignore
//! let tx: &'static mut Reply = cortex_m::singleton!(: Reply = dma_buffer::zeroed()).unwrap();
//! ```
//!
//! # heapless pool boxes
//!
//! heapless 0.9's `pool::boxed::Box<P>` implements `StableDeref` (the `stable_deref_trait` 1
//! this crate uses) and `DerefMut`, so a pool box of a write target is a
//! [`DmaWriteBuffer`](crate::DmaWriteBuffer), and `'static`: it needs no wrapper. The box's
//! block comes from a `&'static mut BoxBlock` that the pool keeps for good; a transfer that is
//! leaked never drops its box, so the block never returns to the pool while the engine may
//! write it. With the `embedded-dma` feature, a box of a derived frame is also an
//! `embedded_dma::WriteBuffer` through embedded-dma's own blanket impl, so it passes to the
//! HALs unchanged (stm32f4xx-hal's example saying pools "do not work with embedded_dma yet"
//! predates heapless 0.8's `StableDeref`). `pool::object::Object` likewise; `pool::arc::Arc`
//! is shared, so a read buffer only. The pools exist on targets with the atomics they need:
//! ARMv7-M and ARMv8-M, not ARMv6-M.
//!
//! ```
//! # // Not under Miri: heapless's build script picks ARM assembly for the pool there.
//! # #[cfg(all(feature = "std", not(miri)))] {
//! use dma_buffer::sim::SimChannel;
//! use dma_buffer::transfer::Transfer;
//! use heapless::box_pool;
//! use heapless::pool::boxed::BoxBlock;
//! use static_cell::StaticCell;
//!
//! box_pool!(RxPool: [u16; 8]);
//!
//! // The pool's memory: a `&'static mut BoxBlock` from `static_cell`, without `unsafe`.
//! static BLOCK: StaticCell<BoxBlock<[u16; 8]>> = StaticCell::new();
//! RxPool.manage(BLOCK.init(BoxBlock::new()));
//!
//! let channel = SimChannel::<u16>::new();
//! channel.peripheral().receive(&[1, 2, 3, 4, 5, 6, 7, 8]);
//! let rx = RxPool.alloc(dma_buffer::zeroed()).unwrap();
//! let (rx, _channel) = Transfer::write(rx, channel).wait().unwrap();
//! assert_eq!(*rx, [1, 2, 3, 4, 5, 6, 7, 8]);
//! # }
//! ```

pub mod place;
pub mod zeroed;

#[cfg(feature = "bbqueue")]
pub mod bbqueue;
