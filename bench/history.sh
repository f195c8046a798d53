#!/usr/bin/env bash
# Does the monthly run get slower as history piles up? Times `jobs/monthly 2026-10` against an
# output folder holding the sample's 46 months of history and one holding ten times as many
# (1990-01..2026-10: 442 months; the extra years with light stays volume), runs interleaved.
#
#   bench/history.sh [RUNS] [WORKDIR]    default 5 runs each, WORKDIR /tmp/moc-chau-history
#
# The first call builds both histories with jobs/backfill (about 5 and 35 minutes on 2 cores);
# later calls reuse WORKDIR. Prints medians and their ratio as Markdown.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${1:-5}"
work="${2:-/tmp/moc-chau-history}"
mkdir -p "$work"
source jobs/lib/launcher.sh
moc_chau_build

if [[ ! -d "$work/out1/marts" ]]; then
  echo "Building the 1x history (46 months)..." >&2
  jobs/backfill 2023-01 2026-10 --out "$work/out1" >"$work/out1.log" 2>&1
fi
if [[ ! -d "$work/out10/marts" ]]; then
  echo "Building the 10x history (442 months)..." >&2
  jobs/generate-sample --out "$work/raw10" --from 1990-01 --to 2022-12 --scale 0.05 >/dev/null
  jobs/generate-sample --out "$work/raw10" --from 2023-01 --to 2026-10 >/dev/null
  jobs/backfill 1990-01 2026-10 --raw "$work/raw10" --out "$work/out10" >"$work/out10.log" 2>&1
fi

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
: >"$work/t1.txt"
: >"$work/t10.txt"
for i in $(seq "$runs"); do
  echo "run $i/$runs" >&2
  /usr/bin/time -f "%e" -o "$work/t.txt" jobs/monthly 2026-10 --out "$work/out1" >/dev/null 2>&1
  cat "$work/t.txt" >>"$work/t1.txt"
  /usr/bin/time -f "%e" -o "$work/t.txt" jobs/monthly 2026-10 --raw "$work/raw10" \
    --out "$work/out10" >/dev/null 2>&1
  cat "$work/t.txt" >>"$work/t10.txt"
done
m1=$(median <"$work/t1.txt")
m10=$(median <"$work/t10.txt")
cat <<MD
| history | months | median wall of jobs/monthly 2026-10 (s), $runs runs |
|---|---|---|
| 1x | 46 | $m1 |
| 10x | 442 | $m10 |

Ratio 10x / 1x: $(awk -v a="$m10" -v b="$m1" 'BEGIN {printf "%.2f", a / b}')
($(nproc) cores; command: \`bench/history.sh $runs $work\`)
MD
