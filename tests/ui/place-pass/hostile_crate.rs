// A crate that forbids `unsafe` and shadows `core`, `Option`, `Some` and `None` still gets
// the place: the expansion writes no `unsafe` of the caller's and names everything through
// `$crate`.
#![forbid(unsafe_code)]

extern crate self as core;

#[allow(dead_code)]
enum Option<T> {
    Some(T),
    None,
}
#[allow(unused_imports)]
use self::Option::{None, Some};

#[allow(dead_code)]
mod option {}
#[allow(dead_code)]
mod mem {}

fn main() {
    let first = dma_buffer::place!(".dma_test", [u8; 4] = *b"once");
    let first: &'static mut [u8; 4] = first.unwrap();
    first[0] = b'O';
    assert_eq!(first, b"Once");
    let claimed = (0..3)
        .filter(|_| dma_buffer::place!(".dma_test", [u16; 2]).is_some())
        .count();
    assert_eq!(claimed, 1);
}
