#!/usr/bin/env bash
# Time `task overdue` (Taskwarrior) against `kpi overdue` on the same tasks. By hand, not
# in CI: it needs Debian's taskwarrior (and hyperfine, if present):
#   sudo apt-get install taskwarrior hyperfine
#   bash scripts/taskwarrior-compare.sh [TASKS]        # default 100000
# It generates a corpus of about TASKS tasks, converts every occurrence that kpi sees to a
# Taskwarrior task (description, project = plan, due = the occurrence's due day, done ones
# completed), imports them into a private TASKDATA, and times both tools listing what is
# overdue as of the same day.
set -euo pipefail
cd "$(dirname "$0")/.."
TASKS=${1:-100000}
AS_OF=2024-07-01
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v task >/dev/null || { echo "install taskwarrior first (apt-get install taskwarrior)"; exit 2; }
cargo build --release -q --example gen_corpus
cargo build --release -q
KPI=$PWD/target/release/kpi

# The national corpus has 200,000 tasks; keep the share asked for, whole organisations.
ORGS=$(( (TASKS + 399) / 400 ))
target/release/examples/gen_corpus national "$WORK/full" >/dev/null
mkdir -p "$WORK/repo/plans"
ls "$WORK/full/plans" | head -n "$(( (ORGS + 9) / 10 ))" | while read -r d; do cp -r "$WORK/full/plans/$d" "$WORK/repo/plans/"; done
cp "$WORK/full/kpi.toml" "$WORK/repo/"
N=$("$KPI" -C "$WORK/repo" check --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["tasks"])')
echo "kpi tasks: $N"

# One Taskwarrior task per kpi task: its due day is the first open occurrence's (kpi's
# list has one row per occurrence, so kpi does more work than Taskwarrior here).
"$KPI" -C "$WORK/repo" --as-of 2099-12-31 due --within 100000 --format json > "$WORK/open.json"
python3 - "$WORK/repo/plans" "$WORK/open.json" "$WORK/import.json" <<'PY'
import json, pathlib, sys, tomllib
first = {}
for e in json.load(open(sys.argv[2])):
    key = (e["plan"], e["task"])
    first[key] = min(first.get(key, e["due"]), e["due"])
out, n = open(sys.argv[3], "w"), 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.toml")):
    if path.name == "units.toml" or path.name.endswith(".progress.toml"):
        continue
    plan = tomllib.loads(path.read_text())
    for t in plan.get("task", []):
        task = {"description": f"{t['id']} {t['title']}"[:200], "project": plan["plan"]["id"],
                "status": "pending", "entry": "20240101T000000Z"}
        due = first.get((plan["plan"]["id"], t["id"]))
        if due:
            task["due"] = due.replace("-", "") + "T000000Z"
        out.write(json.dumps(task, ensure_ascii=False) + "\n")
        n += 1
print(f"taskwarrior tasks: {n}")
PY
export TASKDATA="$WORK/task" TASKRC="$WORK/taskrc"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\ngc=off\n' "$TASKDATA" > "$TASKRC"
time task import "$WORK/import.json" >/dev/null

# Both list what is overdue today: every due day of the corpus (2023 to 2027) that is
# past, for Taskwarrior by its clock and for kpi by its own (UTC+7). Table against table
# (both as a person would read them on a 160-column terminal: Taskwarrior's report is a
# table, kpi's default is one), then kpi's CSV against Taskwarrior's export, apart.
export COLUMNS=160
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 -N --export-markdown "$WORK/table.md" \
        "task rc.defaultwidth=160 overdue" \
        "$KPI -C $WORK/repo overdue"
    cat "$WORK/table.md"
    hyperfine --warmup 1 --runs 5 -N --export-markdown "$WORK/csv.md" \
        "task +OVERDUE export" \
        "$KPI -C $WORK/repo overdue --format csv"
    cat "$WORK/csv.md"
else
    time task rc.defaultwidth=160 overdue > /dev/null
    time "$KPI" -C "$WORK/repo" overdue > /dev/null
    time task +OVERDUE export > /dev/null
    time "$KPI" -C "$WORK/repo" overdue --format csv > /dev/null
fi
