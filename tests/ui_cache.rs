//! The cache-line rules through the compiler: `CacheMaintained::receive` refuses RX buffers
//! that are not a whole `CacheAligned` value (`tests/ui/cache/`, regenerate with
//! `TRYBUILD=overwrite` and read the diff). A `CacheAligned` of a partial line fails only at
//! `cargo build`: `tests/build_fail/cache_aligned_*.rs`.

#[test]
fn unaligned_rx_buffers_do_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/cache/*.rs");
}
