//! What the adversarial review found, by class, and the variants of each class: a hostile user
//! who writes no `unsafe` (every case is under `#![forbid(unsafe_code)]`) shadows the names the
//! generated code uses, rewrites the struct after the derive read it, points `crate =` at a
//! module of their own, or calls the exported hidden macros by hand. Each `tests/ui/soundness/*.rs`
//! must fail to compile with the error in its `.stderr` (regenerate with `TRYBUILD=overwrite`,
//! then read the diff). Cases that the fix made sound run under Miri in `tests/soundness.rs`;
//! cases that only `cargo build` refuses are in `tests/build_fail/`.

#[test]
fn hostile_programs_do_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/soundness/*.rs");
}
