/// Mixed word sizes viewed as bytes; generic, so checked per instantiation.
#[dma(word = u8)]
#[repr(C)]
pub struct H<const N: usize> {
    a: [u8; N],
    b: [u32; 1],
}
