// The hidden macro checks the field list it is given against the struct itself, so a hand-written
// call that claims a `bool` is a `u8`, or leaves a field out, does not compile.
#[repr(C)]
struct Flag(bool);

dma_buffer::__derive_dma_target! {
    write impl [] type [Flag] where [] word [u8] rule [SameWord]
    bounds [] fields [0: u8] phantoms [] now [Flag]
}

#[repr(C)]
struct Pair(u8, bool);

dma_buffer::__derive_dma_target! {
    write impl [] type [Pair] where [] word [u8] rule [SameWord]
    bounds [] fields [0: u8] phantoms [] now [Pair]
}

fn main() {}
