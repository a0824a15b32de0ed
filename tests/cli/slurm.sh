#!/bin/sh
# scripts/slurm-build.sh on a real Slurm cluster (the configured one, else a single-node cluster
# it starts): the timeline merged from the job array's shards equals one `build` byte for byte.
# Exit 77 (reported by ctest as skipped, with the reason) when Slurm cannot be installed or started.
# Usage: slurm.sh TIMELINE_BIN SOURCE_DIR
set -u
bin=$1
cd "$2" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus=data/samples/harbor-water-ransomware
"$bin" build "$corpus" --quiet -f json -o "$tmp/build.json" || { echo "slurm: build failed" >&2; exit 1; }
sh scripts/slurm-build.sh --shards 3 --bin "$bin" --work "$tmp/work" "$corpus" -- --quiet -f json -o "$tmp/merged.json"
status=$?
if [ "$status" -eq 77 ]; then
  echo "slurm: skipped: Slurm is not available here (see the reason above)"
  exit 77
fi
[ "$status" -eq 0 ] || { echo "slurm: slurm-build.sh failed with exit code $status" >&2; exit 1; }
# Each array task wrote its log through Slurm (--output=extract-%a.log) and its records.
for i in 0 1 2; do
  [ -f "$tmp/work/extract-$i.log" ] || { echo "slurm: no log of array task $i: the job array did not run" >&2; exit 1; }
  [ -s "$tmp/work/claims-$i.jsonl" ] || { echo "slurm: array task $i wrote no records" >&2; exit 1; }
done
cmp "$tmp/build.json" "$tmp/merged.json" || { echo "slurm: the merged timeline differs from build" >&2; exit 1; }
echo "slurm: 3 array tasks extracted, merged timeline equals build"
