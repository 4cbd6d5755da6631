#!/usr/bin/env bash
# Render docs/report.png: the report of the real Bình Định plan (plans/binh-dinh) for 2023
# as of 31/12/2023, in Vietnamese, as headless Chromium shows it on an A4-sized window.
# Needs chromium (apt-get install -y chromium). Run from the repository's root.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run -q -- --lang vi --as-of 2023-12-31 report --period 2023 --org bd-syt \
    --format html -o "$tmp/bao-cao.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$tmp/profile" --screenshot="$tmp/report.png" --window-size=1240,1754 \
    "file://$tmp/bao-cao.html" 2>/dev/null
cp "$tmp/report.png" docs/report.png
echo "wrote docs/report.png"
