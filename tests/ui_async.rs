//! Async transfers on borrowed buffers, which cannot be sound (a future can be forgotten while
//! its borrows end: see `dma_buffer::transfer::asynch`), must not compile. One file per case in
//! `tests/ui/async/`, each starting with why it must fail, with the expected error beside it.

#[test]
fn borrowed_async_transfers_do_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/async/*.rs");
}
