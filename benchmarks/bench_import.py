"""How long importing a whole round of Excel templates takes: every demo organisation's template,
filled with its figures, imported into a fresh copy of the demo register.

Two cases, each the median of 3 runs on a fresh register copy:
- "replace": the round's figures were deleted first, so every file writes its organisation's figures;
- "unchanged": the register already holds the figures, so every file is found equal (no writes).
The reference, measured in the same process, is opening the same workbooks with openpyxl
(read-only, values only) and reading the topic sheets' cells; the ratio says what the safety checks,
validation and the database add to that. Target: all demo organisations in 3 s or less.
Not part of the test run: ``.venv/bin/python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import openpyxl

from hrplanner.db import repositories as repo
from hrplanner.db.engine import backup_file
from hrplanner.services.demo import write_demo
from hrplanner.services.excel import IMPORTED, UNCHANGED, import_files, write_templates
from hrplanner.services.excel.layout import TOPIC_SHEETS
from hrplanner.services.register import Register

RUNS = 3
ROUND = date(2025, 12, 31)
TARGET_SECONDS = 3.0


def open_all(paths: list[Path]) -> int:
    """The reference: what openpyxl alone needs to hand over the topic sheets' values."""
    cells = 0
    for path in paths:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for spec in TOPIC_SHEETS:
            cells += sum(len(row) for row in workbook[spec.name].iter_rows(values_only=True))
        workbook.close()
    return cells


def import_round(template: Path, folder: Path, paths: list[Path], run: int, *, empty: bool) -> float:
    copy = backup_file(template, folder / f"run-{'empty' if empty else 'full'}-{run}.hrplan")
    with Register.open(copy) as register:
        if empty:
            round_ = register.round(ROUND)
            with register.transaction() as session:
                for organisation in repo.list_organisations(session=session):
                    repo.delete_figures(round_.id, organisation.id, session=session)  # type: ignore[arg-type]
        start = time.perf_counter()
        reports = import_files(register, paths, "benchmark")
        seconds = time.perf_counter() - start
    expected = IMPORTED if empty else UNCHANGED
    bad = [r for r in reports if r.status != expected]
    if bad:
        raise SystemExit("\n".join(bad[0].lines()))
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.hrplan"
        with write_demo(demo) as register:
            start = time.perf_counter()
            paths = write_templates(register, ROUND, None, folder / "templates", prefill=True)
            writing = time.perf_counter() - start
        print(f"wrote {len(paths)} filled templates in {writing:.2f} s")

        reference = statistics.median(_timed(lambda: open_all(paths)) for _ in range(RUNS))
        print(f"reference: open {len(paths)} workbooks with openpyxl and read the topic sheets, "
              f"median {reference:.3f} s over {RUNS} runs")
        for label, empty in (("replace (figures deleted first)", True), ("unchanged (figures equal)", False)):
            seconds = statistics.median(import_round(demo, folder, paths, run, empty=empty) for run in range(RUNS))
            verdict = "ok" if seconds <= TARGET_SECONDS else f"OVER the {TARGET_SECONDS:.0f} s target"
            print(f"import {len(paths)} files, {label:32s} median {seconds:.3f} s "
                  f"({seconds / len(paths) * 1000:.0f} ms per file)   ratio {seconds / reference:4.1f}x reference   "
                  f"{verdict}")


def _timed(work) -> float:  # noqa: ANN001
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
