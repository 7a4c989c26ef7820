//! The buffers the crate refuses: each `tests/ui/buffer/*.rs` must fail to compile with the
//! error in its `.stderr` (regenerate with `TRYBUILD=overwrite`, then read the diff).

#[test]
fn refused_buffers_do_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/buffer/*.rs");
}
