#!/usr/bin/env bash
# The mutation check of the ring arithmetic (dma-buffer/src/transfer/continuous/position.rs):
# for each comparison that decides overrun or underrun, build dma-buffer with that comparison
# turned into its off-by-one neighbour (`--cfg dma_buffer_mutant=NAME`) and require the model
# check (transfer::continuous::model, which `cargo test` runs unmutated) to fail on it, by an
# assertion of the check, not by a build error. Called by .ci/run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Its own target dir: RUSTFLAGS differ, and must not invalidate the main build's artifacts.
TARGET_DIR="$(realpath -m "${CARGO_TARGET_DIR:-target}")/mutants"

# mutant name, and the test that must catch it
for case in "unread read_matches_the_reference" "writable write_matches_the_reference"; do
    set -- $case
    started=$SECONDS
    log=$(mktemp)
    if RUSTFLAGS="--cfg dma_buffer_mutant=\"$1\"" cargo test --quiet -p dma-buffer \
        --features std --target-dir "$TARGET_DIR" --lib "transfer::continuous::model::$2" \
        >"$log" 2>&1; then
        cat "$log"
        echo "mutant '$1' survived: the model check does not catch it" >&2
        exit 1
    fi
    if ! grep -q "model::$2.* --- FAILED" "$log" \
        || ! grep -q "expected" "$log"; then
        cat "$log"
        echo "mutant '$1': the check did not fail by a mismatch (see above)" >&2
        exit 1
    fi
    echo "mutant '$1' caught in $((SECONDS - started)) s:"
    grep -m1 "expected" "$log"
    rm -f "$log"
done
