//! What the `embedded-dma` and `zerocopy` bridges refuse: each `tests/ui/bridge/*.rs` must fail
//! to compile with the error in its `.stderr` (regenerate with `TRYBUILD=overwrite`, then read
//! the diff). Refusals that only `cargo build` reports are in `tests/build_fail/`.

#[test]
fn refused_bridges_do_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/bridge/*.rs");
}
