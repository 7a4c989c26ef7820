//! `#[derive(DmaReadBuffer, DmaWriteBuffer)]` through the compiler: every struct the derive
//! refuses is a case in `tests/ui/derive/` that must fail with the error in its `.stderr`
//! (regenerate with `TRYBUILD=overwrite`, then read the diff); the crates in
//! `tests/ui/derive-pass/` must compile. Layout errors that only `cargo build` reports are
//! in `tests/build_fail/`.

#[test]
fn derive_refusals_and_lint_settings() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/derive/*.rs");
    cases.pass("tests/ui/derive-pass/*.rs");
}
