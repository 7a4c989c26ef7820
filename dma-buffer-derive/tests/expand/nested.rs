// derive: DmaWriteBuffer
/// A derived struct and `MaybeUninit` words as fields.
#[repr(C, align(8))]
pub struct Packet {
    header: Header,
    payload: core::mem::MaybeUninit<[u32; 30]>,
}
