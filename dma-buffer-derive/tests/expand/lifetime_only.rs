/// Only a lifetime parameter: one layout, checked at the definition with `'static`.
#[repr(C)]
pub struct Tagged<'a> {
    data: [u8; 16],
    owner: PhantomData<&'a ()>,
}
