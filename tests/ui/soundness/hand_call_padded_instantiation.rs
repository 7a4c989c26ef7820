// A hand call asking for the embedded-dma target route of one instantiation of a generic
// derived type: its pointers already are embedded-dma buffers through this crate's checked
// impls, so making `A<3>` embedded-dma's target conflicts with them. (Where it does not
// conflict, the route checks the type it is given: `crate_path_forwards_edited_input.rs`.)
#![forbid(unsafe_code)]

#[derive(dma_buffer::DmaReadBuffer)]
#[repr(C, align(4))]
pub struct A<const N: usize>([u8; N]);

dma_buffer::__derived_routes! { read type [A<3>] }

fn main() {}
