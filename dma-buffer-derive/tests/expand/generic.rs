/// A type parameter field: the bound goes on the field type.
#[repr(C)]
pub struct G<T>(T);
