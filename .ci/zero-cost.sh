#!/usr/bin/env bash
# Zero cost: the derived `dma_write_buffer()` of a `&'static mut Frame` and of a const-generic
# `&'static mut G<12>` (firmware/zero-cost) must compile, for thumbv7em-none-eabihf in release,
# to the same instructions as a hand-written `(ptr, len)` function. Prints each function's
# instructions; fails if a derived one differs from its hand-written twin, or if the check
# cannot tell `derived_frame` from a control one word short. Called by .ci/run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/env.sh

TARGET=thumbv7em-none-eabihf
CRATE=firmware/zero-cost
# derived function = hand-written function it must equal
PAIRS="derived_frame=hand_frame derived_g12=hand_g12"
CONTROL=hand_frame_one_word_short

fail() {
    echo "zero-cost: FAILED: $*" >&2
    exit 1
}

# The toolchain's own llvm-objdump, which disassembles what that LLVM emits: .ci/run installs
# the toolchain with `llvm-tools` and the target.
LLVM_BIN="$(rustc "+$STABLE" --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin"
[[ -x $LLVM_BIN/llvm-objdump ]] ||
    fail "no llvm-objdump: rustup component add llvm-tools --toolchain $STABLE"

# Not `--locked`: the lock file follows the path dependencies on dma-buffer and its derive.
(cd "$CRATE" && cargo fmt --check &&
    cargo clippy --quiet --release --target "$TARGET" --target-dir "$FIRMWARE_DIR" -- -D warnings &&
    cargo build --quiet --release --target "$TARGET" --target-dir "$FIRMWARE_DIR")
# The rlib's one object file (one codegen unit), without the metadata member beside it.
OBJ_DIR="$TARGETS_ROOT/zero-cost"
rm -rf "$OBJ_DIR" && mkdir -p "$OBJ_DIR"
"$LLVM_BIN/llvm-ar" x --output "$OBJ_DIR" "$FIRMWARE_DIR/$TARGET/release/libzero_cost.rlib"
OBJ=$(echo "$OBJ_DIR"/*.o)
[[ -f $OBJ ]] || fail "expected one object file in the rlib, found: $OBJ"

# instructions SYMBOL: the symbol's instructions, one a line, mnemonic and operands without
# addresses. LLVM may merge identical functions into aliases of one body, which this follows.
instructions() {
    "$LLVM_BIN/llvm-objdump" -d --no-show-raw-insn --no-print-imm-hex \
        --disassemble-symbols="$1" "$OBJ" |
        sed -n 's/^ *[0-9a-f]*:[[:space:]]*//p' | tr -s ' \t' ' ' | sed 's/ $//'
}

show() { # SYMBOL
    echo "--- $1:"
    instructions "$1" | sed 's/^/    /'
}

for pair in $PAIRS; do
    derived=${pair%=*} hand=${pair#*=}
    show "$derived"
    show "$hand"
    [[ -n $(instructions "$derived") ]] || fail "no instructions found for $derived"
    [[ $(instructions "$derived") == "$(instructions "$hand")" ]] ||
        fail "$derived does not compile to the instructions of $hand"
done
show "$CONTROL"
[[ $(instructions derived_frame) != "$(instructions "$CONTROL")" ]] ||
    fail "the check cannot tell derived_frame from $CONTROL, which returns 31 words"
echo "zero-cost: the derived buffers compile to the hand-written (ptr, len)"
