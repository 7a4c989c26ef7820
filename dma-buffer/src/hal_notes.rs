//! Notes per HAL: which derive to use, when [`Compat`](crate::embedded_dma) is needed, and the
//! memory placement that works. Documentation only.
//!
//! Every HAL below takes `embedded_dma` 0.2 buffers, so the `embedded-dma` feature is the
//! bridge: a `&'static mut Frame` (or `Box<Frame>`, a heapless pool box, ...) of a derived
//! frame passes unchanged, and so does a `&'static mut`, `&'static` or `Box` pointer to a
//! generic one (`Frame<const N: usize>` with `#[dma(word = ..)]` or `align(N)`), checked for
//! its instantiation. Arrays, slices and `Vec`s of a generic frame are not embedded-dma
//! buffers, since embedded-dma's own impls for them would skip that check: wrap them in
//! `dma_buffer::embedded_dma::Compat` (the HAL's error then reads "the trait bound `..:
//! WriteTarget` is not satisfied"); the bridge's docs list every case.
//!
//! # stm32f4xx-hal (0.23)
//!
//! - `dma::Transfer::init_peripheral_to_memory` takes a `WriteBuffer + 'static`: derive
//!   `DmaWriteBuffer`; `init_memory_to_peripheral` a `ReadBuffer + 'static`: derive
//!   `DmaReadBuffer`. `firmware/stm32f4-usart` does both.
//! - Placement: anywhere in SRAM1/SRAM2 (`.bss`, `singleton!`, `static_cell`, [`place!`]).
//!   The 64 KiB CCM data RAM of the F405/F407/F427/F429 (`0x1000_0000`) is on the CPU's data
//!   bus only: no DMA stream reaches it. Declare the reachable ranges with
//!   [`Reach`](crate::reach::Reach) if frames may end up there.
//! - No data cache: no maintenance.
//!
//! # stm32h7xx-hal (0.16)
//!
//! - `dma::Transfer::init` bounds its buffer on `WriteBuffer` whatever the direction, so a
//!   frame sent memory-to-peripheral needs `DmaWriteBuffer` too: derive both, or use
//!   `init_const` for read-only buffers (it takes a `ReadBuffer`). `firmware/hal-routes`
//!   hands it a const-generic `&'static mut Line<60>` (`#[repr(C, align(32))]`,
//!   `#[dma(word = u8)]`) in both directions.
//! - Placement: the default `memory.x` puts `.data`, `.bss` (so `singleton!` and
//!   `static_cell`) and the stack in DTCM (`0x2000_0000`), which DMA1, DMA2 and BDMA cannot
//!   reach; the transfer then ends on a bus error or silently moves nothing. Put frames in AXI
//!   SRAM (`0x2400_0000`) or SRAM1-3 (`0x3000_0000`): `dma_buffer::place!(".axisram", Frame)`
//!   gives a zeroed `&'static mut Frame` there without `unsafe` (the `.axisram` section is
//!   NOLOAD in the HAL's examples, which `singleton!` cannot use, and `place!` keeps its claim
//!   flag outside it). BDMA reaches SRAM4 (`0x3800_0000`) only.
//! - Data cache: with the D-cache on, RX frames must be on whole 32-byte lines
//!   ([`CacheAligned`](crate::cache::CacheAligned)), cleaned before and invalidated after each
//!   transfer: see [`cache`](crate::cache) for the rules when you keep the HAL's `Transfer`.
//!   Derive frames with `#[dma(cache_line = 32)]` and `#[repr(C, align(32))]`, wrap them in
//!   `CacheAligned`, or keep them in non-cacheable memory (an MPU region).
//!
//! # rp2040-hal (0.12)
//!
//! - `dma::single_buffer::Config::new(channel, from, to)`: `from` is a `ReadTarget` (every
//!   `embedded_dma::ReadBuffer`, or a peripheral such as the UART `Reader`), `to` a
//!   `WriteTarget` (every `WriteBuffer`, or the UART `Writer`). Derive `DmaWriteBuffer` for
//!   frames the DMA fills, `DmaReadBuffer` for frames it sends. `firmware/rp2040-uart` builds
//!   this for thumbv6m, with frames from [`place!`], `singleton!` and `static_cell`; its reply
//!   is a const-generic frame with `align(4)`, `&'static mut Reply<12>`, handed as it is.
//! - Placement: the DMA reaches all SRAM banks and the flash (XIP, for reads): no
//!   restriction.
//! - thumbv6m has no atomic swap: [`place!`] then takes a `critical-section`, which
//!   rp2040-hal provides (multicore-safe) with its `critical-section-impl` feature. heapless
//!   pools are not available on thumbv6m (no atomic CAS), nor bbqueue's `Arc` queues.
//!
//! # nrf-hal (nrf52840-hal 0.19)
//!
//! - The EasyDMA APIs that take buffers by value (`i2s`, `spis`, `pwm` sequences) bound them
//!   on `embedded_dma` buffers and `'static`: derived frames pass unchanged
//!   (`firmware/hal-routes` records and plays `&'static mut Samples<64>`, `#[repr(C,
//!   align(4))]`, on `I2S`, whose buffers must be 4-byte aligned).
//! - Placement: EasyDMA reaches data RAM only (`0x2000_0000`, 256 KiB on the nRF52840), never
//!   flash: a `&'static` frame that the compiler put in `.rodata` (a `static` without interior
//!   mutability, a literal) cannot be sent. `Reach::new(channel, &[Region::new(0x2000_0000,
//!   256 << 10)])` turns that into a [`Status::Fault`](crate::transfer::Status) the program
//!   sees; or send from a `static_cell`/[`place!`] frame, which is always in RAM.
//! - No data cache.
//!
//! # atsamd-hal
//!
//! atsamd-hal's `dmac` does not take `embedded_dma` buffers: it has its own `unsafe trait
//! Buffer` (implemented for `&'static mut [T]`/arrays of its beat types). A derived frame
//! reaches it only through a `Buffer` impl of your own (forwarding to
//! [`DmaWriteBuffer::dma_write_buffer`](crate::DmaWriteBuffer::dma_write_buffer)); there is
//! no bridge feature for it here.
//!
//! [`place!`]: crate::place
