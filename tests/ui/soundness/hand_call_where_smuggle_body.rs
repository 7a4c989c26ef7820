// Found by the second adversarial review: tokens given as a hidden macro's `where` clause ended
// it, gave the macro's `unsafe impl` a body of their own and hid the real one under
// `#[cfg(any())]`. No exported macro takes a `where` clause any more: this call, to the route
// that makes a derived type embedded-dma's target, matches no rule.
#![forbid(unsafe_code)]

#[derive(zerocopy::FromBytes, zerocopy::IntoBytes, zerocopy::Immutable)]
#[repr(C)]
pub struct P(u8);

dma_buffer::__derived_routes! { write type [P] where [
    P: Sized { type Word = u8; fn as_write_buffer(&mut self) -> (*mut u8, usize) { (self as *mut Self as *mut u8, 64) } }
    #[cfg(any())] impl P for P where ] }

fn main() {}
