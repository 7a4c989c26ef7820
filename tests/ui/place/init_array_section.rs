// The start-up code calls every word of `.init_array` as a function before `main`.
fn main() {
    let _ = dma_buffer::place!(".init_array", [u32; 1]);
}
