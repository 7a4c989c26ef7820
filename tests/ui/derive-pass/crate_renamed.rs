// A crate that renames `dma_buffer` (as a HAL re-exporting it would) points the derive at it.
extern crate dma_buffer as hal_dma;

use hal_dma::{DmaReadBuffer, DmaWriteBuffer};

#[derive(DmaReadBuffer, DmaWriteBuffer)]
#[dma(crate = hal_dma)]
#[repr(C)]
struct Frame {
    header: [u32; 2],
    body: [u32; 30],
}

#[derive(DmaWriteBuffer)]
#[dma(crate = hal_dma, delegate)]
struct RxBuf(Box<[u8; 64]>);

fn main() {
    let mut frame = Box::new(Frame {
        header: [0; 2],
        body: [0; 30],
    });
    assert_eq!(frame.dma_write_buffer().1, 32);
    assert_eq!(RxBuf(Box::new([0; 64])).dma_write_buffer().1, 64);
}
