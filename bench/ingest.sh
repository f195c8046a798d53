#!/usr/bin/env bash
# Benchmark of the monthly job on the committed sample (not a test; timings vary with the machine).
#
#   bench/ingest.sh [RUNS]      default 5 monthly runs and 3 backfills
#
# Reports medians of wall time (JVM start included) and the peak resident memory of each command,
# measured with GNU time, plus the machine's cores and memory. Results are printed as Markdown and
# saved under bench/results/ (not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${1:-5}"
backfills="$(( runs < 3 ? runs : 3 ))"
month="${BENCH_MONTH:-2026-10}"
from="${BENCH_FROM:-2023-01}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "Cannot benchmark: apt-get install time" >&2; exit 2; }

source jobs/lib/launcher.sh
moc_chau_build

# measure NAME COMMAND... : appends "seconds kilobytes" to $work/NAME.txt
measure() {
  local name="$1"
  shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 \
    || { cat "$work/last.log" >&2; echo "Cannot benchmark: $name failed" >&2; exit 1; }
  cat "$work/time.txt" >>"$work/$name.txt"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

echo "Warm-up run (not counted)..." >&2
measure warmup jobs/monthly "$month" --out "$work/out-warmup"
for i in $(seq "$runs"); do
  echo "monthly $month, run $i/$runs" >&2
  measure monthly jobs/monthly "$month" --out "$work/out-monthly"
done
for i in $(seq "$backfills"); do
  echo "backfill $from..$month, run $i/$backfills" >&2
  rm -rf "$work/out-backfill"
  measure backfill jobs/backfill "$from" "$month" --out "$work/out-backfill"
done

months=$(( ( ${month%-*} - ${from%-*} ) * 12 + 10#${month#*-} - 10#${from#*-} + 1 ))
stay_rows=$(zcat data-raw/stays/"$month"/*.gz | tail -n +2 | wc -l)
report="$(cat <<MD
## Monthly job benchmark, $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -1).
Sample: committed data-raw (synthetic), month $month with $stay_rows stay rows; backfill of $months months.

| command | runs | median wall (s) | median peak RSS (MiB) |
|---|---|---|---|
| \`jobs/monthly $month\` | $runs | $(cut -d' ' -f1 "$work/monthly.txt" | median) | $(cut -d' ' -f2 "$work/monthly.txt" | median | awk '{printf "%.0f", $1/1024}') |
| \`jobs/backfill $from $month\` | $backfills | $(cut -d' ' -f1 "$work/backfill.txt" | median) | $(cut -d' ' -f2 "$work/backfill.txt" | median | awk '{printf "%.0f", $1/1024}') |

Backfill per month: $(cut -d' ' -f1 "$work/backfill.txt" | median | awk -v m="$months" '{printf "%.2f", $1/m}') s.
Command: \`bench/ingest.sh $runs\`
MD
)"
mkdir -p bench/results
echo "$report" | tee "bench/results/ingest-$(date -u +%Y%m%dT%H%M%SZ).md"
