#!/bin/sh
# Golden outputs: `timeline build` of each sample folder as text and as JSON must equal
# tests/render/golden/<sample>.<format> byte for byte, for --jobs 1 and --jobs 2.
# Usage: golden.sh TIMELINE_BIN SOURCE_DIR [--update]
# After an intended change (extraction keeps improving), refresh with scripts/refresh-samples.sh.
set -u
bin=$1
cd "$2" || exit 2
update=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for dir in data/samples/*/; do
  name=$(basename "$dir")
  for format in text json; do
    golden="tests/render/golden/$name.$format"
    for jobs in 1 2; do
      if ! "$bin" build "data/samples/$name" -f "$format" --quiet --width 100 --color never --jobs "$jobs" \
          -o "$tmp/$name.$format.$jobs"; then
        echo "$golden: timeline build failed" >&2
        status=1
        continue 2
      fi
    done
    if ! cmp -s "$tmp/$name.$format.1" "$tmp/$name.$format.2"; then
      echo "$name.$format: output differs between --jobs 1 and --jobs 2" >&2
      status=1
    fi
    if [ "$update" = "--update" ]; then
      cp "$tmp/$name.$format.1" "$golden"
      echo "updated $golden"
    elif ! cmp -s "$golden" "$tmp/$name.$format.1"; then
      echo "$golden: output changed:" >&2
      diff -u "$golden" "$tmp/$name.$format.1" | head -60 >&2
      status=1
    else
      echo "$golden: same bytes"
    fi
  done
done
if [ $status -ne 0 ] && [ "$update" != "--update" ]; then
  echo "If the change is intended, refresh the golden files and expectations: scripts/refresh-samples.sh" >&2
fi
exit $status
