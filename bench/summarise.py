"""Turns bench/run's times.tsv (label, size, seconds, peak KiB per run) into the markdown report."""
import statistics
import sys
from collections import defaultdict

times_file, cores, java = sys.argv[1], sys.argv[2], sys.argv[3]
runs = defaultdict(list)
for line in open(times_file, encoding="utf-8"):
    label, size, secs, kib = line.rstrip("\n").split("\t")
    runs[(label, size)].append((float(secs), int(kib)))


def median(label, size):
    values = runs.get((label, size))
    if not values:
        return None, None
    return statistics.median(s for s, _ in values), max(k for _, k in values) / 1024


def fmt(x, unit=""):
    return "–" if x is None else f"{x:.1f}{unit}"


def ratio(a, b):
    return "–" if a is None or b is None or b == 0 else f"{a / b:.2f}×"


sizes = sorted({s for (_, s) in runs if s != "sample"}, key=int)
print(f"# Benchmark, {cores} cores, {java}\n")
print(f"Median of {max(len(v) for v in runs.values())} runs; wall time includes JVM and Spark start-up;"
      " peak resident memory is the largest of the runs. Ingest, analyse and the yardsticks ran with -Xmx2g.\n")
print("| persons | generate | ingest | bare Spark | ingest ÷ bare (target ≤ 1.3) | analyse | DuckDB |"
      " analyse ÷ DuckDB (target ≤ 3 at 1M) | peak MiB ingest / bare / analyse / DuckDB |")
print("|---|---|---|---|---|---|---|---|---|")
for size in sizes:
    gen, _ = median("generate", size)
    ing, ing_m = median("ingest", size)
    bare, bare_m = median("bare", size)
    ana, ana_m = median("analyse", size)
    duck, duck_m = median("duckdb", size)
    print(f"| {int(size):,} | {fmt(gen, ' s')} | {fmt(ing, ' s')} | {fmt(bare, ' s')} | {ratio(ing, bare)} |"
          f" {fmt(ana, ' s')} | {fmt(duck, ' s')} | {ratio(ana, duck)} |"
          f" {fmt(ing_m)} / {fmt(bare_m)} / {fmt(ana_m)} / {fmt(duck_m)} |")
run, run_m = median("run", "sample")
print(f"\nEnd-to-end `run` on data-samples/trondheim-2020: {fmt(run, ' s')} (target ≤ 15 s), peak {fmt(run_m, ' MiB')}.")
if len(sizes) >= 2:
    small, large = sizes[-2], sizes[-1]
    growth = int(large) / int(small)
    for label in ("ingest", "analyse"):
        a, _ = median(label, small)
        b, _ = median(label, large)
        if a and b:
            print(f"\n{label}: {int(small):,} → {int(large):,} persons ({growth:.0f}× the data) took {b / a:.1f}× the time"
                  f" ({'no faster than linear' if b / a <= growth else 'FASTER THAN LINEAR'}).")
