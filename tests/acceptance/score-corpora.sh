#!/bin/sh
# Builds the timeline of every folder of ../shared/corpora (and of the project's own invented
# corpora, data/corpora, when given) and scores it against its truth.json with
# ../shared/tools/score-timeline, at the thresholds of tests/acceptance/thresholds.tsv (raise
# them as the tool improves). Exit 77 (skipped) when ../shared is not beside the project.
# Usage: score-corpora.sh TIMELINE_BINARY SHARED_DIR THRESHOLDS_TSV OUT_DIR [OWN_CORPORA_DIR]
set -u
bin=$1 shared=$2 thresholds=$3 out=$4 own=${5:-}
[ -d "$shared/corpora" ] || { echo "skipped: $shared/corpora not found"; exit 77; }
mkdir -p "$out"
status=0
for dir in "$shared"/corpora/*/ ${own:+"$own"/*/}; do
  name=$(basename "$dir")
  [ -f "$dir/truth.json" ] || continue
  line=$(awk -F'\t' -v n="$name" '$1 == n { e = $0 } $1 == "*" { s = $0 } END { print (e != "" ? e : s) }' "$thresholds")
  if [ -z "$line" ]; then
    echo "$name: no threshold in $thresholds (add a row or a '*' row)"; status=1; continue
  fi
  recall=$(echo "$line" | cut -f2) precision=$(echo "$line" | cut -f3) conflicts=$(echo "$line" | cut -f4)
  "$bin" build "$dir" -f json -o "$out/$name.json" --quiet || { echo "$name: build failed"; status=1; continue; }
  echo "== $name (minimum recall $recall, precision $precision, conflicts $conflicts)"
  python3 "$shared/tools/score-timeline" "$out/$name.json" "$dir/truth.json" \
    --min-recall "$recall" --min-precision "$precision" --min-conflicts "$conflicts" || status=1
done
exit $status
