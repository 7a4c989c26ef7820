// A static in `.text` would be code the CPU cannot write (or, worse, could execute): `place!`
// refuses the sections whose contents have a meaning of their own, at compile time.
fn main() {
    let _ = dma_buffer::place!(".text.rx", [u8; 4]);
}
