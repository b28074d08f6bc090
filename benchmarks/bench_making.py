"""The window's peak memory while it makes a round's publications: a register opened with none kept
(the first opening after a round was entered, or after the rules changed), 300 organisations and 10
rounds against the demo region.

    .venv/bin/python benchmarks/bench_making.py

For each region, in a fresh offscreen process of its own with an empty data folder (so nothing is kept
from before), the app's main window (every page) and its quiet collector, 1280 x 820: ``open_file``
(synchronous) and then the background work until everything is done, the publications of the latest
round and the one before included. Printed: the wall clock until then, the peak memory of the process
(target, issue 16: under 500 MB at 300 organisations) and that peak less the memory of the window
before the register was opened. One run per region: a publication of 300 organisations takes a minute
to make, and once made it is kept. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402


def measure(path: Path) -> dict[str, float]:
    """Open ``path`` in the main window and wait until every publication is made (its own process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from hrplanner.ui import collector, workers
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    context = AppContext()
    context.language = "nl"
    window = MainWindow(context)
    collector.install(app)  # as the app runs
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    before = scale.peak_memory_mb()
    started = time.perf_counter()
    window.open_file(path, synchronous=True)
    while not QThreadPool.globalInstance().waitForDone(5) or workers.busy():
        app.processEvents()
    out = {"seconds": time.perf_counter() - started, "before": before, "memory": scale.peak_memory_mb()}
    context.set_register(None)
    window.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # measure one region (child process)
    options = parser.parse_args(argv)
    if options.one:
        print(json.dumps(measure(options.one)))
        return 0
    folder = scale.scratch_folder()
    regions = scale.write_regions(folder)
    results = {}
    for name, path in (("demo", regions.demo), ("large", regions.large)):
        with tempfile.TemporaryDirectory(prefix="hrplanner-bench-data-") as data:
            env = dict(scale.bench_env(folder), HRPLANNER_DATA_DIR=data)  # nothing kept from before
            child = subprocess.run([sys.executable, __file__, "--one", str(path)], capture_output=True, text=True,
                                   env=env)
        if child.returncode != 0:
            raise SystemExit(f"measuring {name} failed:\n{child.stdout}{child.stderr}")
        results[name] = json.loads(child.stdout.strip().splitlines()[-1])
    demo, large = results["demo"], results["large"]
    print("bench_making: one run per region (the publications are made once); "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    scale.report("demo: open, publications made, all shown", demo["seconds"])
    scale.report("300:  open, publications made, all shown", large["seconds"], reference=("demo", demo["seconds"]))
    print(f"{'window before opening, demo / 300':52s} {demo['before']:7.0f} MB / {large['before']:.0f} MB")
    print(f"{'peak memory, demo':52s} {demo['memory']:7.0f} MB")
    print(f"{'peak memory, 300':52s} {large['memory']:7.0f} MB   {large['memory'] / demo['memory']:6.2f} x demo   "
          f"target <= 500 MB: {'met' if large['memory'] <= 500 else 'NOT met'}")
    print(f"{'of which opening and making, 300':52s} {large['memory'] - large['before']:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
