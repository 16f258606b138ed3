#!/usr/bin/env bash
# Wall time of `./tenet check DESIGN` from a cold JVM (a fresh process each run), with and without
# the class-data-sharing archive the ./tenet launcher records on its first run.
#
#   benchmarks/cli-startup.sh [DESIGN]        default policies/examples/claims-triage.yaml
#   RUNS=20 benchmarks/cli-startup.sh         default 10 runs per configuration
#
# Build first: ./mvnw -q install -DskipTests. Uses hyperfine when installed, else a bash loop.
# Leaves the launcher's archive in place afterwards (policy-engine/target/tenet.jsa).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
design=${1:-policies/examples/claims-triage.yaml}
runs=${RUNS:-10}
jar=policy-engine/target/tenet.jar
archive=policy-engine/target/tenet.jsa
# the launcher's own JVM flags, without its archive flags
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=off)

if [ ! -f "$jar" ]; then
  echo "cli-startup: $jar is not built; run ./mvnw -q install -DskipTests first" >&2
  exit 2
fi
status=0
./tenet check "$design" >/dev/null 2>&1 || status=$?
if [ "$status" -gt 1 ]; then
  echo "cli-startup: ./tenet check $design exits $status (bad input); run it by hand to see why" >&2
  exit 2
fi
jar_stamp=$(stat -c %Y "$jar")

# min, median and max in ms of the numbers (ms) on standard input
summarize() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%8.0f %8.0f %8.0f\n", v[1], m, v[NR] }'
}

# measure LABEL PREPARE COMMAND...: PREPARE runs before each run, untimed ("true" for nothing)
measure() {
  local label=$1 prepare=$2
  shift 2
  local times
  if command -v hyperfine >/dev/null 2>&1; then
    local json
    json=$(mktemp)
    hyperfine --shell=none --runs "$runs" --ignore-failure --style none --prepare "$prepare" \
      --export-json "$json" "$*" >/dev/null
    # the "times" array, in seconds, one value a line
    times=$(awk '/"times": \[/ { on = 1; next } on && /\]/ { on = 0 } on { gsub(/[ ,]/, ""); print $0 * 1000 }' "$json")
    rm -f "$json"
  else
    times=$(for _ in $(seq "$runs"); do
      $prepare
      local start end
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      echo $(((end - start) / 1000000))
    done)
  fi
  printf "%-44s %s\n" "$label" "$(echo "$times" | summarize)"
}

echo "tenet check $design: $runs cold runs each, $(nproc) cores, $(command -v hyperfine >/dev/null && echo hyperfine || echo 'bash loop')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-44s %8s %8s %8s\n" "configuration (ms)" min median max

rm -f "$archive"
./tenet check "$design" >/dev/null 2>&1 || true   # records the archive
measure "./tenet, with its CDS archive" true ./tenet check "$design"
measure "./tenet, first run (records the archive)" "rm -f $archive" ./tenet check "$design"
measure "launcher's flags, no archive" true java "${flags[@]}" -jar "$jar" check "$design"
measure "plain java -jar, no archive" true java -jar "$jar" check "$design"
./tenet check "$design" >/dev/null 2>&1 || true   # leaves the archive in place

echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$(stat -c %Y "$jar")" != "$jar_stamp" ]; then
  echo "cli-startup: $jar was rebuilt while measuring; run again" >&2
  exit 1
fi
