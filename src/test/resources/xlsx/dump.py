"""Dumps .xlsx workbooks as JSON with openpyxl, a reader independent of the writer (Apache POI).

Usage: dump.py FILE.xlsx...  ->  {"FILE.xlsx": {"sheets": [...], ...}, ...} on stdout.
Each sheet: its name, frozen pane, autofilter range, column widths, and every cell as
{"v": value, "t": "n" | "s" | "d" | "b" | "f", "f": number format}; dates as ISO text.
"""
import datetime
import json
import sys

import openpyxl


def cell(c):
    if c.value is None:
        return None
    if c.data_type == "f":
        kind = "f"
    elif isinstance(c.value, bool):
        kind = "b"
    elif isinstance(c.value, (int, float)):
        kind = "n"
    elif isinstance(c.value, (datetime.datetime, datetime.date)):
        kind = "d"
    else:
        kind = "s"
    value = c.value.isoformat() if kind == "d" else c.value
    return {"v": value, "t": kind, "f": c.number_format}


def sheet(ws):
    return {
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
    }


def main(paths):
    out = {}
    for path in paths:
        wb = openpyxl.load_workbook(path)
        out[path] = {"sheets": [sheet(ws) for ws in wb.worksheets]}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
