#!/bin/sh
# Map and reduce: for each sample corpus (and data/samples as a whole), the claim records of the
# corpus split into 1, 2 and 3 shards (`extract --shard I/K -o`), merged with the shard files in a
# shuffled order (and once as one stream of records in sorted line order), give exactly the bytes
# one `build` gives: every output format for 3 shards, text and JSON for 1 and 2.
# Usage: shards.sh TIMELINE_BIN SOURCE_DIR
set -u
bin=$1
cd "$2" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() {
  echo "shards: $*" >&2
  status=1
}
for corpus in data/samples/*/ data/samples/; do
  corpus=${corpus%/}
  name=$(echo "$corpus" | tr / _)
  for k in 1 2 3; do
    i=0
    while [ "$i" -lt "$k" ]; do
      "$bin" extract "$corpus" --quiet --jobs 2 --shard "$i/$k" -o "$tmp/$name.$k.$i.jsonl" \
        || fail "$corpus: extract --shard $i/$k failed"
      i=$((i + 1))
    done
    # Shard files in reverse order; and all records as one stream in sorted line order.
    order=$(i=$((k - 1)); while [ "$i" -ge 0 ]; do printf '%s ' "$tmp/$name.$k.$i.jsonl"; i=$((i - 1)); done)
    cat "$tmp/$name.$k".*.jsonl | LC_ALL=C sort >"$tmp/$name.$k.sorted.jsonl"
    # Every format for 3 shards; text and JSON (the full timeline) for 1 and 2, to keep CI short.
    formats="text json"
    [ "$k" -eq 3 ] && formats="text json markdown csv html timelinejs"
    for format in $formats; do
      want="$tmp/$name.build.$format"
      [ -f "$want" ] || "$bin" build "$corpus" --quiet -f "$format" --width 100 --color never -o "$want" \
        || fail "$corpus: build -f $format failed"
      # shellcheck disable=SC2086
      "$bin" merge $order --quiet -f "$format" --width 100 --color never -o "$tmp/got" \
        || fail "$corpus: merge of $k shard(s) -f $format failed"
      cmp -s "$want" "$tmp/got" || fail "$corpus: merge of $k shard(s) -f $format differs from build"
      "$bin" merge - --quiet -f "$format" --width 100 --color never <"$tmp/$name.$k.sorted.jsonl" >"$tmp/got" \
        || fail "$corpus: merge of $k shard(s) from sorted stdin -f $format failed"
      cmp -s "$want" "$tmp/got" || fail "$corpus: merge of $k sorted shard(s) -f $format differs from build"
    done
  done
  # The records must hold documents: an empty merge would equal nothing, not pass.
  grep -q '"type":"document-claims"' "$tmp/$name.1.0.jsonl" || fail "$corpus: no document records"
done
[ "$status" -eq 0 ] && echo "shards: merge of 1, 2 and 3 shards equals build for every corpus and format"
exit "$status"
