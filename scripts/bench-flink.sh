#!/usr/bin/env bash
# The Flink job's benchmark (org.sitrep.flink.FlinkBench): the same generated articles through the single-process
# path and through the job in a MiniCluster at parallelism 1 and 2, into PostgreSQL.
#   scripts/bench-flink.sh [--db postgresql://…] [--articles N]
# Without --db, a throwaway PostgreSQL cluster is started for the run (scripts/pg-test-cluster.sh) and removed after.
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
if [[ " $* " != *" --db "* ]]; then
  pg_dir=$(mktemp -d /tmp/sitrep-bench-pg.XXXXXX)
  trap 'scripts/pg-test-cluster.sh stop "$pg_dir"; rm -rf "$pg_dir"' EXIT
  args+=(--db "$(scripts/pg-test-cluster.sh start "$pg_dir" "${SITREP_BENCH_PG_PORT:-55441}")")
fi
mvn -q -B install -DskipTests -pl sitrep-flink -am >&2
cp_file=$(mktemp)
mvn -q -B -pl sitrep-flink dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
java -Xmx4g --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
  --add-opens java.base/java.time=ALL-UNNAMED \
  -cp "sitrep-flink/target/classes:$(cat "$cp_file")" org.sitrep.flink.FlinkBench "${args[@]}" 2> >(grep -v "^SLF4J\|^diagnostic>" >&2)
rm -f "$cp_file"
