#!/usr/bin/env bash
# The benchmark harness (not a test): what the pipeline costs as data grows, in one session.
#
#   bench/run.sh [RUNS]        default 3 runs of everything that is timed
#
# Environment (optional):
#   BENCH_WORK             work folder (default /tmp/moc-chau-bench); generated data is reused
#   BENCH_SCALES           registration volumes to measure (default "1 10 100" x the sample)
#   BENCH_HISTORY_SCALES   volumes whose whole history (2023-01..2026-10) is backfilled
#                          (default "1 10"; "1 10 100" adds about 18 minutes a run; "" none)
#   BENCH_HISTORY_RUNS     backfills per volume (default 1: a backfill is minutes long)
#   BENCH_JVMS             JVMs for the one-month engine comparison (default 3; the same code
#                          differs by up to 15 % from one JVM to the next, so runs are pooled)
#   BENCH_HISTORY_LENGTH   1 to also run bench/history.sh (monthly run on 46 vs 442 months of
#                          history; it builds that history once, about 40 minutes)
#
# Measures, for one month (2026-10) at each volume: bare Spark CSV -> Parquet, the pipeline's
# validated ingest and DuckDB in-process on the same files (runs interleaved in each JVM); the whole
# jobs/monthly command (wall time and peak RSS, launcher's default heap); and the backfill of the
# whole history. Writes bench/results/<UTC time>.md (a Markdown table) and .png (a chart); the
# results folder is not committed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${1:-3}"
work="${BENCH_WORK:-/tmp/moc-chau-bench}"
scales="${BENCH_SCALES:-1 10 100}"
history_scales="${BENCH_HISTORY_SCALES-1 10}" # set and empty: no history backfill
history_runs="${BENCH_HISTORY_RUNS:-1}"
jvms="${BENCH_JVMS:-3}"
month=2026-10
from=2023-01
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$here/bench/results"
mkdir -p "$work" "$results"
command -v /usr/bin/time >/dev/null || { echo "Cannot benchmark: apt-get install time" >&2; exit 2; }

echo "Building (jar, test classes, classpath)..." >&2
mvn -B -q -ntp -DskipTests package test-compile >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log" >&2; exit 1; }
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/test-classpath.txt" >>"$work/build.log" 2>&1
touch target/.build-stamp
export MOC_CHAU_SKIP_BUILD=1
bench_cp="target/test-classes:target/classes:$(cat "$work/test-classpath.txt")"
# The jobs' own JVM options, garbage collection included, for every engine alike.
jvm_options="$(grep -hv '^#' jobs/lib/jvm-options.txt jobs/lib/gc-options.txt | tr '\n' ' ')"

median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "n/a"; else print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
contains() { [[ " $1 " == *" $2 "* ]]; }

# raw_for SCALE: the deliveries folder of a volume (generated once, seeded, then reused).
raw_for() {
  local scale="$1"
  if [[ "$scale" == 1 ]]; then echo "$here/data-raw"; return; fi
  local raw="$work/raw-x$scale" first="$month"
  contains "$history_scales" "$scale" && first="$from"
  if [[ ! -f "$raw/.generated-$first" ]]; then
    echo "Generating ${scale}x deliveries $first..$month..." >&2
    rm -rf "$raw"
    jobs/generate-sample --out "$raw" --scale "$scale" --from "$first" --to "$month" >&2
    touch "$raw/.generated-$first"
  fi
  echo "$raw"
}

stay_rows() { # stay registrations delivered for a month in a raw folder
  local n=0 f
  for f in "$1"/stays/"$2"/*; do n=$((n + $(zcat -f "$f" | tail -n +2 | wc -l))); done
  echo "$n"
}

engines="$work/engines-$stamp.tsv"
commands="$work/commands-$stamp.tsv"
: >"$engines"
: >"$commands"

for scale in $scales; do
  raw="$(raw_for "$scale")"
  echo "== ${scale}x: bare Spark, validated ingest, DuckDB ($runs runs in each of $jvms JVMs)" >&2
  for j in $(seq "$jvms"); do
    # shellcheck disable=SC2086
    java $jvm_options -Xmx2g -cp "$bench_cp" vn.mocchau.analytics.bench.IngestBench "$raw" \
      "$month" "$runs" "$work/ingest-bench" "x$scale" 2>"$work/ingest-bench.log" \
      | grep '^RESULT' | cut -f2- >>"$engines"
  done

  echo "== ${scale}x: jobs/monthly $month ($runs runs, default heap)" >&2
  : >"$work/monthly.txt"
  for i in $(seq "$runs"); do
    rm -rf "$work/out"
    if /usr/bin/time -f "%e %M" -o "$work/time.txt" jobs/monthly "$month" --raw "$raw" \
        --out "$work/out" >"$work/monthly.log" 2>&1; then
      cat "$work/time.txt" >>"$work/monthly.txt"
    else
      echo "jobs/monthly failed at ${scale}x; see $work/monthly.log" >&2
      grep -m1 -i "OutOfMemory" "$work/monthly.log" >&2 || true
      echo "FAILED FAILED" >>"$work/monthly.txt"
    fi
  done
  printf 'monthly\tx%s\t%s\t%s\t%s\n' "$scale" "$(stay_rows "$raw" "$month")" \
    "$(cut -d' ' -f1 "$work/monthly.txt" | median)" \
    "$(cut -d' ' -f2 "$work/monthly.txt" | median)" >>"$commands"
done

for scale in $history_scales; do
  raw="$(raw_for "$scale")"
  echo "== ${scale}x: jobs/backfill $from $month ($history_runs runs)" >&2
  : >"$work/backfill.txt"
  : >"$work/backfill-ingest.txt"
  rows=0
  for i in $(seq "$history_runs"); do
    rm -rf "$work/out-history"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" jobs/backfill "$from" "$month" --raw "$raw" \
      --out "$work/out-history" >"$work/backfill.log" 2>&1 \
      || { echo "jobs/backfill failed at ${scale}x; see $work/backfill.log" >&2; continue; }
    cat "$work/time.txt" >>"$work/backfill.txt"
    # Ingest part of the backfill (all four feeds, parse to staged curated), from the manifests.
    java -cp "$bench_cp" vn.mocchau.analytics.bench.ManifestTimings "$work/out-history/runs" \
      >"$work/manifest-timings.txt"
    read -r ingest_s rows <"$work/manifest-timings.txt"
    echo "$ingest_s" >>"$work/backfill-ingest.txt"
  done
  printf 'backfill\tx%s\t%s\t%s\t%s\t%s\n' "$scale" "$rows" \
    "$(cut -d' ' -f1 "$work/backfill.txt" | median)" \
    "$(cut -d' ' -f2 "$work/backfill.txt" | median)" \
    "$(median <"$work/backfill-ingest.txt")" >>"$commands"
done

history_md=""
if [[ "${BENCH_HISTORY_LENGTH:-0}" == 1 ]]; then
  echo "== monthly run on 1x and 10x history length (bench/history.sh $runs)" >&2
  history_md="$(bench/history.sh "$runs")"
fi

java -cp "$bench_cp" vn.mocchau.analytics.bench.BenchReport "$engines" "$commands" \
  "$results/$stamp.png" "$runs" "$history_runs" "bench/run.sh $runs" >"$results/$stamp.md"
if [[ -n "$history_md" ]]; then
  printf '\n### Monthly run against history length\n\n%s\n' "$history_md" >>"$results/$stamp.md"
fi
cat "$results/$stamp.md"
echo "Written: bench/results/$stamp.md and .png" >&2
