#!/usr/bin/env bash
# Try a hook of .pre-commit-hooks.yaml the way a plan repository uses it, with
# `pre-commit try-repo` on a repository made by `kpi init`: the new repository passes,
# a misspelled field fails the commit with kpi's diagnostic, a progress file alone is
# checked against its plan. Used by tests/cli/precommit.rs; run it by hand to try the
# `language: rust` hook, which builds kpi with cargo first (minutes):
#
#   scripts/pre-commit-check.sh                 # kpi-check-system: kpi must be on PATH
#   scripts/pre-commit-check.sh kpi-check       # kpi-check: pre-commit runs cargo install
#
# Exit status: 0 every step as expected, 1 a step was not, 77 pre-commit is missing.
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
hook=${1:-kpi-check-system}
if ! command -v pre-commit >/dev/null 2>&1; then
    echo "pre-commit not found (pip install pre-commit)" >&2
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/cache" GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export LANG=C.UTF-8 NO_COLOR=1
git_() { git -c user.name=kpi -c user.email=kpi@example.invalid -c init.defaultBranch=main "$@"; }
try() { pre-commit try-repo "$project" "$hook" --color never "$@"; }
fail() { echo "pre-commit-check: $*" >&2; exit 1; }

cd "$tmp"
kpi --lang en init repo >/dev/null
cd repo
git_ init -q
git_ add .
git_ commit -qm "kpi init"

echo "== a new repository passes"
try --all-files || fail "the hook failed on a repository made by kpi init"

echo "== a misspelled field in units.toml fails, with kpi's diagnostic"
sed -i 's/^name = "Thanh tra Sở"/nmae = "Thanh tra Sở"/' plans/so-mau/units.toml
git_ add -A
if try --files plans/so-mau/units.toml >"$tmp/out" 2>&1; then
    cat "$tmp/out"
    fail "the misspelled field passed"
fi
grep -q 'unknown-field' "$tmp/out" || { cat "$tmp/out"; fail "no unknown-field diagnostic"; }
git_ checkout -q -- plans/so-mau/units.toml

echo "== a progress file alone is checked against its plan"
progress=$(ls plans/so-mau/*.progress.toml)
printf '\n[[record]]\ntask = "IX.9"\nstatus = "done"\ndate = 2025-01-02\n' >>"$progress"
git_ add -A
if try --files "$progress" >"$tmp/out" 2>&1; then
    cat "$tmp/out"
    fail "a record of a task the plan lacks passed"
fi
grep -q 'unknown-task' "$tmp/out" || { cat "$tmp/out"; fail "no unknown-task diagnostic"; }
echo "pre-commit-check: $hook behaves as expected"
