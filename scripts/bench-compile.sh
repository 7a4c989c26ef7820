#!/usr/bin/env bash
# Compile-time benchmark of the derive against bytemuck, zerocopy and hand-written impls
# (BENCHMARKS.md has the method and a run's table). Not a test and not part of CI.
#
#   bash scripts/bench-compile.sh            # ROUNDS=5 CLEAN_ROUNDS=3 by default
#   ROUNDS=9 CLEAN_ROUNDS=0 bash scripts/bench-compile.sh
#   TIME_PASSES=1 bash scripts/bench-compile.sh   # also where rustc spends the time (nightly)
#
# Generates, under target/bench-compile/ (its own Cargo workspace, never committed), one user
# crate per variant with the same 500 structs, builds their dependencies once, then times
# `cargo build` of each user crate after `touch src/lib.rs`, incremental (cargo's default) and
# with CARGO_INCREMENTAL=0, the variants interleaved in an order that rotates every round. Then
# times clean builds (fresh target dir) of a crate depending only on dma-buffer-derive vs only
# on bytemuck_derive. Prints medians and ratios as Markdown tables. TIME_PASSES=1 adds one
# `-Ztime-passes` build of each variant on $NIGHTLY. With TIME_PASSES=1, on 2 cores shared with
# other builds: about 3 minutes when target/bench-compile/ is warm, 6 from scratch.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ROUNDS=${ROUNDS:-5}
CLEAN_ROUNDS=${CLEAN_ROUNDS:-3}
TIME_PASSES=${TIME_PASSES:-0}
source .ci/env.sh # NIGHTLY, only for TIME_PASSES=1
REPO=$(pwd)
SCRATCH="$REPO/target/bench-compile"
RESULTS="$SCRATCH/results.txt"
LOG="$SCRATCH/cargo.log"
VARIANTS=(derive bytemuck zerocopy hand)
PROC_MACRO_CRATES=(clean-dma-buffer-derive clean-bytemuck-derive)
export CARGO_TERM_COLOR=never

mkdir -p "$SCRATCH"
python3 scripts/bench_compile.py generate "$SCRATCH" "$REPO"
# Start from the repository's lock file, so shared dependencies (syn, zerocopy) are the
# versions the repository builds with; cargo adds bytemuck.
[[ -f $SCRATCH/Cargo.lock ]] || cp Cargo.lock "$SCRATCH/Cargo.lock"
cd "$SCRATCH" # the repository's rust-toolchain.toml still applies here

# `run_logged [VAR=VALUE...] COMMAND...`: runs it with its output in $LOG; shows the log if it
# fails.
run_logged() {
    if ! env "$@" >>"$LOG" 2>&1; then
        tail -n 40 "$LOG" >&2
        echo "bench-compile: FAILED: $*" >&2
        exit 1
    fi
}

# `timed_build KIND NAME PACKAGE [VAR=VALUE...]`: appends "KIND NAME WALL CPU" (seconds) to
# $RESULTS for one `cargo build -p PACKAGE` with those variables set.
timed_build() {
    local kind=$1 name=$2 package=$3
    shift 3
    run_logged python3 "$REPO/scripts/bench_compile.py" time "$RESULTS" "$kind" "$name" "$LOG" \
        env "$@" cargo build --offline -p "$package"
}

: >"$LOG"
: >"$RESULTS"
rm -f "$SCRATCH"/time-passes-*.txt
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -h | awk '/^Mem:/ {print $2}') RAM," \
    "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "toolchain: $(rustc -V), $(cargo -V)"

# Fetch only what is missing; every build below is then --offline.
cargo fetch --offline >>"$LOG" 2>&1 || run_logged cargo fetch

echo "warm-up: building every variant's dependencies and the variants once, in both modes"
for variant in "${VARIANTS[@]}"; do
    run_logged CARGO_INCREMENTAL=1 cargo build --offline -p "bench-$variant"
    run_logged CARGO_INCREMENTAL=0 cargo build --offline -p "bench-$variant"
done

for ((round = 0; round < ROUNDS; round++)); do
    for ((i = 0; i < ${#VARIANTS[@]}; i++)); do
        variant=${VARIANTS[(round + i) % ${#VARIANTS[@]}]}
        touch "bench-$variant/src/lib.rs"
        timed_build incremental "$variant" "bench-$variant" CARGO_INCREMENTAL=1
        touch "bench-$variant/src/lib.rs"
        timed_build non-incremental "$variant" "bench-$variant" CARGO_INCREMENTAL=0
    done
    echo "round $((round + 1))/$ROUNDS done"
done

# A dependency from crates.io is never built incrementally; so no incremental builds here.
for ((round = 0; round < CLEAN_ROUNDS; round++)); do
    for ((i = 0; i < ${#PROC_MACRO_CRATES[@]}; i++)); do
        crate=${PROC_MACRO_CRATES[(round + i) % ${#PROC_MACRO_CRATES[@]}]}
        rm -rf "$SCRATCH/clean-target"
        timed_build clean "$crate" "$crate" \
            CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$SCRATCH/clean-target"
    done
    echo "clean round $((round + 1))/$CLEAN_ROUNDS done"
done
rm -rf "$SCRATCH/clean-target"

if [[ $TIME_PASSES == 1 ]]; then
    echo "time passes: one non-incremental build of each variant on $NIGHTLY"
    for variant in "${VARIANTS[@]}"; do
        run_logged CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$SCRATCH/nightly-target" \
            cargo "+$NIGHTLY" build --offline -p "bench-$variant"
        touch "bench-$variant/src/lib.rs"
        CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$SCRATCH/nightly-target" \
            cargo "+$NIGHTLY" rustc --offline --quiet -p "bench-$variant" -- -Ztime-passes \
            >"$SCRATCH/time-passes-$variant.txt" 2>&1
    done
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 "$REPO/scripts/bench_compile.py" report "$RESULTS" "$SCRATCH/Cargo.lock" "$SCRATCH"
