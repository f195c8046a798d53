#!/usr/bin/env bash
# Do two output folders publish the same content? bench/compare-outputs.sh OUT_A OUT_B
# Every Parquet table read with DuckDB (ORDER BY ALL), CSV/SVG/HTML/MD/TXT/JSON byte for byte, PDFs
# by their text (needs pdftotext); runs/ left out. Prints what differs; exit 0 when nothing does.
# For a change that must not change outputs: backfill the sample with the code before and after
# into two folders (jobs/backfill 2023-01 2026-10 --out A), then compare them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
[[ $# -eq 2 ]] || { echo "usage: bench/compare-outputs.sh OUT_A OUT_B" >&2; exit 2; }
a="$(cd "$1" && pwd)"; b="$(cd "$2" && pwd)"
mvn -B -q -ntp -o test-compile >/dev/null 2>&1 || mvn -B -q -ntp test-compile >/dev/null
mvn -B -q -ntp -o dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >/dev/null 2>&1 \
  || mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  vn.mocchau.analytics.testing.CompareOutputs "$a" "$b"
