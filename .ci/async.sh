#!/usr/bin/env bash
# Async transfers beyond what the workspace's tests and Miri run already cover: the host
# example, and its receive task (firmware/async-rx) built no_std for Cortex-M, on the pinned
# toolchain for ARMv7E-M and for ARMv6-M, which has no compare-and-swap (no `WakerSlot`, but
# `AsyncDmaChannel` and the futures), and on the MSRV for ARMv7E-M (the one thumb std rustup has
# for it here). Called by .ci/run, which installs the toolchains.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/env.sh

cargo run --quiet --example async_rx

# build TOOLCHAIN TARGET TARGET_DIR: the task for TARGET, with `cargo +TOOLCHAIN`.
build() {
    (cd firmware/async-rx && cargo "+$1" build --quiet --target "$2" --target-dir "$3")
    echo "built firmware/async-rx for $2 on $1"
}
build "$STABLE" thumbv7em-none-eabihf "$THUMB_DIR"
build "$STABLE" thumbv6m-none-eabi "$THUMB_DIR"
build "$MSRV" thumbv7em-none-eabihf "$MSRV_DIR"
