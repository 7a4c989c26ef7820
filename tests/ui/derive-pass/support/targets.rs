//! Targets of every kind, derived in a crate whose root sets an `unsafe_code` lint.

use dma_buffer::{DmaReadBuffer, DmaWriteBuffer};

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
struct Telegram {
    sync: [u16; 2],
    payload: [u16; 30],
}

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(transparent)]
struct Samples<const N: usize>([i16; N]);

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[repr(C)]
#[dma(word = u8)]
struct Mixed {
    kind: u8,
    flags: u8,
    len: u16,
}

#[derive(DmaWriteBuffer)]
#[dma(delegate)]
struct RxBuf(Box<[u8; 256]>);

/// Uses every target, so that the derived impls are instantiated, not only declared.
pub fn use_all() {
    let mut telegram = Box::new(Telegram {
        sync: [0; 2],
        payload: [0; 30],
    });
    assert_eq!(telegram.dma_read_buffer().1, 32);
    assert_eq!(telegram.dma_write_buffer().1, 32);
    assert_eq!(Box::new(Samples([0i16; 8])).dma_write_buffer().1, 8);
    let mixed = Box::new(Mixed {
        kind: 1,
        flags: 2,
        len: 3,
    });
    assert_eq!(mixed.dma_read_buffer().1, 4);
    assert_eq!(RxBuf(Box::new([0; 256])).dma_write_buffer().1, 256);
}
