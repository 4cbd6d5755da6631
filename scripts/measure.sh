#!/usr/bin/env bash
# Speed and memory of every listing command in every format, against the parse baseline,
# on generated corpora, measured side by side in one run (by hand, not in CI):
#   sudo apt-get install hyperfine
#   bash scripts/measure.sh [SIZES...] > measured.md   # default: department region national million
# For each corpus size it times (hyperfine, 1 warm-up, RUNS runs, no shell) the baseline
# (examples/baseline.rs: read and parse every TOML file in parallel, nothing else) and
# `kpi overdue|due|assignments|units` in table, csv, json and md, all as of 2024-07-01,
# output thrown away; tables as on a 160-column terminal (COLUMNS=160, wrapped). Peak
# memory comes from one run each under GNU time. It prints one Markdown table: command,
# format, median time, ratio to the baseline of the same size, peak memory and its ratio
# to the corpus's size on disk.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${*:-department region national million}
RUNS=${RUNS:-5}
WORK=${KPI_MEASURE_DIR:-/tmp/kpi-measure}
cargo build --release -q --examples
cargo build --release -q
KPI=$PWD/target/release/kpi
BASE=$PWD/target/release/examples/baseline
GEN=$PWD/target/release/examples/gen_corpus
export COLUMNS=160
mkdir -p "$WORK"
echo "| corpus | tasks | command | format | median | × baseline | peak memory | × corpus |"
echo "| --- | ---: | --- | --- | ---: | ---: | ---: | ---: |"
for size in $SIZES; do
    dir=$WORK/$size
    [ -d "$dir/plans" ] || "$GEN" "$size" "$dir" >&2
    bytes=$(du -sb "$dir/plans" | cut -f1)
    tasks=$("$KPI" -C "$dir" check --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["tasks"])')
    cmds=("$BASE $dir/plans")
    names=("baseline")
    for cmd in overdue due assignments units; do
        for fmt in table csv json md; do
            cmds+=("$KPI -C $dir --as-of 2024-07-01 $cmd --format $fmt")
            names+=("$cmd $fmt")
        done
    done
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$WORK/$size.json" --output=null "${cmds[@]}" >&2
    for i in "${!cmds[@]}"; do
        # shellcheck disable=SC2086
        /usr/bin/time -f %M -o "$WORK/mem" ${cmds[$i]} > /dev/null 2>/dev/null || true
        echo "${names[$i]}	$(cat "$WORK/mem")"
    done > "$WORK/$size.mem"
    python3 - "$WORK/$size.json" "$WORK/$size.mem" "$size" "$tasks" "$bytes" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
mem = dict(l.rstrip("\n").split("\t") for l in open(sys.argv[2]))
size, tasks, corpus = sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
names = ["baseline"] + [f"{c} {f}" for c in ["overdue", "due", "assignments", "units"] for f in ["table", "csv", "json", "md"]]
base = runs[0]["median"]
for name, r in zip(names, runs):
    cmd, fmt = (name.split() + [""])[:2]
    kib = int(mem.get(name, "0"))
    print(f"| {size} | {tasks:,} | {cmd} | {fmt or '—'} | {r['median']*1000:,.0f} ms | {r['median']/base:.2f} | {kib/1024:,.0f} MiB | {kib*1024/corpus:.1f} |")
PY
done
