/// Several mistakes at once: every one is reported.
#[dma(wrod = u8)]
#[repr(packed)]
pub struct Bad {
    flag: bool,
    #[dma(word = u8)]
    halves: [u16; 2],
    full: u32,
    spare: core::mem::MaybeUninit<[u16; 2]>,
}
