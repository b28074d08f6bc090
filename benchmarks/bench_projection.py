"""Timing of the projection engine (a script, not a test): prints medians of several runs.

    .venv/bin/python benchmarks/bench_projection.py [--repeats N]

Measures, in one process:
* a numpy baseline (1,000 tiny ``np.add`` calls) to judge the machine;
* the demo region: 12 synthetic occupations x 3 variants, on fresh parameter objects (nothing
  cached: layout compilation included) and once more on the same objects (cached);
* a region 10x larger (120 occupations x 3 variants);
* one lever move (``from_flat`` + ``project``), as the GUI does on a slider change;
* Monte Carlo with 1,000 and 10,000 draws for one occupation;
and the ratios 10x region / demo region and 10k / 1k draws (about 10 means linear scaling).
Targets (brief): demo region <= 5 ms, 1,000 draws <= 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np

from hrplanner.domain.projection import VARIANTS, from_flat, project, project_many, simulate
from hrplanner.domain.projection.examples import synthetic_occupation, synthetic_region


def measure(fn: Callable[[], object], repeats: int, setup: Callable[[], object] | None = None):
    """Median and best wall time (seconds) of ``fn(setup())`` over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        arg = setup() if setup is not None else None
        t0 = time.perf_counter()
        fn() if setup is None else fn(arg)  # type: ignore[call-arg]
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def numpy_baseline() -> None:
    a = np.ones(21)
    b = np.ones(21)
    for _ in range(1000):
        np.add(a, b)


def region_all_variants(region) -> None:
    for v in VARIANTS:
        project_many(region, v)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    n = max(3, args.repeats)

    # Warm up imports, caches of weight matrices and numpy's first-call costs.
    region_all_variants(synthetic_region(12))
    simulate(synthetic_occupation(0), draws=200)

    rows: list[tuple[str, float, float, str]] = []

    med, best = measure(numpy_baseline, n)
    rows.append(("numpy baseline: 1,000 x np.add on (21,)", med, best, ""))

    demo_med, demo_best = measure(region_all_variants, n, setup=lambda: synthetic_region(12))
    rows.append(("demo region: 12 occupations x 3 variants (fresh)", demo_med, demo_best,
                 "target <= 5 ms: " + ("OK" if demo_med <= 0.005 else "MISSED")))

    cached = synthetic_region(12)
    region_all_variants(cached)
    med, best = measure(lambda: region_all_variants(cached), n)
    rows.append(("demo region again, same objects (cached)", med, best, ""))

    big_med, big_best = measure(region_all_variants, max(3, n // 3),
                                setup=lambda: synthetic_region(120))
    rows.append(("10x region: 120 occupations x 3 variants (fresh)", big_med, big_best, ""))

    occupation = synthetic_occupation(0)
    lever = occupation.training.lever.intake

    def lever_move(_=None) -> None:
        project(from_flat(occupation, {"training.lever.intake": lever.mid * 1.1}), "middle")

    med, best = measure(lever_move, n)
    rows.append(("one lever move: from_flat + project (middle)", med, best, ""))

    mc1_med, mc1_best = measure(lambda: simulate(occupation, draws=1_000, seed=1), n)
    rows.append(("Monte Carlo 1,000 draws, one occupation", mc1_med, mc1_best,
                 "target <= 200 ms: " + ("OK" if mc1_med <= 0.2 else "MISSED")))
    mc10_med, mc10_best = measure(lambda: simulate(occupation, draws=10_000, seed=1),
                                  max(3, n // 3))
    rows.append(("Monte Carlo 10,000 draws, one occupation", mc10_med, mc10_best, ""))

    width = max(len(r[0]) for r in rows)
    print(f"{'measurement':<{width}}  {'median':>11}  {'best':>11}  note")
    print(f"{'-' * width}  {'-' * 11}  {'-' * 11}  {'-' * 20}")
    for label, med, best, note in rows:
        print(f"{label:<{width}}  {med * 1e3:>8.3f} ms  {best * 1e3:>8.3f} ms  {note}")
    print()
    print(f"ratio 10x region / demo region (median): {big_med / demo_med:6.2f}  (linear = 10)")
    print(f"ratio 10k / 1k draws (median):           {mc10_med / mc1_med:6.2f}  (linear = 10)")
    print(f"per occupation x 3 variants (demo, median): {demo_med / 12 * 1e6:,.0f} us")
    print(f"per draw (10k run, median):                 {mc10_med / 10_000 * 1e6:,.1f} us")


if __name__ == "__main__":
    main()
