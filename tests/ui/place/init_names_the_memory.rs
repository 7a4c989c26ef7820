// The initializer runs outside the block that declares the place's statics, so it cannot
// reach the memory (to keep a second reference to it) by their names.
fn main() {
    let _ = dma_buffer::place!(".axisram", [u8; 4] = {
        let _second = &MEMORY;
        [0; 4]
    });
}
