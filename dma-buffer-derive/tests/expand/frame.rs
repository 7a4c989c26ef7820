/// A frame of one word type: checked at the definition.
#[repr(C)]
pub struct Frame {
    hdr: [u32; 2],
    body: [u32; 30],
}
