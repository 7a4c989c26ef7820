#!/usr/bin/env bash
# Async transfers beyond what the workspace's tests and Miri run already cover: the host
# example, and its receive task (firmware/async-rx) built no_std for Cortex-M, on the pinned
# toolchain for ARMv7E-M and for ARMv6-M, which has no compare-and-swap (no `WakerSlot`, but
# `AsyncDmaChannel` and the futures), and on the MSRV for ARMv7E-M (the one thumb std rustup has
# for it here). Called by .ci/run, which installs the toolchains and sets MSRV.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${MSRV:?set MSRV, e.g. MSRV=1.84.0}"

# Absolute, as the firmware builds run in their own directory.
TARGET_DIR="$(realpath -m "${CARGO_TARGET_DIR:-target}")/async"

cargo run --quiet --example async_rx

# build TOOLCHAIN TARGET: the task for TARGET, with `cargo +TOOLCHAIN` ("" for the pinned one).
build() {
    (cd firmware/async-rx && cargo $1 build --quiet --target "$2" --target-dir "$TARGET_DIR/${1:-+stable}")
    echo "built firmware/async-rx for $2 ${1:-(pinned toolchain)}"
}
build "" thumbv7em-none-eabihf
build "" thumbv6m-none-eabi
build "+$MSRV" thumbv7em-none-eabihf
