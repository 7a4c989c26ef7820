/// zerocopy's derives prove the layout; this derive only adds the DMA impl.
#[dma(zerocopy)]
#[repr(C, packed)]
pub struct Header {
    kind: u8,
    length: U16<BigEndian>,
    sequence: U32<BigEndian>,
}
