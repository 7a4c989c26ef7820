//! Buffers from the sources of the `sources` module, on the simulated engine: zeroed frames
//! (`const`, heap, in place), `static_cell`, and heapless 0.9 pool boxes, directly and through
//! the embedded-dma bridge. The engine writes through the raw pointer while the transfers move
//! and are forgotten, so Miri (`.ci/miri.sh`) checks the memory stays valid and unaliased.
//!
//! Except the pool boxes: heapless's build script decides whether to use ARM's LDREX/STREX by
//! compiling a probe with `asm!("clrex")`, and under cargo-miri that probe "succeeds" on
//! x86_64 too (Miri's driver never assembles it), so the pool then runs ARM inline assembly,
//! which Miri cannot execute. They run natively only.

#![cfg(feature = "std")]

use std::mem::MaybeUninit;

use dma_buffer::sim::SimChannel;
use dma_buffer::transfer::Transfer;
use dma_buffer::{zeroed, zeroed_box, zeroed_boxed_slice, zeroed_in};
use static_cell::{ConstStaticCell, StaticCell};

/// Moves a value through a function call, retagging it.
#[inline(never)]
fn relay<T>(value: T) -> T {
    value
}

#[test]
fn a_zeroed_static_cell_receives() {
    static RX: ConstStaticCell<[u16; 4]> = ConstStaticCell::new(zeroed());
    let rx: &'static mut [u16; 4] = RX.take();
    assert_eq!(*rx, [0; 4]);
    let channel = SimChannel::<u16>::new();
    channel.peripheral().receive(&[1, 2, 3, 4]);
    let (rx, _channel) = relay(Transfer::write(rx, channel)).wait().unwrap();
    assert_eq!(*rx, [1, 2, 3, 4]);
}

#[test]
fn zeroed_in_place_overwrites_what_the_memory_held() {
    static SPARE: StaticCell<[u8; 4]> = StaticCell::new();
    let slot: &'static mut MaybeUninit<[u8; 4]> = SPARE.uninit();
    slot.write(*b"junk");
    let rx = zeroed_in(slot);
    assert_eq!(*rx, [0; 4]);
}

#[test]
fn zeroed_heap_frames_receive() {
    let channel = SimChannel::<u32>::new();
    channel.peripheral().receive(&[7; 6]);
    let rx: Box<[u32; 3]> = zeroed_box();
    let (rx, channel) = Transfer::write(rx, channel).wait().unwrap();
    let slice: Box<[u32]> = zeroed_boxed_slice(3);
    let (slice, _channel) = Transfer::write(slice, channel).wait().unwrap();
    assert_eq!((*rx, &*slice), ([7; 3], &[7; 3][..]));
}

/// heapless pool boxes; not under Miri (see the file's docs).
#[cfg(not(miri))]
mod pools {
    use std::mem;
    use std::thread;
    use std::time::Duration;

    use dma_buffer::DmaWriteBuffer;
    use heapless::box_pool;
    use heapless::pool::boxed::{Box as PoolBox, BoxBlock};

    use super::*;

    box_pool!(FramePool: [u8; 8]);

    /// Gives the pool one block, once per test process.
    fn frame_pool_box(value: [u8; 8]) -> PoolBox<FramePool> {
        static BLOCK: StaticCell<BoxBlock<[u8; 8]>> = StaticCell::new();
        static MANAGED: std::sync::Once = std::sync::Once::new();
        MANAGED.call_once(|| FramePool.manage(BLOCK.init(BoxBlock::new())));
        FramePool
            .alloc(value)
            .expect("one block, one box at a time")
    }

    #[test]
    fn heapless_pool_boxes_are_buffers_as_they_are() {
        let channel = SimChannel::<u8>::new();
        let uart = channel.peripheral();
        uart.receive(b"pool-box");
        let mut rx = frame_pool_box(zeroed());
        assert_eq!(rx.dma_write_buffer().1, 8);
        let (rx, channel) = relay(Transfer::write(rx, channel)).wait().unwrap();
        assert_eq!(*rx, *b"pool-box");
        let (tx, _channel) = Transfer::read(rx, channel).wait().unwrap();
        assert_eq!(uart.transmitted(), b"pool-box");
        // Dropping the box returns its block: the pool can allocate again.
        drop(tx);
        drop(frame_pool_box([0; 8]));
    }

    #[test]
    fn a_forgotten_pool_box_never_returns_to_the_pool() {
        box_pool!(OneShot: [u8; 4]);
        static BLOCK: StaticCell<BoxBlock<[u8; 4]>> = StaticCell::new();
        OneShot.manage(BLOCK.init(BoxBlock::new()));
        let mut channel = SimChannel::<u8>::new();
        channel.set_word_delay(Duration::from_millis(1));
        let uart = channel.peripheral();
        let rx = OneShot.alloc([0; 4]).ok().unwrap();
        mem::forget(Transfer::write(rx, channel));
        uart.receive(b"late");
        // The engine may still write the block: the pool never hands it out again.
        while uart.pending() > 0 {
            assert!(OneShot.alloc([0; 4]).is_err());
            thread::yield_now();
        }
        assert!(OneShot.alloc([0; 4]).is_err());
    }

    #[cfg(feature = "derive")]
    mod derived {
        use super::*;

        #[derive(dma_buffer::DmaReadBuffer, dma_buffer::DmaWriteBuffer)]
        #[repr(C)]
        pub struct Frame {
            header: [u8; 2],
            payload: [u8; 6],
        }

        box_pool!(DerivedPool: Frame);

        #[test]
        fn a_pool_box_of_a_derived_frame_receives() {
            static BLOCK: StaticCell<BoxBlock<Frame>> = StaticCell::new();
            DerivedPool.manage(BLOCK.init(BoxBlock::new()));
            let channel = SimChannel::<u8>::new();
            channel.peripheral().receive(b"\x01\x06abcdef");
            let rx = DerivedPool.alloc(zeroed()).ok().unwrap();
            let (rx, _channel) = Transfer::write(rx, channel).wait().unwrap();
            assert_eq!((rx.header, rx.payload), ([1, 6], *b"abcdef"));
        }

        /// A HAL's receive function, bounded as stm32f4xx-hal's `Transfer` is: what it would
        /// program the channel with.
        #[cfg(feature = "embedded-dma")]
        fn hal_rx<B: embedded_dma::WriteBuffer<Word = u8> + 'static>(
            mut buffer: B,
        ) -> (*mut u8, usize) {
            // SAFETY: no DMA runs; the buffer is dropped right away.
            unsafe { buffer.write_buffer() }
        }

        #[cfg(feature = "embedded-dma")]
        #[test]
        fn a_pool_box_of_a_derived_frame_passes_to_an_embedded_dma_hal() {
            box_pool!(HalPool: Frame);
            static BLOCK: StaticCell<BoxBlock<Frame>> = StaticCell::new();
            HalPool.manage(BLOCK.init(BoxBlock::new()));
            let mut rx = HalPool.alloc(zeroed()).ok().unwrap();
            let frame_start: *mut u8 = std::ptr::from_mut::<Frame>(&mut rx).cast();
            assert_eq!(hal_rx(rx), (frame_start, 8));
        }
    }
}
