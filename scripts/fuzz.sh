#!/usr/bin/env bash
# Fuzzes each of core's fuzz targets (sitrep-core/src/test/java/org/sitrep/core/fuzz/ReadersFuzzTest.java: the text
# and HTML readers, JSON Lines and sidecars, the cleaner, the whole extraction) for SECONDS each with Jazzer, one
# target at a time. A finding fails the run and is written beside the seed corpus
# (sitrep-core/src/test/resources/org/sitrep/core/fuzz/ReadersFuzzTestInputs/<target>/crash-*), where the normal
# test run replays it from then on. .ci/run runs it for 30 s a target; for a long run: scripts/fuzz.sh 3600
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=${FUZZ_TARGETS:-"textAndHtmlFiles jsonLinesAndSidecars cleaner extraction"}
failed=0
for t in $targets; do
  t_seconds=$seconds
  # the extraction target first builds the gazetteer and the pipeline under Jazzer's instrumentation (20-40 s on
  # a shared 2-core machine): it gets three times the bound so that it fuzzes at all
  [ "$t" = extraction ] && t_seconds=$((seconds * 3))
  echo "fuzzing $t for $t_seconds s"
  log=$(mktemp /tmp/sitrep-fuzz-$t.XXXXXX)
  stamp=$(mktemp /tmp/sitrep-fuzz-stamp.XXXXXX)
  # the run is bounded here; Jazzer's own bound (the annotation's maxDuration) is far longer. It runs in a session
  # of its own, so that Maven's forked test JVM can be stopped with it and waited for
  sidfile=$(mktemp /tmp/sitrep-fuzz-sid.XXXXXX)
  JAZZER_FUZZ=1 setsid bash -c 'echo $$ > "$0"; exec timeout --kill-after=20 "$1" mvn -B test -pl sitrep-core \
      -Dtest="ReadersFuzzTest#$2" -Dsitrep.test.argLine=-Xmx1g -Dsurefire.failIfNoSpecifiedTests=false' \
      "$sidfile" "$t_seconds" "$t" >"$log" 2>&1
  rc=$?
  sid=$(cat "$sidfile")
  rm -f "$sidfile"
  # the forked JVM outlives Maven and writes the input it was on when it stops: stop it and wait for it to end
  pkill -TERM -s "$sid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    pgrep -s "$sid" >/dev/null || break
    sleep 1
  done
  pkill -KILL -s "$sid" 2>/dev/null || true
  if [ $rc -eq 124 ]; then
    # stopped by the time bound: libFuzzer writes the input it was on when killed as a crash-* file; a real finding
    # ends the run before the bound with a failing test, so these are artifacts of the stop, not findings
    find sitrep-core/src/test/resources/org/sitrep/core/fuzz -name 'crash-*' -newer "$stamp" -delete
  fi
  rm -f "$stamp"
  if [ $rc -eq 124 ] || [ $rc -eq 0 ]; then
    inputs=$(grep -Eo '#[0-9]+' "$log" | tail -1 | tr -d '#')
    if [ -z "$inputs" ]; then
      echo "  $t: NOT FUZZED: no input ran within $t_seconds s (start-up took the whole bound); log: $log"
    else
      echo "  $t: no finding ($inputs inputs)"
    fi
  else
    echo "  $t: FINDING or failure (exit $rc); log: $log"
    grep -E "== Java Exception|Exception|crash-|Tests run" "$log" | head -20
    failed=1
  fi
done
exit $failed
