#!/usr/bin/env bash
# Executes every notebook top to bottom, headless, against published outputs:
#   notebooks/run.sh [OUT]      (default data-out)
# When OUT has no published marts yet, it first backfills the committed sample into OUT
# (jobs/backfill 2023-01 2026-10, about 5 minutes). The executed copies, with their outputs, go to
# OUT/notebooks/ (never committed). Needs Debian's jupyter-nbconvert, python3-ipykernel,
# python3-pandas and python3-matplotlib.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-data-out}"
if [ ! -f "$out/exports/tourism_monthly.csv" ]; then
  echo "No published outputs in $out: backfilling the committed sample first."
  jobs/backfill 2023-01 2026-10 --out "$out"
fi
out_abs="$(cd "$out" && pwd)"
mkdir -p "$out_abs/notebooks"
# Debian's Python (the one with pandas), even when another python3 comes first on PATH.
export PATH="/usr/bin:$PATH" MOC_CHAU_OUT="$out_abs" PYDEVD_DISABLE_FILE_VALIDATION=1
for notebook in notebooks/*.ipynb; do
  echo "== $notebook"
  jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
    --output-dir "$out_abs/notebooks" "$notebook"
done
echo "Executed notebooks are in $out_abs/notebooks/"
