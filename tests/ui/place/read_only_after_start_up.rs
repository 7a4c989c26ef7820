// Found by the fourth adversarial review: names a linker makes read-only (lld's `.bss.rel.ro`,
// in the RELRO segment) or puts in flash (cortex-m-rt's `.HardFault.*`) are not RAM. `place!`
// takes only RAM section prefixes, so both are refused.
fn main() {
    let _ = dma_buffer::place!(".bss.rel.ro", [u8; 4096]);
    let _ = dma_buffer::place!(".HardFault.rx", [u32; 16]);
    let _ = dma_buffer::place!(".dma.rel.ro", [u32; 16]);
}
