//! A framed UART link's receive side, as an async task generic over the DMA channel.

use dma_buffer::transfer::{AsyncDmaChannel, Fault, Transfer};

/// A frame on the wire: a 4-byte tag and 28 bytes of payload.
///
/// The derive proves it is 32 `u8`s without padding, so the DMA may write any bytes into it.
#[derive(dma_buffer::DmaWriteBuffer)]
#[repr(C)]
pub struct Frame {
    /// What the payload is, in ASCII (`b"TEMP"`).
    pub tag: [u8; 4],
    /// The data, padded to 28 bytes.
    pub payload: [u8; 28],
}

impl Frame {
    /// A frame of zeros, to initialize the `static` it is received into.
    pub const EMPTY: Frame = Frame {
        tag: [0; 4],
        payload: [0; 28],
    };
}

/// What [`uart_rx_task`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RxStats {
    /// Frames received whole.
    pub frames: u32,
    /// Jobs that ended on a DMA fault; their frame is lost.
    pub faults: u32,
}

/// Receives `jobs` frames by DMA, one after the other, into the same `'static` frame, and hands
/// each whole one to `on_frame`; gives back the channel and the frame.
///
/// Between frames the task sleeps until the channel's interrupt wakes it, so other tasks run.
/// The frame is `'static` (`StaticCell`, `singleton!`, `Box::leak`) because the future may be
/// dropped or leaked mid-frame: dropped, it stops the DMA first; leaked, the DMA keeps a frame
/// nobody else can reach.
pub async fn uart_rx_task<C>(
    mut channel: C,
    mut frame: &'static mut Frame,
    jobs: u32,
    mut on_frame: impl FnMut(&Frame),
) -> (C, &'static mut Frame, RxStats)
where
    C: AsyncDmaChannel<Word = u8>,
{
    let mut stats = RxStats::default();
    for _ in 0..jobs {
        (frame, channel) = match Transfer::write(frame, channel).await {
            Ok((received, channel)) => {
                on_frame(received);
                stats.frames += 1;
                (received, channel)
            }
            Err(Fault {
                buffer, channel, ..
            }) => {
                stats.faults += 1;
                (buffer, channel)
            }
        };
    }
    (channel, frame, stats)
}
