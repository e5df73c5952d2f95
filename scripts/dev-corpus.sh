#!/usr/bin/env bash
# Writes N copies of the bundled real conflict text (the multi-war dev set and the five seed articles) into DIR, for
# measuring extraction on real reporting: scripts/dev-corpus.sh 40 /tmp/real && ./sitrep bench --corpus=/tmp/real
set -euo pipefail
n=${1:?usage: dev-corpus.sh COPIES DIR}
dir=${2:?usage: dev-corpus.sh COPIES DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$dir"
for i in $(seq 1 "$n"); do
  for f in "$root"/examples/dev-multiwar/docs/*.txt "$root"/examples/hama-2024-12/*.txt; do
    cp "$f" "$dir/$(basename "$f" .txt)_$i.txt"
  done
done
echo "$(ls "$dir" | wc -l) files in $dir"
