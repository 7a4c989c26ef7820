# The toolchains, targets and target directories of CI, written once. Sourced, after a `cd` to
# the repository root, by .ci/run, the scripts it calls and scripts/*.sh, so that each of them
# also runs on its own.
STABLE=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml) # the pinned toolchain
NIGHTLY=${NIGHTLY:-nightly-2026-05-20} # Miri and -Zunpretty; dated so its verdicts are reproducible
MSRV=${MSRV:-1.84.0}                   # = rust-version of dma-buffer and dma-buffer-derive
THUMBS="thumbv6m-none-eabi thumbv7em-none-eabihf thumbv8m.main-none-eabi"
# Target directories, absolute, as the firmware builds run in their own directories. The thumb
# builds on the pinned toolchain share one, those on the MSRV another, and the firmware's
# release builds a third, so that syn and the derive build once for each, never for each
# script; none shares the host builds' `target/`, whose artifacts they could not use.
TARGETS_ROOT=$(realpath -m "${CARGO_TARGET_DIR:-target}")
THUMB_DIR=$TARGETS_ROOT/thumb
MSRV_DIR=$TARGETS_ROOT/thumb-msrv
FIRMWARE_DIR=$TARGETS_ROOT/firmware
