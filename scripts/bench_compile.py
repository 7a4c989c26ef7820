"""Helper of scripts/bench-compile.sh: writes the benchmark's crates and prints its tables.

    python3 scripts/bench_compile.py generate SCRATCH_DIR REPO_ROOT
    python3 scripts/bench_compile.py time RESULTS_FILE KIND NAME LOG_FILE COMMAND...
    python3 scripts/bench_compile.py report RESULTS_FILE LOCK_FILE SCRATCH_DIR

`generate` writes a Cargo workspace in SCRATCH_DIR: one user crate per variant, each with the
same 500 structs (see `mix`), and two tiny crates that depend on one proc-macro crate each,
for the clean-build comparison. `time` runs COMMAND (its output appended to LOG_FILE) and
appends "KIND NAME WALL_SECONDS CPU_SECONDS" to RESULTS_FILE, CPU time being user + system of
COMMAND and everything it waited for (cargo's rustc processes). `report` prints the medians and
ratios of those lines as Markdown tables, and the main passes of rustc's `-Ztime-passes` output
if SCRATCH_DIR has it (`time-passes-VARIANT.txt`). Standard library only.
"""

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

WORDS = ["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64"]

TRANSPARENT, FRAMES, NESTED, CONST_GENERIC = 200, 200, 50, 50
# The instantiation each const-generic wrapper is used at.
CONST_GENERIC_LEN = 16

VARIANTS = {
    # name: (what its structs derive or implement, its [dependencies] line)
    "derive": (
        "dma-buffer's derive",
        'dma-buffer = { path = "{repo}/dma-buffer", features = ["derive"] }',
    ),
    "bytemuck": (
        "bytemuck's Pod derive",
        # `min_const_generics`: `[T; N]` is `Pod` for every `N`, not only bytemuck's list of sizes.
        'bytemuck = { version = "1", features = ["derive", "min_const_generics"] }',
    ),
    "zerocopy": (
        "zerocopy's four derives",
        'zerocopy = { version = "0.8", features = ["derive"] }',
    ),
    "hand": (
        "hand-written impls (the floor)",
        'dma-buffer = { path = "{repo}/dma-buffer" }',
    ),
}
PROC_MACROS = {
    # tiny crate: its one dependency
    "clean-dma-buffer-derive": 'dma-buffer-derive = { path = "{repo}/dma-buffer-derive" }',
    "clean-bytemuck-derive": 'bytemuck_derive = "1"',
}


class Struct:
    """One struct of the mix: its declaration and how many words it holds."""

    def __init__(self, name, word, repr_, body, words, generic=False):
        self.name, self.word, self.repr, self.body = name, word, repr_, body
        self.words, self.generic = words, generic


def mix():
    """The 500 structs, the same for every variant (deterministic: no randomness)."""
    structs = []
    for i in range(TRANSPARENT):
        word, length = WORDS[i % 8], 1 + (i * 7) % 40
        structs.append(Struct(f"T{i}", word, "transparent", f"(pub [{word}; {length}]);", length))
    frames = []
    for i in range(FRAMES):
        word, fields, words = WORDS[i % 8], [], 0
        for f in range(2 + i % 5):  # 2..=6 fields, arrays and scalars alternating
            length = 1 + (i + 3 * f) % 12 if f % 2 == 0 else None
            fields.append(f"pub f{f}: " + (f"[{word}; {length}]" if length else word))
            words += length or 1
        frames.append(Struct(f"F{i}", word, "C", "{ " + ", ".join(fields) + " }", words))
    structs += frames
    for i in range(NESTED):
        inner = frames[(i * 4) % FRAMES]
        word, tail = inner.word, 1 + i % 8
        body = f"{{ pub head: {word}, pub inner: {inner.name}, pub tail: [{word}; {tail}] }}"
        structs.append(Struct(f"N{i}", word, "C", body, 1 + inner.words + tail))
    for i in range(CONST_GENERIC):
        word = WORDS[i % 8]
        structs.append(Struct(f"C{i}", word, "transparent", f"(pub [{word}; N]);", "N", True))
    return structs


# What each variant's structs derive; the hand-written variant adds impls instead.
DERIVES = {
    "derive": "DmaReadBuffer, DmaWriteBuffer",
    "bytemuck": "Clone, Copy, Pod, Zeroable",
    "zerocopy": "FromBytes, IntoBytes, Immutable, KnownLayout",
}
IMPORTS = {
    "derive": "dma_buffer::{DmaReadBuffer, DmaWriteBuffer}",
    "bytemuck": "bytemuck::{Pod, Zeroable}",
    "zerocopy": "zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout}",
    "hand": "dma_buffer::{DmaReadTarget, DmaWriteBuffer, DmaWriteTarget}",
}


def declaration(variant, s):
    params = "<const N: usize>" if s.generic else ""
    derive = f"#[derive({DERIVES[variant]})]\n" if variant in DERIVES else ""
    return f"{derive}#[repr({s.repr})]\npub struct {s.name}{params}{s.body}\n"


def hand_impls(s):
    params = "<const N: usize>" if s.generic else ""
    ty = f"{s.name}<N>" if s.generic else s.name
    return (
        f"// SAFETY: `repr({s.repr})` of `{s.word}` words only, {s.words} of them, no padding.\n"
        f"unsafe impl{params} DmaReadTarget for {ty} {{\n"
        f"    type Word = {s.word};\n"
        f"    fn read_word_len(_: *const Self) -> usize {{ {s.words} }}\n"
        f"}}\n"
        f"// SAFETY: as above; every bit pattern of those words is a valid `{ty}`.\n"
        f"unsafe impl{params} DmaWriteTarget for {ty} {{\n"
        f"    type Word = {s.word};\n"
        f"    fn write_word_len(_: *mut Self) -> usize {{ {s.words} }}\n"
        f"}}\n"
    )


def use_site(variant, s):
    """A function that makes rustc check and compile the wrapper at one instantiation."""
    function = f"pub fn {s.name.lower()}_buffer"
    ty = f"&'static mut {s.name}<{CONST_GENERIC_LEN}>"
    if variant in ("derive", "hand"):
        return (
            f"{function}(mut buffer: {ty}) -> (*mut {s.word}, usize) {{\n"
            "    buffer.dma_write_buffer()\n}\n"
        )
    as_bytes = {"bytemuck": "bytemuck::bytes_of_mut", "zerocopy": "IntoBytes::as_mut_bytes"}
    return (
        f"{function}(buffer: {ty}) -> (*mut u8, usize) {{\n"
        f"    let bytes = {as_bytes[variant]}(buffer);\n"
        "    (bytes.as_mut_ptr(), bytes.len())\n}\n"
    )


def user_crate(variant, structs):
    out = [
        f"//! Generated by scripts/bench_compile.py: {VARIANTS[variant][0]}.\n",
        f"#![no_std]\nuse {IMPORTS[variant]};\n",
    ]
    for s in structs:
        out.append(declaration(variant, s))
        if variant == "hand":
            out.append(hand_impls(s))
    out += [use_site(variant, s) for s in structs if s.generic]
    return "".join(out)


def write_if_changed(path, text):
    """Keeps the mtime of unchanged files, so a second run reuses the warm-up's builds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def manifest(name, dependency):
    return (
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{dependency}\n"
    )


def generate(scratch, repo):
    scratch, structs = Path(scratch), mix()
    members = [f"bench-{v}" for v in VARIANTS] + list(PROC_MACROS)
    write_if_changed(
        scratch / "Cargo.toml",
        "# Generated by scripts/bench_compile.py; its own workspace, not the repository's.\n"
        '[workspace]\nresolver = "2"\nmembers = [' + ", ".join(f'"{m}"' for m in members) + "]\n",
    )
    crates = {f"bench-{v}": (dep, user_crate(v, structs)) for v, (_, dep) in VARIANTS.items()}
    crates.update({name: (dep, "#![no_std]\n") for name, dep in PROC_MACROS.items()})
    for name, (dependency, lib) in crates.items():
        dependency = dependency.replace("{repo}", repo)
        write_if_changed(scratch / name / "Cargo.toml", manifest(name, dependency))
        write_if_changed(scratch / name / "src/lib.rs", lib)


def timed(results, kind, name, log, *command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(log, "a") as output:
        status = subprocess.run(command, stdout=output, stderr=subprocess.STDOUT).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if status != 0:
        sys.exit(f"bench-compile: FAILED ({status}): {' '.join(command)}; see {log}")
    with open(results, "a") as out:
        out.write(f"{kind} {name} {wall:.4f} {cpu:.4f}\n")


def locked_version(lock_text, package):
    entries = lock_text.split("[[package]]")
    for entry in entries:
        if f'name = "{package}"\n' in entry:
            return entry.split('version = "')[1].split('"')[0]
    return "?"


def summary(samples):
    return f"{statistics.median(samples):.2f} ({min(samples):.2f}-{max(samples):.2f})"


def verdict(ratio, goal):
    return f"{ratio:.2f}x (goal <= {goal}x: {'met' if ratio <= goal else 'MISSED'})"


def table(times, kinds, rows, ratios):
    """Wall and CPU time of `rows` (names) for each kind; `ratios`: (row, other row, goal)."""
    columns = [(kind, metric) for kind in kinds for metric in (0, 1)]
    samples = {(k, row, m): [t[m] for t in times[(k, row)]] for k, m in columns for row in rows}
    median = {key: statistics.median(values) for key, values in samples.items()}
    print("| | " + " | ".join(f"{kind} {('wall', 'CPU')[m]}" for kind, m in columns) + " |")
    print("| --- |" + " --- |" * len(columns))
    for row, label in rows.items():
        cells = [summary(samples[(kind, row, m)]) for kind, m in columns]
        print(f"| {label} | " + " | ".join(cells) + " |")
    for row, other, goal in ratios:
        cells = []
        for kind, m in columns:
            ratio = median[(kind, row, m)] / median[(kind, other, m)]
            cells.append(verdict(ratio, goal) if goal else f"{ratio:.2f}x")
        label = f"{row.removeprefix('clean-')} / {other.removeprefix('clean-')}"
        print(f"| ratio {label} | " + " | ".join(cells) + " |")


# The top-level passes of `-Ztime-passes` that a derive's output makes rustc spend time in.
PASSES = [
    "macro_expand_crate",
    "resolve_crate",
    "coherence_checking",
    "type_check_crate",
    "MIR_borrow_checking",
    "generate_crate_metadata",
    "codegen_crate",
    "total",
]


def time_passes(scratch):
    """`{variant: {pass: seconds}}` from the `-Ztime-passes` outputs the shell script saved."""
    found = {}
    for variant in VARIANTS:
        path = Path(scratch) / f"time-passes-{variant}.txt"
        if path.exists():
            for line in path.read_text().split("\n"):
                if line.startswith("time:"):
                    seconds, name = line.split(";")[0].split()[1], line.split()[-1]
                    found.setdefault(variant, {})[name] = float(seconds)
    return found


def report(results, lock, scratch):
    times = {}
    for line in Path(results).read_text().split("\n"):
        if line:
            kind, name, wall, cpu = line.split()
            times.setdefault((kind, name), []).append((float(wall), float(cpu)))
    lock_text = Path(lock).read_text()
    crates = ["bytemuck", "bytemuck_derive", "zerocopy", "zerocopy-derive", "syn", "proc-macro2"]
    print("crates: " + ", ".join(f"{c} {locked_version(lock_text, c)}" for c in crates) + "\n")
    modes = [m for m in ("incremental", "non-incremental") if (m, "derive") in times]
    if modes:
        rounds = len(times[(modes[0], "derive")])
        print(f"`cargo build` of the user crate after `touch src/lib.rs`, {rounds} interleaved")
        print("rounds; seconds, median (min-max); CPU = user + system of cargo and rustc\n")
        rows = {variant: f"{variant}: {what}" for variant, (what, _) in VARIANTS.items()}
        goals = [("derive", "bytemuck", 0.5), ("derive", "hand", 4), ("derive", "zerocopy", None)]
        table(times, modes, rows, goals)
    if all(("clean", name) in times for name in PROC_MACROS):
        rounds = len(times[("clean", next(iter(PROC_MACROS)))])
        print("\nClean build (fresh target dir) of a crate depending only on the proc-macro")
        print(f"crate, its dependencies included, {rounds} interleaved rounds; seconds, median")
        print("(min-max)\n")
        rows = {name: dependency.split(" ")[0] for name, dependency in PROC_MACROS.items()}
        table(times, ["clean"], rows, [("clean-dma-buffer-derive", "clean-bytemuck-derive", 1)])
    passes = time_passes(scratch)
    if passes:
        print("\nrustc `-Ztime-passes` (nightly), one non-incremental build of each user crate,")
        print("seconds\n")
        print("| pass | " + " | ".join(passes) + " |")
        print("| --- |" + " --- |" * len(passes))
        for name in PASSES:
            cells = [f"{seconds.get(name, 0):.3f}" for seconds in passes.values()]
            print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    {"generate": generate, "time": timed, "report": report}[sys.argv[1]](*sys.argv[2:])
