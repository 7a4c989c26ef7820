#!/usr/bin/env bash
# End to end on a real DMA controller model: builds firmware/pl081-qemu (release, for
# thumbv8m.main-none-eabi), runs it on QEMU's mps2-an505 board, whose PL081 DMA controller
# moves the bytes, and fails unless every case prints `ok NAME` and the firmware exits 0 within
# the time limit. Then checks that `Transfer::copy` + `wait` on the driver compiled to the
# register accesses and the two DMBs (the disassembly of `copy_and_wait`), and that both checks
# can fail: a firmware with a broken driver (feature `inject-wrong-width`) must fail its cases,
# and doctored disassemblies must fail the instruction check.
#
# Installs what it lacks: qemu-system-arm and binutils-arm-none-eabi (apt), the target
# (rustup). Warm: a few seconds; cold: under a minute (apt about 20 s, building the firmware's
# dependencies about 20 s).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/env.sh

FIRMWARE=firmware/pl081-qemu
TARGET=thumbv8m.main-none-eabi
ELF="$FIRMWARE_DIR/$TARGET/release/pl081-qemu"
WORK_DIR="$TARGETS_ROOT/qemu-e2e" # the logs and the disassembly
LOG="$WORK_DIR/qemu.log"
TIME_LIMIT=60 # seconds; the cases take well under one
# Every case of firmware/pl081-qemu/src/main.rs, in the order it runs them.
CASES="frame_from_static words_u8 words_u16 words_u32 copy_and_wait maybe_uninit sub_buffer
empty_job moved_transfer scoped_stack stop_untouched drop_untouched error_width error_too_long
error_peripheral gather gather_stopped"

fail() {
    echo "qemu-e2e: FAILED: $*" >&2
    exit 1
}

# --- what the script needs -------------------------------------------------------------------
missing=()
command -v qemu-system-arm >/dev/null || missing+=(qemu-system-arm)
command -v arm-none-eabi-objdump >/dev/null || missing+=(binutils-arm-none-eabi)
if ((${#missing[@]})); then
    sudo=()
    [[ $(id -u) == 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq "${missing[@]}" >/dev/null
fi
rustup target list --installed | grep -qx "$TARGET" || rustup target add "$TARGET"
mkdir -p "$WORK_DIR"

# --- format, lints, docs, build -------------------------------------------------------------
# From the firmware's own directory: its `.cargo/config.toml` selects the target and links
# with cortex-m-rt's `link.x` (and the firmware's `memory.x`). Not `--locked`: its lock file
# follows the path dependencies on dma-buffer and dma-buffer-derive as they change.
firmware_cargo() { # SUBCOMMAND [ARGS...]
    (cd "$FIRMWARE" && cargo "$1" --quiet --release --target-dir "$FIRMWARE_DIR" "${@:2}")
}
(cd "$FIRMWARE" && cargo fmt --check)
firmware_cargo clippy -- -D warnings
# The driver is the worked example for HAL authors: its docs' links must hold.
RUSTDOCFLAGS="-D warnings" firmware_cargo doc --no-deps
firmware_cargo build

# --- run on QEMU -----------------------------------------------------------------------------
# run_firmware LOG: runs $ELF under the time limit, the log in LOG; returns QEMU's status,
# which is the firmware's semihosting exit status, or 124 if the time limit killed it.
run_firmware() {
    local status=0
    timeout --kill-after=5 "$TIME_LIMIT" qemu-system-arm -M mps2-an505 -nographic \
        -semihosting-config enable=on,target=native -kernel "$ELF" </dev/null >"$1" 2>&1 ||
        status=$?
    return "$status"
}

status=0
run_firmware "$LOG" || status=$?
cat "$LOG"
((status != 124)) || fail "the firmware hung (killed after ${TIME_LIMIT}s)"
((status == 0)) || fail "the firmware exited with status $status"
expected=$(printf 'ok %s\n' $CASES)
got=$(grep '^ok ' "$LOG" || true)
[[ $got == "$expected" ]] || fail "the ok lines differ from the expected cases:
$(diff <(echo "$expected") <(echo "$got") || true)"
echo "qemu-e2e: all $(wc -w <<<"$CASES") cases passed on QEMU's PL081"

# --- zero cost: the disassembly of `copy_and_wait` -------------------------------------------
# check_probe FILE: FILE is objdump's disassembly of `copy_and_wait` (one `address:<TAB>
# mnemonic<TAB>operands` line per instruction). It must be the hand-written driver's
# instructions and nothing else:
#   before the first DMB: setup only (moves, the frame push, argument loads), no store;
#   DMB                  = `fence(Release)`, before the start
#   between the DMBs     : exactly 6 stores (error clear, source, destination, LLI, control,
#                          channel enable), the poll loop on the enable bit (a load, a test, a
#                          conditional branch out, `yield` from `spin_loop`, a branch back),
#                          the load of the raw error status;
#   DMB                  = `fence(Acquire)`, after the end was observed
#   after it             : the `Result` returned (moves and stores into the return slot);
# no call (everything inlined), no panic path, at most 36 instructions (32 today).
check_probe() {
    awk -F'\t' -v max=36 '
        function bad(why) { print "copy_and_wait: " why > "/dev/stderr"; failed = 1 }
        # A hex address as a fixed-width string, so that strings compare as numbers (mawk
        # has no strtonum).
        function hex(a,  padded) { padded = sprintf("%16s", a); gsub(/ /, "0", padded); return padded }
        NF < 2 || $1 !~ /^ *[0-9a-f]+:$/ { next }
        {
            n++
            op = $2; sub(/ +$/, "", op); sub(/\.[nw]$/, "", op)
            address = $1; sub(/^ */, "", address); sub(/:$/, "", address)
            if (op == "dmb") { dmbs++; next }
            if (op ~ /^(bl|blx|bx|udf|bkpt|svc)$/ && !(op == "bx" && $3 ~ /^lr/)) bad("unexpected " op " " $3)
            store = op ~ /^(str|strb|strh|stm|stmia)$/
            load = op ~ /^(ldr|ldrb|ldrh|ldm)$/
            if (dmbs == 0 && store) bad("a store before the release fence: " $2 " " $3)
            if (dmbs == 1) {
                if (store) stores++
                else if (load) loads++
                else if (op == "yield") yields++
                else if (op ~ /^b/) {
                    target = $3; sub(/ .*/, "", target)
                    if (op == "b" && hex(target) < hex(address)) back++
                }
                else if (op !~ /^(mov|movs|movw|movt|lsls|tst|ands)$/) bad("unexpected " op " between the fences")
            }
            if (dmbs >= 2 && (load || op == "yield")) bad("a poll after the acquire fence: " $2 " " $3)
        }
        END {
            if (dmbs != 2) bad("expected 2 DMBs, found " dmbs + 0)
            if (stores != 6) bad("expected 6 register stores between the fences, found " stores + 0)
            if (loads != 2) bad("expected 2 loads between the fences (poll, error status), found " loads + 0)
            if (yields != 1 || back != 1)
                bad("expected one poll loop (a yield, a branch back), found " yields + 0 " and " back + 0)
            if (n > max) bad("expected at most " max " instructions, found " n)
            exit failed
        }' "$1"
}

PROBE="$WORK_DIR/copy_and_wait.s"
arm-none-eabi-objdump -d --no-show-raw-insn "$ELF" | awk '/<copy_and_wait>:$/,/^$/' >"$PROBE"
cat "$PROBE"
grep -q . "$PROBE" || fail "no copy_and_wait in $ELF"
check_probe "$PROBE" || fail "copy_and_wait is not the expected register accesses and fences"
echo "qemu-e2e: copy_and_wait is the register stores, the poll loop and the two DMBs"

# The check must see a broken build: a fence missing, a call, a store dropped, a store moved
# before the release fence. Each doctored copy of the disassembly must fail it.
doctor() { # NAME SED-SCRIPT
    sed -e "$2" "$PROBE" >"$PROBE.$1"
    cmp -s "$PROBE" "$PROBE.$1" && fail "doctoring '$1' changed nothing"
    check_probe "$PROBE.$1" 2>/dev/null && fail "the instruction check accepted a probe with '$1'"
    echo "qemu-e2e: the instruction check refuses a probe with '$1'"
}
doctor "no acquire fence" '0,/dmb/! { /dmb/d }'
doctor "a call" 's/^\([^\t]*\)\tyield.*/&\n\1\tbl\t10000000 <core::panicking::panic>/'
doctor "a store dropped" '0,/\tstr/ { /\tstr/d }'
doctor "a store before the fence" '0,/\tdmb\t/ s/^\([^\t]*\)\tdmb\t.*/\1\tstr\tr0, [r3]\n&/'

# --- a broken driver must fail ---------------------------------------------------------------
# `inject-wrong-width` programs beats of half the word: the firmware must report a failed case.
firmware_cargo build --features inject-wrong-width
status=0
run_firmware "$LOG.broken" || status=$?
((status != 0 && status != 124)) && grep -q '^panicked at' "$LOG.broken" ||
    fail "the firmware with wrong width bits did not fail a case (status $status):
$(cat "$LOG.broken")"
echo "qemu-e2e: the firmware with wrong width bits fails, as it must: $(grep -A1 '^panicked' "$LOG.broken" | tr '\n' ' ')"
echo "qemu-e2e: passed"
