#!/usr/bin/env python3
"""Measures tactful (and write-good, when given) as whole processes and writes
the figures of issue 6 beside their targets. bench/run.sh prepares everything
this needs; run that, not this.

    measure.py --tactful BIN --one FILE --dir FOLDER --mbox FILE [--write-good BIN]
               [--lsp SCRIPT] [--runs N] [--out results.md]

Every figure is the median of several runs of a fresh process (wall clock,
output to /dev/null); peak memory comes from /usr/bin/time -v.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MB = 1_000_000  # throughput is in decimal megabytes per second


def run_times(command, runs, warmup=1, env=None):
    """Wall times in seconds of `runs` runs of `command` (after `warmup` unmeasured ones)."""
    times = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        elapsed = time.perf_counter() - start
        if i >= warmup:
            times.append(elapsed)
    return times


def peak_rss_mib(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, check=False)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(m.group(1)) / 1024 if m else float("nan")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tactful", required=True)
    p.add_argument("--one", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--mbox", required=True)
    p.add_argument("--write-good")
    p.add_argument("--lsp", help="bench/lsp_latency.py, when it exists")
    p.add_argument("--runs", type=int, default=5, help="runs per throughput figure (cold start: 4x as many)")
    p.add_argument("--out", default="bench/results.md")
    a = p.parse_args()

    tactful = os.path.abspath(a.tactful)
    one_bytes = os.path.getsize(a.one)
    mbox_bytes = os.path.getsize(a.mbox)
    dir_files = sorted(os.path.join(a.dir, f) for f in os.listdir(a.dir))
    dir_bytes = sum(os.path.getsize(f) for f in dir_files)
    rows = []  # (what, target, measured text, ok or None)
    notes = []

    def say(text):
        print(text, flush=True)

    load_before = load_average()
    say(f"machine: {os.cpu_count()} cores, {cpu_model()}, load average {load_before:.2f}")

    # The rule pack cache (README, "The rule pack cache") in a folder of the
    # bench's own: the first run stores the pack's snapshot (a warm-up run),
    # every later start reads it, as every start after the first does for a
    # user. The same start without any cache is measured too: what the first
    # run after a rule edit or a new build costs.
    cache = tempfile.mkdtemp(prefix="tactful-bench-cache.")
    os.environ["TACTFUL_CACHE_DIR"] = cache
    # With write-good, the two cold starts alternate, so that the ratio
    # compares them on the same minutes of a machine whose speed drifts
    # (write-good alone has measured 79-206 ms on this kind of machine).
    wg_cold_runs = []
    if a.write_good:
        cold = []
        for i in range(2 + a.runs * 4):
            t = run_times([tactful, "check", a.one], 1, warmup=0)[0]
            w = run_times([a.write_good, a.one], 1, warmup=0)[0]
            if i >= 2:
                cold.append(t)
                wg_cold_runs.append(w)
    else:
        cold = run_times([tactful, "check", a.one], a.runs * 4, warmup=2)
    cold_ms = statistics.median(cold) * 1000
    rows.append(("cold start, `check` on one %.1f KB clean outreach, human output" % (one_bytes / 1024), "≤ 15 ms",
                 "%.1f ms" % cold_ms, cold_ms <= 15))
    say(f"cold start: median {cold_ms:.1f} ms over {len(cold)} runs")
    uncached = run_times([tactful, "check", a.one], a.runs * 2, warmup=1, env=dict(os.environ, TACTFUL_CACHE_DIR=""))
    uncached_ms = statistics.median(uncached) * 1000
    rows.append(("the same without the rule pack cache (first run after an edit or a build)", "(no target)",
                 "%.1f ms" % uncached_ms, None))
    say(f"cold start without the pack cache: median {uncached_ms:.1f} ms over {len(uncached)} runs")

    throughput = {}
    for jobs in (1, 2):
        command = [tactful, "check", "--format", "json", f"-j{jobs}", a.mbox]
        times = run_times(command, a.runs, warmup=0)
        mbs = mbox_bytes / MB / statistics.median(times)
        throughput[jobs] = mbs
        target = 20 if jobs == 1 else 35
        rows.append((f"throughput, `check --format json -j{jobs}` over a {mbox_bytes / MB:.1f} MB mbox",
                     f"≥ {target} MB/s", "%.2f MB/s (median %.2f s)" % (mbs, statistics.median(times)), mbs >= target))
        say(f"throughput -j{jobs}: {mbs:.2f} MB/s (median {statistics.median(times):.2f} s over {len(times)} runs)")

    rss = peak_rss_mib([tactful, "check", "--format", "json", "-j2", a.mbox])
    rows.append(("peak memory of that batch (-j2)", "≤ 32 MiB", "%.1f MiB" % rss, rss <= 32))
    say(f"peak RSS: {rss:.1f} MiB")

    folder_times = run_times([tactful, "check", "--format", "json", "-j1"] + [a.dir], max(1, a.runs // 2), warmup=0)
    folder_mbs = dir_bytes / MB / statistics.median(folder_times)
    rows.append((f"throughput over {len(dir_files)} files ({dir_bytes / MB:.1f} MB), -j1", "(no target)",
                 "%.2f MB/s" % folder_mbs, None))
    say(f"folder of {len(dir_files)} files: {folder_mbs:.2f} MB/s")

    if a.lsp and os.path.exists(a.lsp):
        result = subprocess.run([sys.executable, a.lsp, tactful, "--json", "--runs", "100"], capture_output=True,
                                text=True, check=False)
        try:
            lsp = json.loads(result.stdout)
            small = next(v for k, v in lsp.items() if "200" not in k)
            big = next(v for k, v in lsp.items() if "200" in k)
            rows.append((f"LSP didChange → publishDiagnostics, {small['bytes'] / 1024:.1f} KB draft, median",
                         "≤ 1 ms", "%.2f ms" % small["median_ms"], small["median_ms"] <= 1))
            rows.append(("the same, p99", "≤ 5 ms", "%.2f ms" % small["p99_ms"], small["p99_ms"] <= 5))
            rows.append((f"the same on a {big['bytes'] / 1024:.0f} KB draft, median", "≤ 20 ms",
                         "%.2f ms" % big["median_ms"], big["median_ms"] <= 20))
            say(f"lsp: {small['median_ms']:.2f} / p99 {small['p99_ms']:.2f} ms; 200 KB {big['median_ms']:.2f} ms")
        except (ValueError, StopIteration, KeyError):
            notes.append("the LSP latency script did not produce figures: " + (result.stderr.strip()[-300:] or "no output"))
    else:
        notes.append("no LSP latency figure: bench/lsp_latency.py is not there")

    if a.write_good:
        wg_cold = statistics.median(wg_cold_runs) * 1000
        wg_times = run_times([a.write_good, a.mbox], 1, warmup=0)
        wg_mbs = mbox_bytes / MB / statistics.median(wg_times)
        rows.append(("write-good 1.0.8 cold start on the same message (runs alternating with tactful's)", "(reference)",
                     "%.1f ms" % wg_cold, None))
        rows.append(("write-good 1.0.8 over the same mbox", "(reference)", "%.2f MB/s" % wg_mbs, None))
        # write-good slows down badly on one 10 MB file; per file it is fairer.
        wg_dir = statistics.median(run_times([a.write_good] + dir_files, 1, warmup=0))
        wg_dir_mbs = dir_bytes / MB / wg_dir
        rows.append((f"write-good 1.0.8 over the same {len(dir_files)} files", "(reference)", "%.2f MB/s" % wg_dir_mbs,
                     None))
        rows.append(("ratio, throughput over the files -j1 (tactful / write-good)", "(reference)",
                     "%.1f×" % (folder_mbs / wg_dir_mbs), None))
        rows.append(("ratio, cold start (write-good / tactful)", "≥ 8×", "%.1f×" % (wg_cold / cold_ms),
                     wg_cold / cold_ms >= 8))
        rows.append(("ratio, throughput -j1 (tactful / write-good)", "≥ 30×", "%.1f×" % (throughput[1] / wg_mbs),
                     throughput[1] / wg_mbs >= 30))
        say(f"write-good: cold {wg_cold:.1f} ms, {wg_mbs:.2f} MB/s; ratios {wg_cold / cold_ms:.1f}x cold, "
            f"{throughput[1] / wg_mbs:.1f}x throughput")
    else:
        notes.append("write-good was not measured (npm unavailable)")

    load_after = load_average()
    lines = [
        "# Benchmark results",
        "",
        f"Written by `bench/run.sh` on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC.",
        f"Machine: {os.cpu_count()} cores (`nproc`), {cpu_model()}; load average {load_before:.1f} before, "
        f"{load_after:.1f} after (other work on the machine inflates wall times).",
        f"Corpora (bench/generate.py, seed 6): one message of {one_bytes} bytes; {len(dir_files)} files of "
        f"{dir_bytes} bytes; an mbox of {mbox_bytes} bytes. MB = 10^6 bytes. Medians of whole-process runs.",
        "",
        "| what | target | measured | met |",
        "| --- | --- | --- | --- |",
    ]
    for what, target, measured, ok in rows:
        lines.append(f"| {what} | {target} | {measured} | {'' if ok is None else ('yes' if ok else 'no')} |")
    if notes:
        lines += [""] + [f"- {n}" for n in notes]
    text = "\n".join(lines) + "\n"
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print()
    print(text)
    shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
