// embedded-dma's impl for arrays sizes `[H<3>; 2]` with `size_of_val`, never asking `H<3>`.
#[path = "support/hal.rs"]
mod hal;

use hal::{hal_rx, H3};

fn main() {
    hal_rx(Box::new([H3, H3]));
}
