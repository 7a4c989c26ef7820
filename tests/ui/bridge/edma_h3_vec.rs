// embedded-dma's impl for slices sizes a `Vec<H<3>>` with `size_of_val`, never asking `H<3>`.
#[path = "support/hal.rs"]
mod hal;

use hal::{hal_rx, H3};

fn main() {
    hal_rx(vec![H3, H3]);
}
