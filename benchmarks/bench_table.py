"""How the staffing table scales: a 50,000-row model in a table view (offscreen) against a 500-row one.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_table.py [--rows 50000] [--runs 5]

A synthetic register with many organisations (every organisation x 12 occupations x 3 sexes is one
row) is loaded into the StaffingModel shown as the Figures page shows it (filter proxy, view, 1200 x
800 window). Printed per size: the median time to build the model (rows from the snapshot, the view
taking them), the median time of one scroll step (a page down, events processed, the viewport
repainted; 50 steps), and the median cost of one data() call (cold: the row's display strings are
made; warm: cached). The last column is the ratio of the large table to the small one, measured in
the same process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hrplanner.domain import reference as ref  # noqa: E402
from hrplanner.domain.records import RoundData, StaffingRecord  # noqa: E402
from hrplanner.services.register import occupation_from_spec  # noqa: E402
from hrplanner.ui.context import AppContext  # noqa: E402
from hrplanner.ui.models.snapshot import RoundSnapshot  # noqa: E402
from hrplanner.ui.models.staffing import StaffingModel  # noqa: E402
from hrplanner.ui.pages.register_table import RegisterTable  # noqa: E402

ROWS_PER_ORGANISATION = len(ref.DEFAULT_OCCUPATIONS) * len(ref.SEXES)
DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass
class FakeOrganisation:
    name: str
    kind: str = "provider"
    municipality: str = "Enschede"
    active: bool = True


@dataclass
class FakeRound:
    reference_date: date
    label: str = "synthetic"
    closed: bool = False


def synthetic_snapshot(rows: int) -> RoundSnapshot:
    """About ``rows`` staffing rows: organisations x occupations x sexes, women and men in 4 bands."""
    organisations = [FakeOrganisation(f"Organisation {i:05d}") for i in range(max(1, rows // ROWS_PER_ORGANISATION))]
    occupations = [occupation_from_spec(spec, order) for order, spec in enumerate(ref.DEFAULT_OCCUPATIONS)]
    data = RoundData(date(2025, 12, 31), "synthetic")
    for number, organisation in enumerate(organisations):
        for occupation in occupations:
            for sex in ("women", "men"):
                for band in ref.AGE_BANDS[1:5]:
                    persons = 1 + (number + len(band)) % 7
                    data.staffing.append(StaffingRecord(organisation.name, occupation.code, band, sex, persons,
                                                        round(persons * 0.8, 2)))
    return RoundSnapshot(FakeRound(data.reference_date), data, None,  # type: ignore[arg-type]
                         organisations, occupations, editable=True, language="en")  # type: ignore[arg-type]


def measure(app: QApplication, rows: int, runs: int) -> dict[str, float]:
    snapshot = synthetic_snapshot(rows)
    context = AppContext()
    builds = []
    table = model = None
    for _ in range(runs):
        if table is not None:
            table.deleteLater()
            app.processEvents()
        start = time.perf_counter()
        model = StaffingModel(context)
        model.load(snapshot)
        table = RegisterTable(context, model)
        table.resize(1200, 800)
        table.show()
        app.processEvents()
        builds.append(time.perf_counter() - start)
    assert table is not None and model is not None
    view = table.view
    bar = view.verticalScrollBar()
    steps = []
    for _ in range(50):
        start = time.perf_counter()
        # a page down; back to the top at the end, so every step scrolls (the small table is short)
        bar.setValue(0 if bar.value() >= bar.maximum() else bar.value() + bar.pageStep())
        app.processEvents()
        view.viewport().repaint()
        steps.append(time.perf_counter() - start)
    # data() on a fresh model: cold (a row's first call makes its display strings), then warm (cached)
    model = StaffingModel(context)
    model.load(snapshot)
    cold, warm = [], []
    count = model.rowCount()
    columns = model.columnCount()
    for i in range(2000):
        row = (i * 7919) % count
        index = model.index(row, i % columns)
        fresh = model.rows()[row].display is None
        start = time.perf_counter()
        model.data(index, DISPLAY)
        (cold if fresh else warm).append(time.perf_counter() - start)
        start = time.perf_counter()
        model.data(index, DISPLAY)
        warm.append(time.perf_counter() - start)
    figures = {
        "rows": float(count),
        "build (s)": statistics.median(builds),
        "scroll step (ms)": statistics.median(steps) * 1000,
        "data() cold (us)": statistics.median(cold) * 1e6,
        "data() warm (us)": statistics.median(warm) * 1e6,
    }
    table.deleteLater()
    app.processEvents()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--reference-rows", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    small = measure(app, options.reference_rows, options.runs)
    large = measure(app, options.rows, options.runs)
    print(f"{'':20s} {'small':>12s} {'large':>12s} {'large/small':>12s}")
    for key in small:
        ratio = large[key] / small[key] if small[key] else float("nan")
        print(f"{key:20s} {small[key]:12.3f} {large[key]:12.3f} {ratio:12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
