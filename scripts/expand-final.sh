#!/usr/bin/env bash
# The final code of each golden input in dma-buffer-derive/tests/expand/: the derive's output
# with dma-buffer's macros expanded too, every `unsafe impl` with its checks as rustc sees it,
# in NAME.final.rs beside NAME.expanded.rs (the derive's own output). Expands with the pinned
# nightly's `-Zunpretty=expanded`, which stops before type checking, so the inputs need no
# definitions of the types they name.
#
#   bash scripts/expand-final.sh           check that every NAME.final.rs is up to date (CI)
#   OVERWRITE=1 bash scripts/expand-final.sh   rewrite them; then read the diff
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source .ci/env.sh # NIGHTLY
GOLDEN=dma-buffer-derive/tests/expand
CRATE=$(realpath -m "${CARGO_TARGET_DIR:-target}")/expand-final
mkdir -p "$CRATE/src"

cat > "$CRATE/Cargo.toml" <<TOML
[package]
name = "expand-final"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[lib]
path = "src/lib.rs"

[dependencies]
dma-buffer = { path = "$PWD/dma-buffer", features = ["derive", "embedded-dma", "zerocopy"] }
TOML
cp Cargo.lock "$CRATE/Cargo.lock"

python3 - "$GOLDEN" "$CRATE" "$NIGHTLY" "${OVERWRITE:-}" <<'PY'
import pathlib, re, subprocess, sys

golden, crate = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
nightly, overwrite = sys.argv[3], sys.argv[4]
# Inputs whose output is only `compile_error!`s have no final code to show.
cases = sorted(p for p in golden.glob("*.rs")
               if not p.name.endswith((".expanded.rs", ".final.rs")) and p.stem != "errors")
lib = ["#![no_std]", "#![allow(dead_code, unused_imports)]",
       "/// What a HAL's `pub use dma_buffer;` gives, for `crate_path.rs`.",
       "pub mod my_hal { pub use dma_buffer; }"]
for case in cases:
    text = case.read_text()
    first = text.splitlines()[0]
    derives = (first.removeprefix("// derive:").strip()
               if first.startswith("// derive:") else "DmaReadBuffer, DmaWriteBuffer")
    # The directive is no source: rustc's printer would place it among other modules' items.
    if first.startswith("// derive:"):
        text = text.split("\n", 1)[1]
    derive = ", ".join(f"dma_buffer::{d.strip()}" for d in derives.split(","))
    lib += [f"pub mod {case.stem} {{",
            "    use super::my_hal;", "    use core::marker::PhantomData;",
            f"    #[derive({derive})]", text, "}"]
(crate / "src" / "lib.rs").write_text("\n".join(lib) + "\n")
# Some inputs are not valid beyond their syntax (they name types nowhere defined), so rustc
# reports errors after printing the expansion: its output is what counts.
expanded = subprocess.run(
    ["cargo", f"+{nightly}", "rustc", "--quiet", "--lib", "--", "-Zunpretty=expanded"],
    cwd=crate, capture_output=True, text=True).stdout
modules = dict(re.findall(r"^pub mod (\w+) \{\n(.*?)^\}$", expanded, re.S | re.M))
missing = [case.stem for case in cases if case.stem not in modules]
if missing:
    sys.exit(f"rustc printed no expansion of {missing}")
stale = []
for case in cases:
    body = modules[case.stem]
    lines = [l for l in body.splitlines()
             if l.strip() not in ("", "use super::my_hal;", "use core::marker::PhantomData;")]
    final = (f"// {case.name}, with the derive's output and dma-buffer's macros expanded\n"
             f"// (`bash scripts/expand-final.sh`).\n"
             + "\n".join(l[4:] if l.startswith("    ") else l for l in lines) + "\n")
    path = case.with_suffix(".final.rs")
    if overwrite:
        path.write_text(final)
    elif not path.exists() or path.read_text() != final:
        stale.append(str(path))
if stale:
    sys.exit("stale, rerun with OVERWRITE=1 and read the diff: " + ", ".join(stale))
print(f"{len(cases)} final expansions up to date")
PY
