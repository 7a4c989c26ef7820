//! An STM32F412 command loop on USART3 (PD8 TX, PD9 RX) with DMA: it receives a fixed-size
//! command frame and answers with a const-generic reply frame. Both frames are derived DMA
//! targets in `&'static mut` memory from `cortex_m::singleton!`, handed unchanged to
//! stm32f4xx-hal's own `dma::Transfer`, whose bounds are embedded-dma's `WriteBuffer` and
//! `ReadBuffer`: the `embedded-dma` feature of `dma-buffer` is the whole bridge.
#![no_std]
#![no_main]

use cortex_m::singleton;
use cortex_m_rt::entry;
use dma_buffer::DmaReadBuffer;
use panic_halt as _;
use stm32f4xx_hal::dma::config::DmaConfig;
use stm32f4xx_hal::dma::{StreamsTuple, Transfer};
use stm32f4xx_hal::pac;
use stm32f4xx_hal::prelude::*;
use stm32f4xx_hal::serial::config::{Config, DmaConfig as SerialDma};
use stm32f4xx_hal::serial::Serial;

#[path = "../../command.rs"]
mod command;
use command::Command;

/// A reply of `N` bytes.
#[derive(DmaReadBuffer)]
#[repr(C)]
struct Reply<const N: usize>([u8; N]);

/// The reply's size: an acknowledgement and the command's first eight payload bytes.
const REPLY_LEN: usize = 10;

#[entry]
fn main() -> ! {
    let dp = pac::Peripherals::take().unwrap();
    let mut rcc = dp.RCC.constrain();
    let dma1 = StreamsTuple::new(dp.DMA1, &mut rcc);
    let gpiod = dp.GPIOD.split(&mut rcc);
    let serial = Serial::new(
        dp.USART3,
        (gpiod.pd8.into_alternate(), gpiod.pd9.into_alternate()),
        Config::default()
            .baudrate(115_200.bps())
            .dma(SerialDma::TxRx),
        &mut rcc,
    )
    .unwrap();
    let (mut tx, mut rx) = serial.split();
    let (mut rx_stream, mut tx_stream) = (dma1.1, dma1.3);

    let mut command: &'static mut Command = singleton!(: Command = Command {
        start: 0,
        command: 0,
        length: [0; 2],
        payload: [0; 26],
        checksum: [0; 2],
    })
    .unwrap();
    let mut reply: &'static mut Reply<REPLY_LEN> =
        singleton!(: Reply<REPLY_LEN> = Reply([0; REPLY_LEN])).unwrap();

    let config = DmaConfig::default().memory_increment(true);
    loop {
        // USART3 RX is DMA1 stream 1, channel 4.
        let mut receive = Transfer::<_, 4, _, _, _>::init_peripheral_to_memory(
            rx_stream, rx, command, None, config,
        );
        receive.start(|_| {});
        receive.wait();
        (rx_stream, rx, command, _) = receive.release();

        reply.0[0] = if command.start == 0x02 { 0x06 } else { 0x15 };
        reply.0[1] = command.command;
        reply.0[2..].copy_from_slice(&command.payload[..REPLY_LEN - 2]);

        // USART3 TX is DMA1 stream 3, channel 4.
        let mut send = Transfer::<_, 4, _, _, _>::init_memory_to_peripheral(
            tx_stream, tx, reply, None, config,
        );
        send.start(|_| {});
        send.wait();
        (tx_stream, tx, reply, _) = send.release();
    }
}
