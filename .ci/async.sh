#!/usr/bin/env bash
# Async transfers beyond what the workspace's tests and Miri run already cover: the host
# example, and its receive task (firmware/async-rx) built no_std for Cortex-M, on the pinned
# toolchain and on the MSRV, for ARMv7E-M and for ARMv6-M, which has no compare-and-swap (no
# `WakerSlot`, but `AsyncDmaChannel` and the futures). Called by .ci/run, which installs the
# toolchains and sets MSRV.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${MSRV:?set MSRV, e.g. MSRV=1.79.0}"

# Absolute, as the firmware builds run in their own directory.
TARGET_DIR="$(realpath -m "${CARGO_TARGET_DIR:-target}")/async"

cargo run --quiet --example async_rx

for toolchain in "" "+$MSRV"; do
    for target in thumbv7em-none-eabihf thumbv6m-none-eabi; do
        (cd firmware/async-rx && cargo $toolchain build --quiet --target "$target" \
            --target-dir "$TARGET_DIR/${toolchain:-+stable}")
        echo "built firmware/async-rx for $target ${toolchain:-(pinned toolchain)}"
    done
done
