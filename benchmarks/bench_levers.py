"""How long a lever move takes to show: from setting a slider's value to the redrawn and repainted
supply/demand/gap chart of the scenario page (target: median <= 50 ms).

For each of MOVES moves the script sets the lever-intake slider, then processes events until the page
has redrawn the chart (``lever_redrawn``) and the chart's viewport has been painted. The reference, in
the same process and window, is one bare ``PlotDataItem.setData`` of the same size (21 years) on a plain
pyqtgraph plot, also until it is painted; the ratio says what the page adds to what drawing costs
anyway. The compute part alone (levers applied + deterministic projection) is timed too.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_levers.py [--moves 60] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="hrplanner-bench-"))
os.environ.setdefault("HRPLANNER_DATA_DIR", str(_tmp))
os.environ.setdefault("HRPLANNER_SETTINGS_DIR", str(_tmp / "settings"))

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402



class PaintWatch(QObject):
    """Counts paint events of a widget (the chart's viewport)."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_until(app: QApplication, done, timeout: float = 5.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the chart was not redrawn in time")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--moves", type=int, default=60, help="lever moves per run (default 60)")
    parser.add_argument("--runs", type=int, default=5, help="runs; the medians of all moves are reported")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    from hrplanner.domain.projection.model import project
    from hrplanner.services.demo import write_demo
    from hrplanner.services.register import Register
    from hrplanner.ui import workers
    from hrplanner.ui.context import AppContext
    from hrplanner.domain.projection.levers import apply_levers
    from hrplanner.ui.pages.scenarios import ScenariosPage
    from hrplanner.ui.theme import apply_theme

    apply_theme(app)
    workers.set_synchronous(True)
    path = _tmp / "demo.hrplan"
    write_demo(path).close()
    context = AppContext()
    context.language = "en"
    context.set_register(Register.open(path))
    page = ScenariosPage(context)
    page.resize(1180, 800)
    page.refresh()
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData("JGP"))
    page.tabs.setCurrentIndex(1)
    page.show()
    for _ in range(20):
        app.processEvents()

    chart_paints = PaintWatch(page.lever_chart.viewport())
    redraws = [0]
    page.lever_redrawn.connect(lambda: redraws.__setitem__(0, redraws[0] + 1))
    slider = page.levers.rows["intake"].slider

    reference = pg.PlotWidget()
    reference.resize(700, 450)
    item = reference.plot(np.arange(2025, 2046, dtype=float), np.zeros(21))
    reference.show()
    for _ in range(20):
        app.processEvents()
    reference_paints = PaintWatch(reference.viewport())

    lever_times: list[float] = []
    reference_times: list[float] = []
    compute_times: list[float] = []
    rng = np.random.default_rng(1)
    base = page.lever_base
    for _run in range(args.runs):
        for _move in range(args.moves):
            target = int(rng.integers(slider.minimum(), slider.maximum() + 1))
            if target == slider.value():
                target = slider.minimum() if target != slider.minimum() else slider.maximum()
            r0, p0 = redraws[0], chart_paints.count
            t0 = time.perf_counter()
            slider.setValue(target)
            wait_until(app, lambda: redraws[0] > r0 and chart_paints.count > p0)
            lever_times.append(time.perf_counter() - t0)

            y = rng.normal(500, 20, 21)
            p1 = reference_paints.count
            t1 = time.perf_counter()
            item.setData(np.arange(2025, 2046, dtype=float), y)
            wait_until(app, lambda: reference_paints.count > p1)
            reference_times.append(time.perf_counter() - t1)

            values = page.levers.values()
            t2 = time.perf_counter()
            project(apply_levers(base, values))
            compute_times.append(time.perf_counter() - t2)

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.2f} ms"

    lever, ref = statistics.median(lever_times), statistics.median(reference_times)
    per_run = [statistics.median(lever_times[i:i + args.moves]) * 1000
               for i in range(0, len(lever_times), args.moves)]
    print("lever move medians per run: " + ", ".join(f"{m:.1f} ms" for m in per_run))
    print(f"lever move -> redrawn + repainted chart, median of {len(lever_times)} moves: {ms(lever_times)}")
    print(f"    90th percentile: {np.percentile(lever_times, 90) * 1000:7.2f} ms")
    print(f"reference: one bare setData (21 points) + repaint, median: {ms(reference_times)}")
    print(f"ratio lever / reference: {lever / ref:5.1f}")
    print(f"compute only (levers applied + projection of one occupation), median: {ms(compute_times)}")
    print(f"target <= 50 ms: {'met' if lever <= 0.050 else 'NOT met'}")
    context.register.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
