"""Reads the pipeline's published tables for the notebooks.

Parquet (data-out/marts/<mart>/) when a Parquet reader is installed (pyarrow or fastparquet),
otherwise the Excel-friendly copies in data-out/exports/<mart>.csv, which hold the same rows.
Debian's python3-pandas has no Parquet reader, so on a stock machine (and in CI) the notebooks
read the CSV exports; every notebook prints which one it used.

Money columns (*_vnd) come back as exact decimal.Decimal values either way; sum them as such and
convert to billions only for display.
"""
import decimal
import os
import pathlib

import pandas as pd

OUT = pathlib.Path(os.environ.get("MOC_CHAU_OUT",
                                  pathlib.Path(__file__).resolve().parent.parent / "data-out"))


def _parquet_engine():
    for engine in ("pyarrow", "fastparquet"):
        try:
            __import__(engine)
            return engine
        except ImportError:
            pass
    return None


ENGINE = _parquet_engine()
SOURCE = (f"Parquet from {OUT / 'marts'} (read with {ENGINE})" if ENGINE
          else f"CSV exports from {OUT / 'exports'} (no Parquet reader installed)")


def _decimal(text):
    return None if text == "" or text is None else decimal.Decimal(text)


def load(mart):
    """One mart as a DataFrame, from Parquet if possible, else from its CSV export."""
    if ENGINE:
        return pd.read_parquet(OUT / "marts" / mart, engine=ENGINE)
    path = OUT / "exports" / f"{mart}.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run jobs/backfill (or jobs/monthly)"
                                f" with --out {OUT} first")
    header = pd.read_csv(path, encoding="utf-8-sig", nrows=0).columns
    money = {c: _decimal for c in header if c.endswith("_vnd")}
    text = {c: str for c in header if c in ("period", "as_of", "locality_code", "source_file")}
    return pd.read_csv(path, encoding="utf-8-sig", converters=money, dtype=text,
                       keep_default_na=True)


def billions(values):
    """đồng (Decimal) -> billion đồng (float), for charts and tables only."""
    return values.map(lambda v: None if v is None or v != v else float(v / 10**9))
