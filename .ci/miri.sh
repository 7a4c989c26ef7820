#!/usr/bin/env bash
# Miri on dma-buffer: the simulated engine reads and writes buffers through raw pointers on its
# own thread while the tests move, store, send, drop, stop and forget transfers and end scopes
# early or by panic, so Miri sees every retag, data race and use after free. Once under Stacked
# Borrows, once under Tree Borrows; both must report no undefined behaviour. They do catch it:
# with the buffer held in `Transfer` as a plain field (moves retag it), or without the acquire
# fence after a job ends, both models report UB in tests/transfer.rs.
#
# `derive` is on for the derived-frame tests. Leaks are not undefined behaviour, and some tests
# leak on purpose: the test that `mem::forget`s a transfer (its channel and buffer), and doctests
# that `Box::leak` a `'static` buffer. Those run without Miri's leak check; the rest with it.
#
# Measured here (2 cores, nightly-2026-05-20, Miri sysroot already built, empty target dir):
# Stacked Borrows 47 s (with the build; its 72 doctests take 15 s), Tree Borrows 32 to 59 s;
# 80 to 110 s in all, depending on what else the machine runs. The workspace's tests add about
# 40 s (their build) plus 5 s per model.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/env.sh

miri_test() {
    cargo "+$NIGHTLY" miri test -p dma-buffer --features std,derive "$@"
}

for model in "" -Zmiri-tree-borrows; do
    started=$SECONDS
    echo "--- Miri, ${model:-Stacked Borrows}"
    MIRIFLAGS="${MIRIFLAGS:-} $model" miri_test --lib --tests
    MIRIFLAGS="${MIRIFLAGS:-} $model -Zmiri-ignore-leaks" miri_test --lib --tests -- --ignored
    MIRIFLAGS="${MIRIFLAGS:-} $model -Zmiri-ignore-leaks" miri_test --doc
    # The bbqueue grants, with their feature; the tests that forget a transfer leak its channel,
    # and one leaks its queue.
    MIRIFLAGS="${MIRIFLAGS:-} $model" miri_test --features bbqueue-alloc --test bbqueue_grants
    MIRIFLAGS="${MIRIFLAGS:-} $model -Zmiri-ignore-leaks" \
        miri_test --features bbqueue-alloc --test bbqueue_grants -- --ignored
    # The workspace's buffer-table, derive and bridge tests write through every kind of buffer
    # pointer, and `shadowed_core` through derived buffers in a crate that replaces `::core`;
    # some leak a `'static` buffer on purpose.
    MIRIFLAGS="${MIRIFLAGS:-} $model -Zmiri-ignore-leaks" cargo "+$NIGHTLY" miri test \
        -p dma-buffer-workspace --test buffers --test derive --test bridges --test shadowed_core
    # The continuous transfers on a 32-bit host, i686, where `u64` is 4-aligned and
    # `AtomicU64` 8-aligned: the rings' 64-bit words are accessed as two `AtomicU32`s there,
    # as on thumbv7em, which has no 64-bit atomics (on x86_64 they are one `AtomicU64`).
    MIRIFLAGS="${MIRIFLAGS:-} $model" miri_test --target i686-unknown-linux-gnu --test continuous
    # The double buffer's fault paths race the engine's last stores: one seed may miss an
    # ordering bug (a lost buffer, found by a review, needed seeds 1 or 3); eight do not.
    MIRIFLAGS="${MIRIFLAGS:-} $model -Zmiri-many-seeds=0..8" miri_test --test continuous a_fault
    echo "--- Miri, ${model:-Stacked Borrows}: $((SECONDS - started)) s"
done
