"""What the disclosure layer hides and what it costs, on the demo region (several seeds).

Per table of the round's publication: how many figures are hidden now, next to how many the
line-by-line rule before the disclosure layer hid in the workbook's tables (persons and trainees per
organisation x occupation with their totals, hires from education per organisation; that rule did not
hide regional figures by the contributor or dominance rules, nor the 55+/60+ counts behind the shares,
nor supervisors). The old rule is read from git (``--before COMMIT``, default the last commit without
the layer) so it is not kept in the code base. Then the median time of a publication (choice and
audit), of the same publication restored from its kept file (its proof checked, no optimiser), and of
a whole export of the demo region, with and without kept publications. Not part of the test run:
``.venv/bin/python benchmarks/bench_disclosure.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

import numpy as np

from hrplanner.domain import disclosure
from hrplanner.domain.demo import generate_demo
from hrplanner.domain.disclosure import Rules
from hrplanner.services.demo import write_demo
from hrplanner.services.export import export_workbook
from hrplanner.services.publication_store import PublicationFiles

BEFORE = "1ecbd95"
ROOT = Path(__file__).resolve().parent.parent


def old_rule(commit: str) -> types.ModuleType | None:
    """The suppression module as it was at ``commit`` (the line-by-line rule), or None."""
    try:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:src/hrplanner/domain/suppression.py"],
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("old_suppression")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, "old_suppression.py", "exec"), module.__dict__)  # noqa: S102 - our own history
    return module


def old_counts(old: types.ModuleType, publication: disclosure.Publication) -> dict[str, int]:
    """Hidden elements per table under the old rule (cells and totals, as the workbook showed them)."""
    out = {}
    organisations, occupations = publication.organisations, publication.occupations
    for table in (disclosure.PERSONS, disclosure.TRAINEES):
        counts = np.array([[publication.full_value(table, o, c) for c in occupations] for o in organisations])
        out[table] = old.suppress(counts, 5).hidden_count()
    hires = np.array([[publication.full_value(disclosure.HIRES, o, None)] for o in organisations])
    table = old.suppress(hires, 5)
    # the one-column table's row totals repeat the cells: count the cells and the region's total once
    out[disclosure.HIRES] = int(table.mask.sum() + table.grand_total_hidden)
    return out


def median(work, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE, help=f"commit with the old rule (default {BEFORE})")
    parser.add_argument("--seeds", type=int, nargs="*", default=[2025, 7, 31])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    old = old_rule(args.before)
    rules = Rules()
    for seed in args.seeds:
        data = max(generate_demo(seed).rounds, key=lambda r: r.reference_date)
        disclosure.publication._made.clear()
        start = time.process_time()
        publication = disclosure.publish(data, rules)
        cpu = time.process_time() - start
        before = old_counts(old, publication) if old is not None else {}
        print(f"seed {seed}: publication {cpu:.2f} s processor time (choice and audit)")
        print(f"  {'table':<34} {'hidden now':>10} {'of':>5} {'before':>7}")
        for table, (hidden, total) in publication.hidden_counts().items():
            print(f"  {table:<34} {hidden:>10} {total:>5} {before.get(table, '-'):>7}")

        def fresh() -> None:
            disclosure.publication._made.clear()
            disclosure.publish(data, rules)

        made = median(fresh, args.runs)
        print(f"  median of {args.runs} publications: {made:.2f} s")
        with tempfile.TemporaryDirectory() as folder:
            store = PublicationFiles(Path(folder))
            disclosure.publish(data, rules, store=store)

            def restored() -> None:
                disclosure.publication._made.clear()
                disclosure.publish(data, rules, store=store)

            kept = median(restored, max(args.runs, 5))
            size = sum(f.stat().st_size for f in Path(folder).iterdir())
            print(f"  restored from its kept file ({size / 1e3:.0f} kB), proof checked: {kept:.3f} s "
                  f"({kept / made:.3f} x making it)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.hrplan"
        write_demo(path).close()
        os.environ["HRPLANNER_DATA_DIR"] = str(Path(folder) / "data")
        cache = Path(folder) / "data" / "cache"

        def export(keep: bool) -> None:
            disclosure.publication._made.clear()
            if not keep:
                shutil.rmtree(cache, ignore_errors=True)
            export_workbook(path, Path(folder) / "out.xlsx")

        cold = median(lambda: export(False), args.runs)
        warm = median(lambda: export(True), args.runs)
        print(f"export of the demo region (both rounds published): median of {args.runs}: {cold:.2f} s; "
              f"with both publications kept: {warm:.2f} s ({warm / cold:.2f} x)")


if __name__ == "__main__":
    main()
