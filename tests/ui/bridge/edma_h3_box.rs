// embedded-dma computes (ptr, len) of a target itself, so `H<3>`, whose check only this crate
// evaluates, is no embedded-dma target: use `Compat`, which evaluates it.
#[path = "support/hal.rs"]
mod hal;

use hal::{hal_rx, H3};

fn main() {
    hal_rx(Box::new(H3));
}
