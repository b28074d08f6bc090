"""How long the meeting workbook export of the demo region takes (target: at most 1.5 s).

Prints the median of several exports, split into reading and computing the figures, laying out the
sheets and writing the file, next to a reference run in the same process (writing an empty openpyxl
workbook with the same number of sheets) and the ratio, so figures from different machines compare.
Not part of the test run: ``.venv/bin/python benchmarks/bench_export.py``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from hrplanner.domain.disclosure import Rules
from hrplanner.services.demo import write_demo
from hrplanner.services.export import export_workbook
from hrplanner.services.export.content import gather
from hrplanner.services.export.workbook import build
from hrplanner.services.register import Register

RUNS = 5
TARGET_SECONDS = 1.5


def median_seconds(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def empty_workbook(path: Path, sheets: int) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for k in range(sheets):
        wb.create_sheet(f"Blad{k + 1}")
    wb.save(path)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.hrplan"
        write_demo(demo).close()
        out = Path(folder) / "vergadering.xlsx"
        export_workbook(demo, out)  # warm up: imports and caches
        from openpyxl import load_workbook
        sheets = len(load_workbook(out, read_only=True).sheetnames)
        reference = median_seconds(lambda: empty_workbook(Path(folder) / "empty.xlsx", sheets))
        total = median_seconds(lambda: export_workbook(demo, out))
        with Register.open(demo, read_only=True) as register:
            figures = median_seconds(lambda: gather(register, None, None, Rules(), "nl"))
            content = gather(register, None, None, Rules(), "nl")
        layout = median_seconds(lambda: build(content))
        workbook = build(content)
        saving = median_seconds(lambda: workbook.save(Path(folder) / "again.xlsx"))
        size = out.stat().st_size
    print(f"reference: empty workbook with {sheets} sheets, median {reference * 1000:7.1f} ms over {RUNS} runs")
    print(f"export of the demo region (file {size / 1024:.0f} KiB), median {total * 1000:7.1f} ms   "
          f"ratio {total / reference:6.1f}x reference   target {TARGET_SECONDS:.1f} s: "
          f"{'met' if total <= TARGET_SECONDS else 'NOT met'}")
    print(f"  reading and computing the figures       {figures * 1000:7.1f} ms")
    print(f"  laying out the sheets (openpyxl, memory) {layout * 1000:7.1f} ms")
    print(f"  writing the file                         {saving * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
