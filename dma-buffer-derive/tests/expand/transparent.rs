/// A wrapper of one array, generic over its length.
#[repr(transparent)]
pub struct CustomWrapper<const N: usize>([u16; N]);
