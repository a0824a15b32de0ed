#!/bin/sh
# Accepts the current timelines of data/samples/ after an intended change: rewrites each
# folder's expected.json (timeline check --update) and the golden text and JSON outputs in
# tests/render/golden/. Review the diff (git diff) before committing it.
# Usage: scripts/refresh-samples.sh [PRESET]   (default: dev; builds it first)
set -eu
cd "$(dirname "$0")/.."
preset=${1:-dev}
cmake --build --preset "$preset" --target timeline >/dev/null
bin="build/$preset/src/timeline"
for dir in data/samples/*/; do
  dir=${dir%/}
  "$bin" check "$dir" --expect "$dir/expected.json" --update --quiet
  echo "updated $dir/expected.json"
done
mkdir -p tests/render/golden
sh tests/render/golden.sh "$bin" . --update
git --no-pager diff --stat -- data/samples tests/render/golden || true
