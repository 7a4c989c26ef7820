//! The main demo: a UART that receives frames by DMA into a derived struct, on the host's
//! simulated DMA engine. Run with `cargo run --example uart_sim`.
//!
//! Five scenes: a frame received byte by byte while the program goes on, a reply sent from a
//! stack buffer by a scoped transfer, a frame cut short and stopped mid-way, a bus fault, and
//! lines streaming into a ring that the program reads as they come, falling behind once.

use std::time::{Duration, Instant};

use dma_buffer::sim::{SimChannel, SimPeripheral};
use dma_buffer::transfer::{scope_read, Fault, Overrun, RingReader, Transfer};
use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};

/// A frame on the wire: a 4-byte header and 28 bytes of payload.
///
/// The derive proves at compile time that this is 32 `u8`s with no padding, so the DMA engine
/// may write any bytes into it, and read it back out.
#[derive(DmaReadBuffer, DmaWriteBuffer, Debug)]
#[repr(C)]
struct Frame {
    header: [u8; 4],
    payload: [u8; 28],
}

impl Frame {
    const EMPTY: Frame = Frame {
        header: [0; 4],
        payload: [0; 28],
    };
}

/// About 115200 baud: one byte every 87 µs.
const BYTE_TIME: Duration = Duration::from_micros(87);

/// A frame on the wire, padded with spaces to 32 bytes.
fn wire_frame(header: &[u8; 4], payload: &str) -> Vec<u8> {
    let mut bytes = header.to_vec();
    bytes.extend(format!("{payload:<28}").bytes().take(28));
    bytes
}

/// Bytes as quoted text: bytes the DMA never wrote (still zero) as `·`, others escaped if not
/// printable.
fn text(bytes: &[u8]) -> String {
    let shown: String = bytes
        .split(|&byte| byte == 0)
        .map(|run| run.escape_ascii().to_string())
        .collect::<Vec<_>>()
        .join("·");
    format!("\"{shown}\"")
}

/// The UART's receive side: a DMA channel paced like the line, and the line itself.
fn uart_rx() -> (SimChannel<u8>, SimPeripheral<u8>) {
    let mut channel = SimChannel::new();
    channel.set_word_delay(BYTE_TIME);
    let line = channel.peripheral();
    (channel, line)
}

/// A driver that keeps its receive in flight in a field, as an interrupt-driven one would.
struct Receiver {
    in_flight: Transfer<Box<Frame>, SimChannel<u8>>,
}

fn scene_receive_a_frame(rx: SimChannel<u8>, line: &SimPeripheral<u8>) -> SimChannel<u8> {
    println!("1. Receive a frame into a Box<Frame> while the program goes on");
    line.receive(&wire_frame(b"TEMP", "21.5 C, humidity 40 %"));
    let started = Instant::now();
    let driver = Receiver {
        in_flight: Transfer::write(Box::new(Frame::EMPTY), rx),
    };
    // The transfer moves into a struct and around; the engine keeps writing where it started.
    let mut polls = 0;
    while !driver.in_flight.is_done() {
        polls += 1;
        std::thread::sleep(BYTE_TIME * 8);
        let written = driver.in_flight.channel().transferred();
        println!("   ... {written:>2}/32 bytes written by the DMA (poll {polls})");
    }
    let (frame, rx) = driver.in_flight.wait().expect("no fault is configured");
    println!(
        "   done in {:?}: header {}, payload {}",
        started.elapsed(),
        text(&frame.header),
        text(&frame.payload)
    );
    println!();
    rx
}

fn scene_reply_from_the_stack() {
    println!("2. Reply from a stack buffer with a scoped transfer (no 'static, no unsafe)");
    let mut tx = SimChannel::<u8>::new();
    tx.set_word_delay(BYTE_TIME);
    let line = tx.peripheral();
    let mut reply = [0u8; 8];
    reply.copy_from_slice(b"ACK TEMP");
    let sent = scope_read(&mut tx, &reply, |job| {
        job.wait().expect("no fault is configured");
        job.channel().transferred()
    });
    // The scope has ended, so the engine is done with `reply`: it may be used again.
    reply.fill(0);
    println!(
        "   the DMA read {sent} bytes from the stack and sent {}",
        text(&line.transmitted())
    );
    println!();
}

fn scene_stop_midway(rx: SimChannel<u8>, line: &SimPeripheral<u8>) -> SimChannel<u8> {
    println!("3. The sender stalls after 10 bytes: stop the receive mid-way");
    line.receive(&wire_frame(b"LOG ", "this line never ends")[..10]);
    let spare: &'static mut Frame = Box::leak(Box::new(Frame::EMPTY));
    let transfer = Transfer::write(spare, rx);
    let deadline = Instant::now() + BYTE_TIME * 100;
    while !transfer.is_done() && Instant::now() < deadline {
        std::thread::sleep(BYTE_TIME * 10);
    }
    let still_running = !transfer.is_done();
    let (frame, rx) = transfer.stop();
    println!(
        "   still running at the deadline: {still_running}; stopped after {} bytes",
        rx.transferred()
    );
    println!(
        "   header {}, payload {} (· = not written)",
        text(&frame.header),
        text(&frame.payload)
    );
    println!();
    rx
}

fn scene_fault(mut rx: SimChannel<u8>, line: &SimPeripheral<u8>) {
    println!("4. A bus error after 6 bytes");
    rx.set_fault_after(Some(6));
    line.receive(&wire_frame(b"DATA", "lost to a bus error"));
    let transfer = Transfer::write(Box::new(Frame::EMPTY), rx);
    match transfer.wait() {
        Ok(_) => println!("   unexpected: the frame arrived whole"),
        Err(Fault { error, buffer, .. }) => {
            println!("   {error}");
            println!(
                "   the buffer came back with header {}, payload {}",
                text(&buffer.header),
                text(&buffer.payload)
            );
            println!("   {} bytes are left on the line", line.pending());
        }
    }
}

/// The commands a terminal streams to the device, one per line.
const COMMANDS: [&str; 12] = [
    "GET /temp",
    "GET /humidity",
    "SET led=on",
    "GET /uptime",
    "SET fan=auto",
    "GET /pressure",
    "SET led=off",
    "GET /temp",
    "GET /battery",
    "SET fan=off",
    "GET /humidity",
    "BYE",
];

fn scene_continuous_receive() {
    println!();
    println!("5. Continuous receive: lines stream into a 32-byte ring, read as they come");
    let (rx, line) = uart_rx();
    let stream: String = COMMANDS
        .iter()
        .map(|command| format!("{command}\n"))
        .collect();
    line.receive(stream.as_bytes());
    // The engine never stops: it goes round the ring while the program copies lines out.
    let mut rx = RingReader::start(Box::new([0u8; 32]), rx);
    let (mut current, mut lines, mut skipping, mut overruns) = (Vec::new(), 0, false, 0);
    let mut held_up = false;
    let mut chunk = [0u8; 16];
    loop {
        let arrived_all = rx.channel().transferred() == stream.len();
        match rx.read(&mut chunk) {
            Ok(0) if arrived_all => break,
            Ok(count) => {
                for &byte in &chunk[..count] {
                    match byte {
                        b'\n' if skipping => skipping = false,
                        b'\n' => {
                            lines += 1;
                            println!("   received {}", text(&current));
                            current.clear();
                        }
                        _ if skipping => {}
                        _ => current.push(byte),
                    }
                }
            }
            Err(Overrun) => {
                overruns += 1;
                println!("   OVERRUN: the engine went round the ring before the program read it;");
                println!(
                    "            the lost bytes were never returned. Skipping to the next line."
                );
                current.clear();
                skipping = true;
            }
        }
        if lines == 2 && !held_up {
            // The program is busy elsewhere for 40 bytes' time: more than the ring holds.
            println!("   (the program is held up for 40 bytes' time)");
            rx.channel().stall_program(40);
            held_up = true;
        }
        std::thread::sleep(BYTE_TIME * 4);
    }
    println!(
        "   {lines} of {} lines received whole, overruns reported: {overruns}; the ring went round {} times",
        COMMANDS.len(),
        rx.channel().transferred() / rx.capacity()
    );
}

fn main() {
    let (rx, line) = uart_rx();
    let rx = scene_receive_a_frame(rx, &line);
    scene_reply_from_the_stack();
    let rx = scene_stop_midway(rx, &line);
    scene_fault(rx, &line);
    scene_continuous_receive();
}
