// Found by the third adversarial review: an attribute macro on a `const` inside an array
// length is a macro call without `!`, and gives each copy of the field type that the derive
// writes its own length (here 2 in the field list, 1 in the struct), hiding the padding. The
// derive refuses field types that hold an attribute, as it refuses those that call a macro.
#![forbid(unsafe_code)]

#[derive(dma_buffer::DmaReadBuffer)]
#[dma(word = u8)]
#[repr(C)]
pub struct Padded {
    a: [u8; {
        #[hostile_macros::seq(2, 1, 2, 1)]
        const L: usize = 0;
        L
    }],
    b: [u16; 1],
}

fn main() {}
