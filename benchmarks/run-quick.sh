#!/bin/sh
# Quick mode: the whole JMH suite, one fork, 1 warm-up and 3 measured iterations of 1 s each, with
# -prof gc, on one size per size parameter:
#   organizations=10000  every benchmark on a generated landscape (lookups, network, matching,
#                        classification, index build, validation, JSON)
#   landscape=ror        ResolutionBenchmark on the real ROR registry (35,990 organizations)
#   registry=ror         AffiliationResolutionBenchmark (its only value)
#   resolver=COLLABKIT,LUCENE,COMMONS_TEXT
#                        the resolution peers that matter for the targets (HASH_MAP and LINEAR_SCAN
#                        resolvers are in the full run and in ResolutionQuality)
# Then the quality of each resolver on the same registry queries (ResolutionQuality; minutes more,
# mostly Lucene's fuzzy queries on 4,096 affiliation strings), and the README tables.
# The JMH part is meant to finish in under 10 minutes on 2 cores. Run from anywhere; writes
# benchmarks/results/.
#
#   benchmarks/run-quick.sh                # after ./mvnw -B -q -pl benchmarks -am package -DskipTests
#   benchmarks/run-quick.sh 'KeyLookup'    # a regular expression: only the matching benchmarks
#   QUALITY=0 benchmarks/run-quick.sh      # keep benchmarks/results/quality.json as it is (made
#                                          # by ResolutionQuality from the same code)
set -eu
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
RESULTS=benchmarks/results
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests
fi
if [ ! -f ../shared/data/ror/records/ror-records-v2.jsonl.gz ]; then
  echo "run-quick.sh: no ../shared/data/ror: the ror landscape benchmarks will fail their setup and be skipped" >&2
fi
mkdir -p "$RESULTS"
COMMAND="java -jar $JAR ${1:-} -f 1 -wi 1 -i 3 -w 1s -r 1s -p organizations=10000 -p landscape=ror -p resolver=COLLABKIT,LUCENE,COMMONS_TEXT -prof gc -rf json -rff $RESULTS/jmh.json"
START=$(date -u +%s)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$(date -u +%FT%TZ) load $LOAD_BEFORE: $COMMAND"
$COMMAND
END=$(date -u +%s)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
MINUTES=$(( (END - START + 59) / 60 ))
echo "JMH suite took $((END - START)) s; load average (1, 5, 15 min) $LOAD_BEFORE before, $LOAD_AFTER after"
if [ "${QUALITY:-1}" != 0 ]; then
  java -cp "$JAR" io.github.collabkit.benchmarks.report.ResolutionQuality "$RESULTS/quality.json" ror
fi
# Results of separate runs kept beside jmh.json (jmh-<name>.json, each with its command, time and load
# in jmh-<name>.txt), such as the builders at 1,000,000 organizations, go into the same tables.
EXTRA=""
EXTRA_NOTE=""
for f in "$RESULTS"/jmh-*.json; do
  [ -f "$f" ] || continue
  EXTRA="$EXTRA $f"
  EXTRA_NOTE="$EXTRA_NOTE
$(cat "${f%.json}.txt" 2>/dev/null || echo "$f: command not recorded")"
done
NOTE="(started $(date -u -d @"$START" +%FT%TZ), JMH took $((END - START)) s; load average 1/5/15 min: $LOAD_BEFORE before, $LOAD_AFTER after; $(nproc) cores shared with other engineers)"
java -cp "$JAR" io.github.collabkit.benchmarks.report.ReadmeTables "$RESULTS/jmh.json" benchmarks/README.md "benchmarks/run-quick.sh ${1:-}
  = $COMMAND
  $NOTE$EXTRA_NOTE" $EXTRA
