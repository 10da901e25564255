#!/usr/bin/env bash
# Renders the HTML report of the corpus fixture and keeps a screenshot of it in docs/, taken by
# headless Chromium (Debian packages `chromium`, and `fonts-noto-cjk` for the Chinese source
# text). Usage: bash scripts/html-screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/html-report.png}"
if ! command -v chromium >/dev/null; then
  echo "chromium is needed: apt-get install -y chromium" >&2
  exit 2
fi
swift build -c release --static-swift-stdlib --product translint >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Exit 1 means findings, which is what the report is for.
.build/release/translint check fixtures/corpus --source-lang zh --format html --output "$work/report.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
  --screenshot="$work/report.png" "file://$work/report.html" 2>/dev/null
cp "$work/report.png" "$out"
echo "wrote $out"
