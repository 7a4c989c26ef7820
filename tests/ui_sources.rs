//! Buffer sources through the compiler: the grants of a bbqueue whose storage safe code can
//! share with a second queue are no DMA buffers, and the storage that is cannot be shared.
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite`, then read the diff.

#[test]
fn shared_queue_storage_does_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/sources/*.rs");
}
