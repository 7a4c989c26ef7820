#!/usr/bin/env bash
# Buffer sources, reach and cache (dma_buffer::sources, ::reach, ::cache): the bbqueue features
# for every thumb target, and the rp2040-hal firmware, which builds `place!`'s critical-section
# claim for thumbv6m (.ci/miri.sh runs the bbqueue grant tests under Miri). Called by .ci/run,
# which installs the toolchains.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/env.sh

# bbqueue needs Rust 1.85 (edition 2024), so these build on the pinned toolchain only; without
# the features, the new modules are part of the MSRV builds of .ci/run and .ci/bridges.sh.
# bbqueue has no `Arc` on thumbv6m (no atomic CAS), hence no `bbqueue-alloc` there.
build_thumbs() {
    for target in $THUMBS; do
        local sets="bbqueue bbqueue,derive,embedded-dma"
        [[ $target == thumbv6m-none-eabi ]] || sets+=" bbqueue-alloc,derive"
        for features in $sets; do
            cargo build --quiet -p dma-buffer --no-default-features --features "$features" \
                --target "$target" --target-dir "$THUMB_DIR"
        done
        echo "built the bbqueue feature sets for $target"
    done
}
time build_thumbs

# Derived frames from place!, singleton! and static_cell handed unchanged to rp2040-hal 0.12's
# DMA, for thumbv6m. Built from its own directory, whose `.cargo/config.toml` links with
# cortex-m-rt's `link.x`.
(cd firmware/rp2040-uart && time cargo build --quiet --release --target-dir "$FIRMWARE_DIR")
