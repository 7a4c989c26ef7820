// The place is a `static`: whoever claims it may be another thread, so its type must be `Send`.
use std::rc::Rc;

fn main() {
    let _ = dma_buffer::place!(".axisram", Rc<u8> = Rc::new(1));
}
