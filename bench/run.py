#!/usr/bin/env python3
"""numview against Python + NumPy, side by side (issue 5).

Runs every session file of bench/programs/ with `numview --no-provenance FILE` and with
`python3 FILE`, checks that both print the same, times them alternately (A B A B) after a
warm-up, and reports median times, the ratio numview/NumPy, peak RSS and each target of
issue 5. Then the scaling series (one operation against array size, timed in-process) and
the chart. Writes bench/results.json, bench/scaling.svg and the table of BENCHMARKS.md.

    cargo build --release && python3 bench/run.py

Standard library only. It builds nothing unless asked (--build)."""

import argparse
import datetime
import json
import os
import pathlib
import platform
import re
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import measure  # noqa: E402
import scaling  # noqa: E402

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent
BEGIN, END = "<!-- bench:begin (written by bench/run.py) -->", "<!-- bench:end -->"

# Issue 5's targets: the largest allowed ratio numview/NumPy of the median times, per group.
TARGETS = {"startup": 1 / 20, "large": 0.8, "small": 0.3}
# Writing through a view may add at most this share of the program's own arrays to the peak.
ALLOC_SLACK = 0.05


class Benchmark:
    """One comparison: the two command lines and what the program's header says of it."""

    def __init__(self, name, numview_argv, numpy_argv, group, about, allocates=None, check_output=True):
        self.name = name
        self.numview_argv = numview_argv
        self.numpy_argv = numpy_argv
        self.group = group
        self.about = about
        self.allocates = allocates
        self.check_output = check_output
        self.runs = {"numview": [], "numpy": []}
        self.failure = None


def header(path):
    """The `# key: value` comment lines of a program (group, about, allocates)."""
    fields = {}
    for line in path.read_text().splitlines()[:8]:
        found = re.match(r"#\s*(group|about|allocates):\s*(.*)", line)
        if found:
            fields[found.group(1)] = found.group(2).strip()
    return fields


def benchmarks(numview, python, only):
    """Start-up first (numview's figure there is the base of the allocation check), then the programs."""
    found = [Benchmark("startup", [numview, "-c", "1"], [python, "-c", "import numpy"], "startup",
                       "`numview -c 1` against `python3 -c \"import numpy\"`", check_output=False)]
    for path in sorted((BENCH / "programs").glob("*.py")):
        fields = header(path)
        rel = str(path.relative_to(ROOT))
        allocates = int(fields["allocates"]) if "allocates" in fields else None
        found.append(Benchmark(path.stem, [numview, "--no-provenance", rel], [python, rel],
                               fields.get("group", "large"), fields.get("about", ""), allocates))
    if only:
        found = [b for b in found if b.name in only or b.name == "startup"]
    return found


def run_pair(bench, record=True):
    """Runs numview then NumPy once; returns False (and notes why) when either fails or they differ."""
    results = {}
    for side, argv in (("numview", bench.numview_argv), ("numpy", bench.numpy_argv)):
        result = measure.run(argv, cwd=ROOT)
        if result.status != 0:
            bench.failure = f"{side} exited with {result.status}: {result.stderr.decode(errors='replace')[-800:]}"
            return False
        results[side] = result
    if bench.check_output and results["numview"].stdout != results["numpy"].stdout:
        bench.failure = "outputs differ at " + measure.first_difference(results["numview"].stdout, results["numpy"].stdout)
        return False
    if record:
        for side, result in results.items():
            bench.runs[side].append({"seconds": result.seconds, "peak_rss": result.peak_rss})
    return True


def summarise(bench, startup_rss):
    """Medians, ratio, peak RSS (the largest over the runs) and each target met or not."""
    out = {"name": bench.name, "group": bench.group, "about": bench.about}
    if bench.failure:
        out["failure"] = bench.failure
        return out
    for side in ("numview", "numpy"):
        runs = bench.runs[side]
        out[side] = {
            "median_seconds": measure.median([r["seconds"] for r in runs]),
            "seconds": [r["seconds"] for r in runs],
            "peak_rss": max(r["peak_rss"] for r in runs),
        }
    ratio = out["numview"]["median_seconds"] / out["numpy"]["median_seconds"]
    target = TARGETS[bench.group]
    out["ratio"] = ratio
    out["target"] = target
    out["time_met"] = ratio <= target
    out["rss_met"] = out["numview"]["peak_rss"] <= out["numpy"]["peak_rss"]
    if bench.allocates is not None and startup_rss is not None:
        limit = startup_rss + bench.allocates * (1 + ALLOC_SLACK)
        out["allocates"] = bench.allocates
        out["alloc_limit"] = limit
        out["alloc_met"] = out["numview"]["peak_rss"] <= limit
    return out


def run_scaling(numview, python, rounds, samples, sizes):
    """Runs the two scaling programs alternately; pools the samples and takes medians."""
    with tempfile.TemporaryDirectory() as tmp:
        nv_file, py_file = pathlib.Path(tmp, "scaling_numview.py"), pathlib.Path(tmp, "scaling_numpy.py")
        nv_file.write_text(scaling.numview_program(sizes, samples))
        py_file.write_text(scaling.python_program(sizes, samples))
        pooled = {"numview": {}, "numpy": {}}
        for r in range(rounds):
            for side, argv in (("numview", [numview, "--no-provenance", str(nv_file)]), ("numpy", [python, str(py_file)])):
                print(f"  scaling round {r + 1}/{rounds}: {side}", flush=True)
                result = measure.run(argv, cwd=ROOT)
                if result.status != 0:
                    raise SystemExit(f"scaling program failed under {side}:\n{result.stderr.decode(errors='replace')[-2000:]}")
                for op, points in scaling.parse(result.stdout.decode()).items():
                    for n, times in points.items():
                        pooled[side].setdefault(op, {}).setdefault(n, []).extend(times)
    series = []
    for name, _, is_view in scaling.OPS:
        entry = {"op": name, "view": is_view, "sizes": sizes}
        for side in ("numview", "numpy"):
            points = pooled[side].get(name, {})
            if any(not points.get(n) for n in sizes):
                raise SystemExit(f"scaling: {side} printed no timing for {name} at some size (output format changed?)")
            entry[side] = [measure.median(points[n]) for n in sizes]
        if is_view:
            # O(1): the largest size may cost at most 3x the smallest (noise, page-table effects).
            entry["flat"] = {side: entry[side][-1] <= 3 * entry[side][0] for side in ("numview", "numpy")}
        series.append(entry)
    return series


def git(*args):
    """Output of a git command in the repository, or '' outside one."""
    try:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def environment(python, numview):
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    numpy_version = subprocess.run([python, "-c", "import numpy; print(numpy.__version__)"],
                                   capture_output=True, text=True).stdout.strip()
    python_version = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                                    capture_output=True, text=True).stdout.strip()
    commit = git("rev-parse", "--short", "HEAD")
    if commit and git("status", "--porcelain", "--untracked-files=no"):
        commit += " (with uncommitted changes)"
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "numview_commit": commit,
        "numview_binary": numview,
        "numpy": numpy_version,
        "python": python_version,
    }


def mib(nbytes):
    """Bytes as MiB with no decimals."""
    return f"{nbytes / 2**20:.0f}"


def seconds_text(s):
    """Seconds with the precision the figure deserves."""
    return f"{s * 1e3:.1f} ms" if s < 1 else f"{s:.2f} s"


def time_text(s):
    """A per-operation time in the unit that fits."""
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if s >= scale:
            return f"{s / scale:.3g} {unit}"
    return f"{s / 1e-9:.3g} ns"


def yes(flag):
    """Met or not, as the table says it."""
    return "met" if flag else "**not met**"


def markdown(results):
    """The generated part of BENCHMARKS.md."""
    env = results["environment"]
    lines = [
        BEGIN,
        "",
        f"Command: `{results['command']}`  ",
        f"Date: {env['date']}; CPU: {env['cpu']} ({env['cores']} cores); numview commit {env['numview_commit']}; "
        f"NumPy {env['numpy']} on Python {env['python']}; {results['runs']} runs per side after a warm-up, alternated.",
        "",
        "| benchmark | numview | NumPy | ratio | target | time | peak RSS numview | peak RSS NumPy | memory |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |",
    ]
    for b in results["benchmarks"]:
        if "failure" in b:
            lines.append(f"| {b['name']} | failed | | | | **{b['failure'].splitlines()[0][:120]}** | | | |")
            continue
        memory = yes(b["rss_met"])
        if "alloc_met" in b:
            memory += f"; writes through views {'allocate nothing extra' if b['alloc_met'] else '**allocate**'}"
        target = f"≤ 1/{round(1 / b['target'])}" if b["target"] < 0.1 else f"≤ {b['target']}"
        lines.append(
            f"| {b['name']} | {seconds_text(b['numview']['median_seconds'])} | {seconds_text(b['numpy']['median_seconds'])} "
            f"| {b['ratio']:.3f} | {target} | {yes(b['time_met'])} | {mib(b['numview']['peak_rss'])} MiB "
            f"| {mib(b['numpy']['peak_rss'])} MiB | {memory} |"
        )
    lines += ["", "What each benchmark does:", ""]
    lines += [f"- **{b['name']}**: {b['about']}" for b in results["benchmarks"]]
    if results.get("scaling"):
        sizes = results["scaling"][0]["sizes"]
        lines += [
            "",
            "Time of one operation (median per statement, in-process: numview's `%timeit`, Python's `timeit`), numview / NumPy:",
            "",
            "| operation | " + " | ".join(f"10^{len(str(n)) - 1}" for n in sizes) + " | O(1) |",
            "| --- | " + " | ".join("---:" for _ in sizes) + " | --- |",
        ]
        for s in results["scaling"]:
            cells = [f"{time_text(a)} / {time_text(b)}" for a, b in zip(s["numview"], s["numpy"])]
            flat = ""
            if "flat" in s:
                flat = f"numview {'flat' if s['flat']['numview'] else '**grows**'}, NumPy {'flat' if s['flat']['numpy'] else 'grows'}"
            lines.append(f"| `{s['op']}` | " + " | ".join(cells) + f" | {flat} |")
        lines += ["", "![time against array size](bench/scaling.svg)"]
    lines += ["", END]
    return "\n".join(lines)


BENCHMARKS_INTRO = """# Benchmarks: numview against Python + NumPy

Produced by `bench/run.py` (issue 5): each session file of `bench/programs/` runs under
`numview --no-provenance FILE` and under `python3 FILE`; both must print the same. Times are
whole-program wall times, alternated A B A B after a warm-up, medians; ratios are
numview / NumPy, and only ratios measured in one run on one machine are evidence. Peak memory
is each process's `ru_maxrss`. The table below is rewritten by the script; edit only outside it.

"""


def write_markdown(results, path):
    """Replaces the text between the markers (or creates the file with them)."""
    generated = markdown(results)
    text = path.read_text() if path.exists() else BENCHMARKS_INTRO + BEGIN + "\n" + END + "\n"
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + "\n\n" + BEGIN + "\n" + END + "\n"
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    path.write_text(head + generated + tail)


def print_table(results):
    """The figures, as the run prints them."""
    print()
    print(f"{'benchmark':18} {'numview':>10} {'NumPy':>10} {'ratio':>7} {'target':>7}  time     {'RSS nv':>8} {'RSS np':>8}  memory")
    for b in results["benchmarks"]:
        if "failure" in b:
            print(f"{b['name']:18} FAILED: {b['failure']}")
            continue
        alloc = ""
        if "alloc_met" in b:
            alloc = ", view writes: " + ("no extra" if b["alloc_met"] else "ALLOCATE")
        print(f"{b['name']:18} {seconds_text(b['numview']['median_seconds']):>10} {seconds_text(b['numpy']['median_seconds']):>10} "
              f"{b['ratio']:7.3f} {b['target']:7.3f}  {'met    ' if b['time_met'] else 'NOT MET'}  "
              f"{mib(b['numview']['peak_rss']):>5} MiB {mib(b['numpy']['peak_rss']):>5} MiB  "
              f"{'met' if b['rss_met'] else 'NOT MET'}{alloc}")
    for s in results.get("scaling", []):
        print(f"scaling {s['op']:18} " + "  ".join(f"{time_text(a)}/{time_text(b)}" for a, b in zip(s["numview"], s["numpy"]))
              + (f"  flat: numview {s['flat']['numview']}, NumPy {s['flat']['numpy']}" if "flat" in s else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numview", default="target/release/numview", help="the numview binary (default: %(default)s)")
    parser.add_argument("--python", default="python3", help="the Python with NumPy (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per side after the warm-up (default: %(default)s)")
    parser.add_argument("--only", nargs="*", default=[], help="only these benchmarks (names of bench/programs/*.py, without .py)")
    parser.add_argument("--build", metavar="PROFILE", help="first run `cargo build --profile PROFILE` (e.g. release)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the scaling series and the chart")
    parser.add_argument("--scaling-rounds", type=int, default=2, help="alternated runs of the scaling programs (default: %(default)s)")
    parser.add_argument("--scaling-samples", type=int, default=3, help="samples per point and round (default: %(default)s)")
    parser.add_argument("--scaling-max", type=int, default=8, help="largest size as a power of ten (default: %(default)s)")
    parser.add_argument("--no-chart", action="store_true", help="do not draw bench/scaling.svg")
    parser.add_argument("--no-write", action="store_true", help="print only: leave results.json and BENCHMARKS.md alone")
    args = parser.parse_args()

    if args.build:
        subprocess.run(["cargo", "build", "--profile", args.build], cwd=ROOT, check=True)
    numview = str((ROOT / args.numview).resolve()) if not os.path.isabs(args.numview) else args.numview
    if not os.access(numview, os.X_OK):
        raise SystemExit(f"no numview binary at {numview}: build it (cargo build --release) or pass --numview PATH")

    results = {
        "command": shlex.join(["python3", "bench/run.py", *sys.argv[1:]]),
        "environment": environment(args.python, numview),
        "runs": args.runs,
    }
    print(f"numview {results['environment']['numview_commit']} ({numview}) against NumPy {results['environment']['numpy']}")
    suite = benchmarks(numview, args.python, set(args.only))
    for bench in suite:
        print(f"  warm-up and output check: {bench.name}", flush=True)
        if not run_pair(bench, record=False):
            print(f"    FAILED: {bench.failure}", flush=True)
    for r in range(args.runs):
        print(f"  round {r + 1}/{args.runs}", flush=True)
        for bench in suite:
            if not bench.failure:
                run_pair(bench)
    startup = suite[0]
    startup_rss = max(r["peak_rss"] for r in startup.runs["numview"]) if startup.runs["numview"] else None
    results["benchmarks"] = [summarise(b, startup_rss) for b in suite]

    if not args.no_scaling:
        sizes = [10**k for k in range(3, args.scaling_max + 1)]
        results["scaling"] = run_scaling(numview, args.python, args.scaling_rounds, args.scaling_samples, sizes)

    print_table(results)
    if not args.no_write:
        (BENCH / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
        write_markdown(results, ROOT / "BENCHMARKS.md")
        if results.get("scaling") and not args.no_chart:
            subprocess.run(["cargo", "run", "--quiet", "--release", "--manifest-path", str(BENCH / "chart" / "Cargo.toml"), "--",
                            str(BENCH / "results.json"), str(BENCH / "scaling.svg")], cwd=ROOT, check=True)
        print("wrote bench/results.json, BENCHMARKS.md" + ("" if args.no_scaling or args.no_chart else ", bench/scaling.svg"))
    failed = [b["name"] for b in results["benchmarks"] if "failure" in b]
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
