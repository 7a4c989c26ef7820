// Making a union a target by hand takes an `unsafe impl` of the hidden fields trait, which is
// the user's own `unsafe`: `forbid(unsafe_code)` refuses it.
#![forbid(unsafe_code)]

#[repr(C)]
pub union U {
    a: [u8; 4],
    b: u8,
}

unsafe impl dma_buffer::derived::ReadFields for U {
    type Word = u8;
    type Rule = dma_buffer::derived::SameWord;
    type Fields = ([u8; 4], ());
    type Phantoms = ();
    const FIELDS: () = ();
}

fn main() {}
