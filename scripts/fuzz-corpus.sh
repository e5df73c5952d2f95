#!/usr/bin/env bash
# Writes N malformed inputs of every shape a reader meets (random bytes, invalid UTF-8, UTF-16/32, NUL bytes,
# mutated articles, broken HTML, JSON Lines with bad lines, sidecars) into DIR and reads them with `sitrep extract`:
# the run fails if any input gives an internal error. The tests do the same with 240 inputs.
#   scripts/fuzz-corpus.sh /tmp/corpus 5109 [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: fuzz-corpus.sh DIR [N] [SEED]}
n=${2:-5109}
seed=${3:-14}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
mvn -B -q test -pl sitrep-core,sitrep-store,sitrep-app -Dtest=FuzzCorpusTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsitrep.fuzzCorpus.dir="$dir" -Dsitrep.fuzzCorpus.n="$n" -Dsitrep.fuzzCorpus.seed="$seed"
echo "$(ls "$dir" | wc -l) files in $dir read with no internal error"
