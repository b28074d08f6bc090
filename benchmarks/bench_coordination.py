"""How long the coordination figures, their publication (the disclosure layer) and the training plan split
take on the demo region.

Prints the median of several runs of each, and the ratio against a reference run in the same process
(the foundation's per-occupation key figures of the same round), so numbers from different machines
compare. Not part of the test run: ``.venv/bin/python benchmarks/bench_coordination.py``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import numpy as np

from hrplanner.domain.allocation import Claimant, split_places
from hrplanner.domain.coordination import coordination_figures
from hrplanner.domain.demo import generate_demo
from hrplanner.domain.figures import by_occupation, key_figures
from hrplanner.domain.disclosure import publication as disclosure

RUNS = 15


def median_seconds(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    demo = generate_demo()
    previous, current = demo.rounds
    reference = median_seconds(lambda: key_figures(current, previous, by_occupation))
    figures = coordination_figures(current, previous)
    rng = np.random.default_rng(1)
    claimants = [Claimant(f"org{i:02d}", float(rng.uniform(5, 200)), int(rng.integers(0, 8))) for i in range(30)]
    cases = {
        "coordination_figures (demo, 2 rounds)": lambda: coordination_figures(current, previous),
        # a new publication each run (the cache is emptied): the choice of hidden figures and the audit
        "publish the demo round (every table)": lambda: (disclosure._made.clear(), disclosure.publish(current)),
        "split_places 120 over 30 organisations": lambda: split_places(120, claimants),
    }
    print(f"reference: key_figures by occupation, median {reference * 1000:.2f} ms over {RUNS} runs")
    for name, work in cases.items():
        seconds = median_seconds(work)
        print(f"{name:45s} median {seconds * 1000:8.2f} ms   ratio {seconds / reference:7.1f}x reference")


if __name__ == "__main__":
    main()
