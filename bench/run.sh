#!/bin/sh
# Runs the benchmarks on the Release build and prints one table (`make bench` calls it).
#   bench/run.sh                      sizes 1,000 and 10,000 articles
#   BENCH_SIZES="1000 10000 100000" bench/run.sh   also 100,000 (about 250 MB of articles)
# Other knobs: BUILD (build/release), BENCH_JOBS (all cores), BENCH_CORRELATE (the size whose
# claims the correlator benchmark grows over: 10000), BENCH_SEED (1).
# Corpora are generated once into $BUILD/bench-corpora/N-seed-S and reused. Figures, not tests.
set -eu
BUILD=${BUILD:-build/release}
SIZES=${BENCH_SIZES:-"1000 10000"}
JOBS=${BENCH_JOBS:-$(nproc)}
CORRELATE=${BENCH_CORRELATE:-10000}
SEED=${BENCH_SEED:-1}
CORPORA=$BUILD/bench-corpora
rows=$(mktemp)
out=$(mktemp)
trap 'rm -f "$rows" "$out"' EXIT

show() {  # show COMMAND...: runs it, prints its output and keeps its ROW lines for the table
  "$@" >"$out"
  grep -v '^ROW' "$out" || true
  grep '^ROW' "$out" >>"$rows" || true
}

corpus() {  # corpus N → prints the folder, generating it when missing
  dir=$CORPORA/$1-seed-$SEED
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    "$BUILD/bench/gen_corpus" "$dir" "$1" "$SEED" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(awk '/MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)"

echo "== timex tagging (one thread)"
show "$BUILD/bench/timex_bench" . 32

for n in $SIZES; do
  dir=$(corpus "$n")
  mb=$(du -sb "$dir" | awk '{printf "%.1f", $1 / 1e6}')
  echo "== extraction, $n articles ($mb MB), $JOBS threads"
  show "$BUILD/bench/extract_bench" "$dir" "$JOBS"
  echo "== timeline build, $n articles, --jobs $JOBS (text to /dev/null)"
  measured=$(/usr/bin/time -f '%e %M' "$BUILD/src/timeline" build "$dir" --jobs "$JOBS" -q 2>&1 >/dev/null | tail -n 1)
  wall=${measured% *}
  kib=${measured#* }
  mib=$(awk -v k="$kib" 'BEGIN {printf "%.0f", k / 1024}')
  echo "wall $wall s, peak RSS $mib MiB"
  printf 'ROW\ttimeline build, %s threads\t%s docs\t%s s\tpeak RSS %s MiB, %s MB of articles\n' \
    "$JOBS" "$n" "$wall" "$mib" "$mb" >>"$rows"
done

dir=$(corpus "$CORRELATE")
echo "== correlator against claims (claims of the $CORRELATE-article corpus, growing)"
show "$BUILD/bench/correlate_bench" "$dir" "$JOBS" 4

echo
echo "== summary"
printf 'what\tsize\tfigure\tdetail\n' | cat - "$rows" | sed 's/^ROW\t//' | column -t -s "$(printf '\t')"
