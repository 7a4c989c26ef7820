#!/usr/bin/env bash
# The embedded-dma and zerocopy bridges: every feature combination of dma-buffer for every thumb
# target, on the pinned toolchain and on the MSRV (for which rustup has only thumbv7em's std), the
# derive's output on the MSRV, the stm32f4xx-hal firmware, and const-generic frames handed to
# stm32h7xx-hal and nrf52840-hal (firmware/hal-routes). Called by .ci/run, which installs the
# toolchains.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/env.sh

MSRV_TARGETS="thumbv7em-none-eabihf"
FEATURES="embedded-dma zerocopy embedded-dma,zerocopy"

timed() {
    local start=$SECONDS
    "$@"
    echo "--- $((SECONDS - start))s: $*"
}

# `cargo [+toolchain] build` of dma-buffer, no default features, for each feature set with and
# without `derive`, for each target given: build_features TARGETS TARGET_DIR [+toolchain]
build_features() {
    local targets=$1 dir=$2
    shift 2
    for target in $targets; do
        for features in $FEATURES; do
            for with_derive in "" ",derive"; do
                cargo "$@" build --quiet -p dma-buffer --no-default-features \
                    --features "$features$with_derive" --target "$target" --target-dir "$dir"
            done
        done
        echo "built all feature sets for $target"
    done
}

timed build_features "$THUMBS" "$THUMB_DIR"
timed build_features "$MSRV_TARGETS" "$MSRV_DIR" "+$MSRV"

# What the derive and the hidden macros emit, with every bridge, on the MSRV.
for target in $MSRV_TARGETS; do
    (cd firmware/msrv-bridges && timed cargo "+$MSRV" build --quiet --target "$target" \
        --target-dir "$MSRV_DIR")
done

# Derived frames handed unchanged to stm32f4xx-hal's DMA `Transfer`. Its dependencies need a
# newer compiler than the MSRV, so it builds on the pinned toolchain only. Built from its own
# directory, whose `.cargo/config.toml` links with cortex-m-rt's `link.x`.
(cd firmware/stm32f4-usart && timed cargo build --quiet --release \
    --target thumbv7em-none-eabihf --target-dir "$FIRMWARE_DIR")

# Const-generic frames with `align(N)` and `word = u8` handed unchanged to stm32h7xx-hal's and
# nrf52840-hal's DMA calls; with `padded`, the same calls on padded instantiations must fail to
# build, naming the padding.
hal_routes() { # CARGO-BUILD-ARGS...
    (cd firmware/hal-routes && cargo build --quiet --target thumbv7em-none-eabihf \
        --target-dir "$THUMB_DIR" "$@")
}
timed hal_routes
if log=$(hal_routes --features padded 2>&1); then
    echo "firmware/hal-routes with padded frames built, but must fail" >&2
    exit 1
fi
for expected in "1 byte of padding at the end, after \`bytes\`" \
    "2 bytes of padding at the end, after \`0\`"; do
    grep -qF "$expected" <<<"$log" || {
        echo "firmware/hal-routes with padded frames failed without \"$expected\":" >&2
        echo "$log" >&2
        exit 1
    }
done
echo "firmware/hal-routes: the HALs take the frames, and padded instantiations fail to build"
