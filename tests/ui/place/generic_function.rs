// One expansion must be one place: a static cannot depend on a generic parameter, so the
// memory is never shared by (or split between) a function's instantiations.
fn rx<T: dma_buffer::DmaWriteTarget + Send + 'static>() -> Option<&'static mut T> {
    dma_buffer::place!(".axisram", T)
}

fn main() {
    let _ = rx::<[u8; 4]>();
}
