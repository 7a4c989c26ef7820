//! Bridges to the crates DMA users already run: `embedded-dma` 0.2 (the HALs' buffer traits)
//! and `zerocopy` 0.8 (packet layouts), each behind its cargo feature.

#[cfg(feature = "embedded-dma")]
pub mod embedded_dma;
#[cfg(feature = "zerocopy")]
pub mod zerocopy;

/// Stands in for the `zerocopy` feature's `__derive_zerocopy_target!` (see `bridge/zerocopy.rs`)
/// so that `#[dma(zerocopy)]` without the feature says what to do instead of naming a macro
/// that does not exist.
#[cfg(not(feature = "zerocopy"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __derive_zerocopy_target {
    ($($input:tt)*) => {
        $crate::__private::core::compile_error!($crate::__private::core::concat!(
            "`#[dma(zerocopy)]` needs the `zerocopy` feature of `dma-buffer`: ",
            "`dma-buffer = { version = \"0.1\", features = [\"derive\", \"zerocopy\"] }`",
        ));
    };
}
