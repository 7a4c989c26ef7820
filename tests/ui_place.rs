//! `place!` through the compiler: every misuse in `tests/ui/place/` must fail with the error in
//! its `.stderr` (regenerate with `TRYBUILD=overwrite`, then read the diff), and the hostile
//! crate in `tests/ui/place-pass/` must compile and run. The runtime guarantees (a loop, a
//! second call, re-entrance, racing threads get `None`) are tested in `dma-buffer/tests/place.rs`.

#[test]
fn place_misuse_does_not_compile() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/place/*.rs");
    cases.pass("tests/ui/place-pass/*.rs");
}
