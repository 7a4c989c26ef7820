//! Misuses of transfers that must not compile: each of the design seed's unsound buffers, and
//! every way of letting a scoped transfer or its buffer escape the scope. One file per case in
//! `tests/ui/transfer/`, each starting with why it must fail, with the expected error beside it.

#[test]
fn transfer_misuse_does_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/transfer/*.rs");
}
