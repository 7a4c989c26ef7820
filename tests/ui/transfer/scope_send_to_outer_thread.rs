// A scoped transfer sent to a thread spawned before the scope could be used after it ended.
use std::sync::mpsc;
use std::thread;
use dma_buffer::sim::SimChannel;
use dma_buffer::transfer::{scope_write, ScopedTransfer};

type Handle = &'static mut ScopedTransfer<'static, SimChannel<u8>>;

fn main() {
    let (sender, receiver) = mpsc::channel::<Handle>();
    let waiter = thread::spawn(move || receiver.recv().unwrap().wait().unwrap());
    let mut channel = SimChannel::<u8>::new();
    let mut buffer = [0u8; 8];
    scope_write(&mut channel, &mut buffer, |rx| sender.send(rx).unwrap());
    waiter.join().unwrap();
}
