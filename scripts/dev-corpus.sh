#!/usr/bin/env bash
# Writes N copies of the bundled real conflict text (the multi-war dev set and the five seed articles) into DIR, for
# measuring extraction on real reporting: scripts/dev-corpus.sh 40 /tmp/real && ./sitrep bench --corpus=/tmp/real
# With "distinct" as a third argument every copy ends with a line of its own ("Archive copy N."), so that a store
# takes each copy as a new article (the same text is otherwise stored once): for measuring ingest.
set -euo pipefail
n=${1:?usage: dev-corpus.sh COPIES DIR [distinct]}
dir=${2:?usage: dev-corpus.sh COPIES DIR [distinct]}
distinct=${3:-}
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$dir"
for i in $(seq 1 "$n"); do
  for f in "$root"/examples/dev-multiwar/docs/*.txt "$root"/examples/hama-2024-12/*.txt; do
    out="$dir/$(basename "$f" .txt)_$i.txt"
    cp "$f" "$out"
    if [ "$distinct" = distinct ]; then
      printf '\n\nArchive copy %s.\n' "$i" >> "$out"
    fi
  done
done
echo "$(ls "$dir" | wc -l) files in $dir"
