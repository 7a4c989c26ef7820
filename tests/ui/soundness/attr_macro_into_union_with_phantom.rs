// An attribute macro turns a struct of a data field and a `PhantomData` into a union. Its size
// is the data field's, so the layout checks pass; what refuses it is the derive's exhaustive
// pattern of both fields, which no union pattern may name.
#![forbid(unsafe_code)]

use core::marker::PhantomData;

use dma_buffer::DmaReadBuffer;

#[derive(DmaReadBuffer)]
#[hostile_macros::into_union]
#[repr(C)]
pub struct U {
    a: [u8; 4],
    marker: PhantomData<u8>,
}

fn main() {}
