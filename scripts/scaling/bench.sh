#!/usr/bin/env bash
# How kpi's time grows with one dimension of its input (by hand, not in CI):
#   bash scripts/scaling/bench.sh DIM N [all|quick|check|rep|asg]
# generates $KPI_SCALING_DIR/data/DIM-N with gen.py (the dimensions are listed there:
# records, requests, tasks, units, groups, sections, plans, long texts, phrases...) and
# times each command on it, one at a time, at most 60 s each, appending a row to
# $KPI_SCALING_DIR/results.tsv: dim, N, command, seconds, peak KB, exit status, stdout
# bytes, stderr bytes. Run it at N and 4N, then `python3 scripts/scaling/summarize.py
# $KPI_SCALING_DIR/results.tsv`: a ratio near 4 is linear, near 16 quadratic.
set -u
here=$(cd "$(dirname "$0")" && pwd)
KPI=${KPI:-$here/../../target/release/kpi}
WORK=${KPI_SCALING_DIR:-/tmp/kpi-scaling}
RES=${RES:-$WORK/results.tsv}
dim=$1; n=$2; set=${3:-all}
mkdir -p "$WORK/data"
out=$WORK/data/$dim-$n
show=$(python3 "$here/gen.py" "$dim" "$n" "$out") || exit 1
du -sh "$out" | cut -f1 | sed "s/^/[$dim $n] input size: /"
cmds=(check overdue due units assignments "show $show" "report --period 2024" calendar
      "--format csv check" "--format csv overdue" "--format csv due" "--format csv units"
      "--format csv assignments" "--format csv report --period 2024")
[ "$set" = quick ] && cmds=(check overdue "show $show" units)
[ "$set" = check ] && cmds=(check)
[ "$set" = rep ] && cmds=("report --period 2024" "--format csv report --period 2024" check)
[ "$set" = asg ] && cmds=(units assignments "--format csv units" "--format csv assignments" check)
t=$WORK/t.$$; o=$WORK/o.$$; e=$WORK/e.$$
for c in "${cmds[@]}"; do
  # shellcheck disable=SC2086 # the command's words are split on purpose
  /usr/bin/time -f "%e %M" -o "$t" timeout 60 "$KPI" -C "$out" --as-of 2025-01-10 $c >"$o" 2>"$e"
  rc=$?
  read -r secs kb < <(tail -1 "$t")
  ob=$(stat -c %s "$o"); eb=$(stat -c %s "$e")
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$dim" "$n" "$c" "$secs" "$kb" "$rc" "$ob" "$eb" | tee -a "$RES"
  if [ $rc -ge 100 ] || grep -q -i panic "$e"; then echo "  !! rc=$rc"; head -c 600 "$e"; fi
done
rm -f "$t" "$o" "$e"
