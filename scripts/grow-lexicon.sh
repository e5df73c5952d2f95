#!/usr/bin/env bash
# Regrows what is derived from WordNet 3.1 (extJWNL and its data artifact, test dependencies from Maven Central):
#   sitrep-core/src/test/resources/lexicon/candidates.tsv   event-word candidates from lexicon/seeds.tsv, to review
#                                                           into sitrep-core/src/main/resources/.../lang/en/triggers.tsv
#   sitrep-core/src/main/resources/.../lang/en/common-words.txt English words that are also gazetteer names
# Then review the diff: candidates are proposals, triggers.tsv is edited by hand (each entry needs an invented
# sentence in lexicon/trigger-examples.tsv; LexiconProvenanceTest checks every wn: source against WordNet).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl sitrep-core test -Dtest='CandidatesTest,CommonWordsTest' -Dsitrep.lexicon.update=true -Dsurefire.failIfNoSpecifiedTests=false
git --no-pager diff --stat -- sitrep-core/src/test/resources/lexicon/candidates.tsv sitrep-core/src/main/resources/org/sitrep/core/lang/en/common-words.txt
