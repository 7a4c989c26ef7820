//! An RP2040 (Cortex-M0+, thumbv6m) command loop on UART0 (GPIO0 TX, GPIO1 RX) with DMA: it
//! receives a fixed-size command frame and answers with a reply frame. The frames are derived
//! DMA targets in `&'static mut` memory from the three sources of `dma_buffer::sources`, none
//! with `unsafe` at the call site, handed unchanged to rp2040-hal's `single_buffer` DMA,
//! whose bounds are embedded-dma's buffers:
//! - the command from `dma_buffer::place!`, zeroed in place in cortex-m-rt's NOLOAD `.uninit`
//!   section (the claim takes rp2040-hal's critical section: thumbv6m has no atomic swap);
//! - the reply from `cortex_m::singleton!`, initialized with `dma_buffer::zeroed()`;
//! - the refusal from `static_cell::ConstStaticCell`, zeroed at compile time.
#![no_std]
#![no_main]

use cortex_m::singleton;
use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};
use hal::clocks::Clock;
use hal::dma::{single_buffer, DMAExt, SingleChannel, WriteTarget};
use hal::fugit::RateExtU32;
use hal::pac;
use hal::uart::{DataBits, StopBits, UartConfig, UartPeripheral};
use panic_halt as _;
use rp2040_hal as hal;
use static_cell::ConstStaticCell;

/// The second-stage bootloader for the W25Q080 flash of the Raspberry Pi Pico.
#[link_section = ".boot2"]
#[used]
pub static BOOT2_FIRMWARE: [u8; 256] = rp2040_boot2::BOOT_LOADER_W25Q080;

/// The Pico's crystal.
const XTAL_FREQ_HZ: u32 = 12_000_000;

#[path = "../../command.rs"]
mod command;
use command::Command;

/// A reply of `N` bytes, word-aligned (for a 32-bit DMA or a CRC unit reading it by words):
/// a const-generic frame with `align(4)`, which the HAL takes as it is, each size checked
/// where it is used (`Reply<10>` would not build: 2 bytes of end padding). A write target
/// too, so that `dma_buffer::zeroed()` can build it.
#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C, align(4))]
struct Reply<const N: usize>([u8; N]);

/// An acknowledgement, the command, and the first ten payload bytes.
const REPLY_LEN: usize = 12;

/// The refusal sent for a malformed command, zeroed at compile time (in `.bss`).
static REFUSAL: ConstStaticCell<Reply<REPLY_LEN>> = ConstStaticCell::new(dma_buffer::zeroed());

/// Sends `frame` on `channel` to `tx` and waits: rp2040-hal's DMA, given a derived frame.
fn send<CH, TX, const N: usize>(
    channel: CH,
    frame: &'static mut Reply<N>,
    tx: TX,
) -> (CH, &'static mut Reply<N>, TX)
where
    CH: SingleChannel,
    TX: WriteTarget<TransmittedWord = u8>,
{
    single_buffer::Config::new(channel, frame, tx)
        .start()
        .wait()
}

#[hal::entry]
fn main() -> ! {
    let mut pac = pac::Peripherals::take().unwrap();
    let mut watchdog = hal::Watchdog::new(pac.WATCHDOG);
    let clocks = hal::clocks::init_clocks_and_plls(
        XTAL_FREQ_HZ,
        pac.XOSC,
        pac.CLOCKS,
        pac.PLL_SYS,
        pac.PLL_USB,
        &mut pac.RESETS,
        &mut watchdog,
    )
    .ok()
    .unwrap();
    let sio = hal::Sio::new(pac.SIO);
    let pins = hal::gpio::Pins::new(
        pac.IO_BANK0,
        pac.PADS_BANK0,
        sio.gpio_bank0,
        &mut pac.RESETS,
    );
    let uart_pins = (
        pins.gpio0.into_function::<hal::gpio::FunctionUart>(),
        pins.gpio1.into_function::<hal::gpio::FunctionUart>(),
    );
    let uart = UartPeripheral::new(pac.UART0, uart_pins, &mut pac.RESETS)
        .enable(
            UartConfig::new(115_200.Hz(), DataBits::Eight, None, StopBits::One),
            clocks.peripheral_clock.freq(),
        )
        .unwrap();
    let (mut rx, mut tx) = uart.split();
    let dma = pac.DMA.split(&mut pac.RESETS);
    let (mut rx_channel, mut tx_channel) = (dma.ch0, dma.ch1);

    let mut command: &'static mut Command = dma_buffer::place!(".uninit.command", Command).unwrap();
    let mut reply: &'static mut Reply<REPLY_LEN> =
        singleton!(: Reply<REPLY_LEN> = dma_buffer::zeroed()).unwrap();
    let mut refusal: &'static mut Reply<REPLY_LEN> = REFUSAL.take();
    refusal.0[0] = 0x15; // NAK

    loop {
        let receive = single_buffer::Config::new(rx_channel, rx, command).start();
        (rx_channel, rx, command) = receive.wait();

        if command.start == 0x02 {
            reply.0[0] = 0x06; // ACK
            reply.0[1] = command.command;
            reply.0[2..].copy_from_slice(&command.payload[..REPLY_LEN - 2]);
            (tx_channel, reply, tx) = send(tx_channel, reply, tx);
        } else {
            (tx_channel, refusal, tx) = send(tx_channel, refusal, tx);
        }
    }
}
