#!/usr/bin/env bash
# Speed and memory of every listing command in every format, against the parse baseline,
# on generated corpora, measured side by side in one run (by hand, not in CI):
#   bash scripts/measure.sh [SIZES...] > measured.md   # default: department region national million
# For each corpus size it times the baseline (examples/baseline.rs: read and parse every
# TOML file in parallel, nothing else) and `kpi overdue|due|assignments|units` in table,
# csv, json and md, all as of 2024-07-01, output thrown away; tables as on a 160-column
# terminal (COLUMNS=160, wrapped). The commands take turns: one warm-up round, then RUNS
# rounds (default 7) in which each runs once, so that a busy spell of a shared machine
# falls on all of them alike rather than on the few that ran then. Each run's wall time
# and peak memory (the kernel's count for the process) are kept; the script prints one
# Markdown table: command, format, median time, ratio to the baseline's median of the
# same size, median peak memory and its ratio to the corpus's size on disk.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${*:-department region national million}
WORK=${KPI_MEASURE_DIR:-/tmp/kpi-measure}
cargo build --release -q --examples
cargo build --release -q
KPI=$PWD/target/release/kpi
BASE=$PWD/target/release/examples/baseline
GEN=$PWD/target/release/examples/gen_corpus
mkdir -p "$WORK"
echo "| corpus | tasks | command | format | median | × baseline | peak memory | × corpus |"
echo "| --- | ---: | --- | --- | ---: | ---: | ---: | ---: |"
for size in $SIZES; do
    dir=$WORK/$size
    [ -d "$dir/plans" ] || "$GEN" "$size" "$dir" >&2
    bytes=$(du -sb "$dir/plans" | cut -f1)
    tasks=$("$KPI" -C "$dir" check --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["tasks"])')
    python3 - "$KPI" "$BASE" "$dir" "$size" "$tasks" "$bytes" "${RUNS:-7}" <<'PY'
import os, statistics, subprocess, sys, time
kpi, base, d, size, tasks, corpus, runs = sys.argv[1:8]
tasks, corpus, runs = int(tasks), int(corpus), int(runs)
cases = [("baseline", "", [base, f"{d}/plans"])]
for cmd in ["overdue", "due", "assignments", "units"]:
    for fmt in ["table", "csv", "json", "md"]:
        cases.append((cmd, fmt, [kpi, "-C", d, "--as-of", "2024-07-01", cmd, "--format", fmt]))
env = dict(os.environ, COLUMNS="160")
wall = {i: [] for i in range(len(cases))}
peak = {i: [] for i in range(len(cases))}
for r in range(runs + 1):
    for i, (_, _, argv) in enumerate(cases):
        t = time.perf_counter()
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - t
        if r > 0:  # the first round warms the page cache
            wall[i].append(elapsed)
            peak[i].append(usage.ru_maxrss)  # KiB on Linux
base_median = statistics.median(wall[0])
for i, (cmd, fmt, _) in enumerate(cases):
    m, kib = statistics.median(wall[i]), statistics.median(peak[i])
    print(f"| {size} | {tasks:,} | {cmd} | {fmt or '—'} | {m*1000:,.0f} ms | {m/base_median:.2f} | {kib/1024:,.0f} MiB | {kib*1024/corpus:.1f} |")
PY
done
