#!/usr/bin/env python3
"""Times translint and pofilter on the same inputs, several runs alternated, median reported
(or, with --instructions, counts translint's instructions under callgrind).

Inputs (assembled once by scripts/bench_inputs.py into .build-bench/): 20,000 sentence pairs
from ../shared/eval/demetr-dev.jsonl as JSONL and PO, a 20 MB article corpus and, with
--large, a 200 MB one. Each command runs as its own process; wall time and peak RSS come from
wait4(). pofilter runs `-t numbers` on the PO file, which is what its figures in the issue and
in ../shared/eval/README.md measure.
"""
import argparse
import concurrent.futures
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "translint")
INPUTS = os.path.join(ROOT, ".build-bench")
SHARED = os.environ.get("TRANSLINT_SHARED") or next(
    (p for p in (os.path.join(os.path.dirname(ROOT), "shared"),) if os.path.isdir(p)), "/work/shared")
EVAL = os.path.join(SHARED, "eval", "demetr-dev.jsonl")
SEED = os.path.join(ROOT, "seeds", "observer-colombia-uk-intelligence-2025-11-11.en.txt")


def run(cmd):
    """Wall seconds and peak RSS (MB) of one process; its exit status must be 0 or 1."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd)} exited {code}")
    return wall, usage.ru_maxrss / 1024


def size_of(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--large", action="store_true", help="also the 200 MB corpus (minutes)")
    ap.add_argument("--hostile", action="store_true", help="only the long-line and many-lines inputs, at two sizes each")
    ap.add_argument("--instructions", action="store_true",
                    help="instructions under callgrind instead of time: per pair, per article, set-up (needs valgrind)")
    ap.add_argument("--of", metavar="BINARY", help="with --instructions: count another translint binary (an earlier commit's)")
    ap.add_argument("--against", metavar="BINARY",
                    help="alternate another translint binary (an earlier commit's) with this build: wall, user time, peak memory")
    args = ap.parse_args()
    if args.against:
        return against(args.against, max(args.runs, 5))
    if args.hostile:
        return hostile(args.runs)
    if args.instructions:
        return instructions(args.of)
    if not os.path.exists(os.path.join(INPUTS, "pairs.po")) or (args.large and not os.path.isdir(os.path.join(INPUTS, "corpus-200"))):
        subprocess.check_call([sys.executable, os.path.join(ROOT, "scripts", "bench_inputs.py"), INPUTS, ROOT, EVAL]
                              + ([] if args.large else ["--no-large"]))
    out = tempfile.mkdtemp(prefix="translint-bench-")
    pofilter = shutil.which("pofilter")
    cases = [
        ("seed article (5 KB)", [BIN, "check", SEED], SEED, None),
        ("20,000 pairs, JSONL", [BIN, "check", os.path.join(INPUTS, "pairs.jsonl"), "--format", "json", "--output", os.path.join(out, "j.json")],
         os.path.join(INPUTS, "pairs.jsonl"), "pairs"),
        ("20,000 pairs, PO", [BIN, "check", os.path.join(INPUTS, "pairs.po"), "--target-lang", "en", "--format", "json", "--output", os.path.join(out, "p.json")],
         os.path.join(INPUTS, "pairs.po"), "pairs"),
        ("corpus 20 MB", [BIN, "check", os.path.join(INPUTS, "corpus-20"), "--format", "json", "--output", os.path.join(out, "c20.json")],
         os.path.join(INPUTS, "corpus-20"), None),
    ]
    if args.large:
        cases.append(("corpus 200 MB", [BIN, "check", os.path.join(INPUTS, "corpus-200"), "--format", "json", "--output", os.path.join(out, "c200.json")],
                      os.path.join(INPUTS, "corpus-200"), None))
    pofilter_cmd = [pofilter, "-t", "numbers", os.path.join(INPUTS, "pairs.po"), os.path.join(out, "pofilter.po")] if pofilter else None

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; runs: {args.runs} (median)")
    print()
    print("| input | MB | translint s | MB/s | pairs/s | peak RSS MB | pofilter -t numbers s | pofilter peak MB | translint vs pofilter |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, cmd, path, kind in cases:
        runs = 1 if "200 MB" in name else (args.runs if "corpus" not in name else max(1, args.runs // 2))
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(run(cmd))
            # Alternate with pofilter so both see the same machine load.
            if kind == "pairs" and pofilter_cmd:
                theirs.append(run(pofilter_cmd))
        wall = statistics.median(w for w, _ in ours)
        rss = max(m for _, m in ours)
        mb = size_of(path) / 1e6
        pairs = f"{20000 / wall:,.0f}" if kind == "pairs" else ""
        if theirs:
            pw = statistics.median(w for w, _ in theirs)
            prss = max(m for _, m in theirs)
            ratio = f"{pw / wall:.2f}x faster" if pw > wall else f"{wall / pw:.1f}x slower"
            print(f"| {name} | {mb:.1f} | {wall:.2f} | {mb / wall:.2f} | {pairs} | {rss:.0f} | {pw:.2f} | {prss:.0f} | {ratio} |")
        else:
            print(f"| {name} | {mb:.2f} | {wall:.3f} | {mb / wall:.2f} | {pairs} | {rss:.0f} | | | |")
    shutil.rmtree(out, ignore_errors=True)


def instructions(of=None):
    """Instructions counted by callgrind, which a busy machine does not change (wall time on a
    shared machine moved by a fifth within an hour). Per item is the difference of two runs of
    different sizes, so that set-up cancels: the first 2,000 and 1,000 of the bench pairs, the
    first 400 and 200 articles of the 20 MB corpus, and 2,000 and 1,000 copies of a pair with
    nothing in it; and the whole 20,000-pair file, whose later pairs reuse sources read
    earlier. A stripped copy of the binary is measured (valgrind 3.19 cannot read the DWARF 5
    debug information of a release build); the runs share the cores."""
    if not shutil.which("valgrind") or not shutil.which("strip"):
        sys.exit("bench: --instructions needs valgrind and strip (apt-get install -y valgrind binutils)")
    if not os.path.exists(os.path.join(INPUTS, "pairs.jsonl")):
        subprocess.check_call([sys.executable, os.path.join(ROOT, "scripts", "bench_inputs.py"), INPUTS, ROOT, EVAL, "--no-large"])
    out = tempfile.mkdtemp(prefix="translint-instr-")
    binary = os.path.join(out, "translint")
    shutil.copy(of or BIN, binary)
    subprocess.check_call(["strip", "--strip-debug", binary])
    with open(os.path.join(INPUTS, "pairs.jsonl"), encoding="utf-8") as f:
        lines = f.readlines()
    articles = sorted(os.listdir(os.path.join(INPUTS, "corpus-20", "d000")))
    inputs = {}
    for n in (1000, 2000):
        path = os.path.join(out, f"pairs-{n}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(lines[:n])
        inputs[f"pairs {n}"] = path
        path = os.path.join(out, f"trivial-{n}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(n):
                f.write(f'{{"id": "t{i}", "source": "你好。", "target": "Hello.", "source_lang": "zh", "target_lang": "en"}}\n')
        inputs[f"trivial {n}"] = path
    for n in (200, 400):
        path = os.path.join(out, f"articles-{n}")
        os.makedirs(path)
        for name in articles[:n]:
            shutil.copy(os.path.join(INPUTS, "corpus-20", "d000", name), path)
        inputs[f"articles {n}"] = path
    inputs["seed"] = SEED
    # The whole pairs file too: a source read once serves the file's later pairs with that
    # source (the file cycles its 1,441 DEMETR lines), which per-pair differences of its first
    # 2,000 pairs only partly show.
    inputs["pairs 20000"] = os.path.join(INPUTS, "pairs.jsonl")

    cores = os.cpu_count() or 1
    pin = shutil.which("taskset") is not None

    def count(numbered):
        k, (name, path) = numbered
        # (Reports go to files: a translint before session 12 renamed its report over the
        # --output path, and as root that replaced /dev/null itself.)
        # Each run is pinned to one core: translint then checks with one worker, and the
        # count repeats to 0.01% (two workers share caches in a different order each run,
        # which moved the count of the first 2,000 pairs by 0.7%).
        cmd = (["taskset", "-c", str(k % cores)] if pin else []) + ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.path.join(out, name.replace(" ", "-") + ".callgrind"), binary, "check", path,
               "--format", "json", "--output", os.path.join(out, name.replace(" ", "-") + ".json")]
        err = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
        refs = [l for l in err.splitlines() if "I   refs:" in l]
        if not refs:
            sys.exit(f"bench: no instruction count from valgrind for {name}:\n{err[-2000:]}")
        return name, int(refs[-1].split(":")[-1].replace(",", ""))

    # Counts do not depend on the load, so the runs share the cores (the longest first).
    order = sorted(inputs.items(), key=lambda item: item[0] != "pairs 20000")
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counts = dict(pool.map(count, enumerate(order)))
    shutil.rmtree(out, ignore_errors=True)
    per_pair = (counts["pairs 2000"] - counts["pairs 1000"]) / 1000
    per_article = (counts["articles 400"] - counts["articles 200"]) / 200
    per_trivial = (counts["trivial 2000"] - counts["trivial 1000"]) / 1000
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; callgrind instruction counts (Ir)")
    print()
    print("| measure | instructions |")
    print("| --- | ---: |")
    print(f"| seed article, whole process | {counts['seed'] / 1e6:,.1f} M |")
    print(f"| a pair of the bench (first 2,000 less first 1,000) | {per_pair / 1e6:,.3f} M |")
    print(f"| fixed cost of a pairs file: set-up of six languages (1,000 pairs less 1,000 × a pair) | {(counts['pairs 1000'] - 1000 * per_pair) / 1e6:,.0f} M |")
    print(f"| an article of the 20 MB corpus (first 400 less first 200) | {per_article / 1e6:,.3f} M |")
    print(f"| a pair with nothing in it (你好。 → Hello.) | {per_trivial / 1e3:,.1f} K |")
    print(f"| the 20,000 bench pairs, whole process | {counts['pairs 20000'] / 1e6:,.0f} M |")


def against(other, runs):
    """Another binary and this build, run in turn on the pairs (JSONL, PO) and the 20 MB
    corpus, so that both see the same load: medians of wall and user time, and peak memory."""
    if not os.path.exists(os.path.join(INPUTS, "pairs.po")):
        subprocess.check_call([sys.executable, os.path.join(ROOT, "scripts", "bench_inputs.py"), INPUTS, ROOT, EVAL, "--no-large"])
    inputs = [("20,000 pairs, JSONL", [os.path.join(INPUTS, "pairs.jsonl")]),
              ("20,000 pairs, PO", [os.path.join(INPUTS, "pairs.po"), "--target-lang", "en"]),
              ("corpus 20 MB", [os.path.join(INPUTS, "corpus-20")])]

    out = tempfile.mkdtemp(prefix="translint-against-")

    def timed(binary, files):
        start = time.perf_counter()
        # A file, not /dev/null: an earlier translint renamed its report over the path.
        proc = subprocess.Popen([binary, "check", *files, "--format", "json", "--output", os.path.join(out, "report.json")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"bench: {binary} exited {os.waitstatus_to_exitcode(status)}")
        return time.perf_counter() - start, usage.ru_utime, usage.ru_maxrss / 1024

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; {runs} runs each, alternated (median)")
    print()
    print(f"| input | {other} | this build | | peak memory MB |")
    print("| --- | ---: | ---: | --- | --- |")
    for name, files in inputs:
        results = {other: [], BIN: []}
        for _ in range(runs):
            for binary in (other, BIN):
                results[binary].append(timed(binary, files))
        med = {b: [statistics.median(r[k] for r in rs) for k in range(3)] for b, rs in results.items()}
        (w0, u0, m0), (w1, u1, m1) = med[other], med[BIN]
        print(f"| {name} | {w0:.2f} s (user {u0:.2f} s) | {w1:.2f} s (user {u1:.2f} s) | wall {100 * (w1 / w0 - 1):+.0f}%, user {100 * (u1 / u0 - 1):+.0f}% | {m0:.0f} / {m1:.0f} |")
    shutil.rmtree(out, ignore_errors=True)


def hostile(runs):
    """A single line of 4 and 40 MB, and 100,000 and 1,000,000 short lines: time must grow
    with size, not faster."""
    os.makedirs(INPUTS, exist_ok=True)
    seed = open(SEED, encoding="utf-8").read().replace("\n", " ") + " "
    made = []
    for mb in (4, 40):
        path = os.path.join(INPUTS, f"line-{mb}mb.en.txt")
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as f:
                f.write(seed * (mb * 1_000_000 // len(seed.encode()) + 1))
        made.append((f"one line, {mb} MB", path))
    for n in (100_000, 1_000_000):
        path = os.path.join(INPUTS, f"lines-{n}.en.txt")
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as f:
                for i in range(n):
                    f.write(f"Report {i}: officials said {i % 50} helicopters patrolled on Tuesday, November 11, 2025, near Cali.\n")
        made.append((f"{n:,} short lines", path))
    out = tempfile.mkdtemp(prefix="translint-bench-")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; runs: {runs} (median)")
    print()
    print("| input | MB | s | MB/s | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, path in made:
        cmd = [BIN, "check", path, "--format", "json", "--output", os.path.join(out, "h.json")]
        results = [run(cmd) for _ in range(runs if "40" not in name and "1,000,000" not in name else 1)]
        wall = statistics.median(w for w, _ in results)
        mb = size_of(path) / 1e6
        print(f"| {name} | {mb:.1f} | {wall:.1f} | {mb / wall:.2f} | {max(m for _, m in results):.0f} |")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
