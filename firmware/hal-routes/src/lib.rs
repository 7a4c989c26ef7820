//! Const-generic derived frames handed, unchanged, to the DMA calls of stm32h7xx-hal 0.16 and
//! nrf52840-hal 0.19, which bound their buffers on embedded-dma's `WriteBuffer`/`ReadBuffer`
//! and `'static`: a cache-line frame viewed as bytes (`#[repr(C, align(32))]`,
//! `#[dma(word = u8)]`) for an STM32H7 USART, and word-aligned I2S samples
//! (`#[repr(C, align(4))]`) for the nRF52840's EasyDMA. Each instantiation is checked where
//! the HAL gets it: with the `padded` feature, the same calls take `Line<27>` and
//! `Samples<3>`, and the build fails, naming the padding.
#![no_std]

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use nrf52840_hal::i2s::{self, I2S};
use stm32h7xx_hal::dma::dma::{DmaConfig, Stream0, Stream1};
use stm32h7xx_hal::dma::{DBTransfer, MemoryToPeripheral, PeripheralToMemory, Transfer};
use stm32h7xx_hal::pac::{DMA1, USART3};
use stm32h7xx_hal::serial::{Rx, Tx};

/// A USART line on whole 32-byte Cortex-M7 cache lines: a sequence number and `N` bytes,
/// viewed as bytes; padding-free when `N + 4` is a multiple of 32.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(word = u8)]
#[repr(C, align(32))]
pub struct Line<const N: usize> {
    pub sequence: u32,
    pub bytes: [u8; N],
}

/// I2S samples, on the 4-byte boundary nRF52840's EasyDMA needs; padding-free for even `N`.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C, align(4))]
pub struct Samples<const N: usize>(pub [i16; N]);

#[cfg(not(feature = "padded"))]
const LINE: usize = 60;
#[cfg(feature = "padded")]
const LINE: usize = 27;
#[cfg(not(feature = "padded"))]
const SAMPLES: usize = 64;
#[cfg(feature = "padded")]
const SAMPLES: usize = 3;

/// A USART3 receive into a line: stm32h7xx-hal's `Transfer::init` takes the `&'static mut`
/// frame as its `WriteBuffer<Word = u8>`.
pub type LineRx =
    Transfer<Stream0<DMA1>, Rx<USART3>, PeripheralToMemory, &'static mut Line<LINE>, DBTransfer>;

/// Receives a line from USART3 on DMA1 stream 0.
pub fn receive_line(
    stream: Stream0<DMA1>,
    rx: Rx<USART3>,
    line: &'static mut Line<LINE>,
) -> LineRx {
    Transfer::init(
        stream,
        rx,
        line,
        None,
        DmaConfig::default().memory_increment(true),
    )
}

/// A USART3 send of a line, the same frame type as a `WriteBuffer` again (the H7's `init`
/// takes one in both directions).
pub type LineTx =
    Transfer<Stream1<DMA1>, Tx<USART3>, MemoryToPeripheral, &'static mut Line<LINE>, DBTransfer>;

/// Sends a line to USART3 on DMA1 stream 1.
pub fn send_line(stream: Stream1<DMA1>, tx: Tx<USART3>, line: &'static mut Line<LINE>) -> LineTx {
    Transfer::init(
        stream,
        tx,
        line,
        None,
        DmaConfig::default().memory_increment(true),
    )
}

/// Receives samples on the nRF52840's I2S: `I2S::rx` takes `&'static mut Samples<N>` as its
/// `WriteBuffer<Word = i16>`.
pub fn record(
    i2s: I2S,
    samples: &'static mut Samples<SAMPLES>,
) -> Result<i2s::Transfer<&'static mut Samples<SAMPLES>>, i2s::Error> {
    i2s.rx(samples)
}

/// Plays samples on the nRF52840's I2S, as its `ReadBuffer<Word = i16>`.
pub fn play(
    i2s: I2S,
    samples: &'static Samples<SAMPLES>,
) -> Result<i2s::Transfer<&'static Samples<SAMPLES>>, i2s::Error> {
    i2s.tx(samples)
}
