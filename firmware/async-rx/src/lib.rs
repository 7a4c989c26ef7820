//! The receive task of `examples/async_rx.rs`, which runs it on the host simulator, built here
//! `no_std`, without `alloc`, for Cortex-M by `.ci/async.sh`: the same code, for any HAL's
//! [`AsyncDmaChannel`](dma_buffer::transfer::AsyncDmaChannel).
#![no_std]
#![forbid(unsafe_code)]

pub mod driver;
