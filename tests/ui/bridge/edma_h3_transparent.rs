// A transparent wrapper is an embedded-dma target only where its field is one.
#[path = "support/hal.rs"]
mod hal;

use hal::{hal_rx, G, H3};

fn main() {
    hal_rx(Box::new(G(H3)));
}
