//@ features: derive
//@ error: `#[dma(zerocopy)]` needs the `zerocopy` feature of `dma-buffer`
// Without the feature, the attribute says which feature to turn on.
use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[dma(zerocopy)]
#[repr(C)]
struct Header {
    kind: u8,
}

fn main() {}
