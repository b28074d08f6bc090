"""How a server register compares with the register file it was pushed from: reading a round and the
summary, and saving one figure (with the server's row lock, row version and audit trigger).

Prints medians of several runs and the ratio server / file, so numbers from different machines
compare. Not part of the test run; needs a server register pushed from FILE and the login's password
in PGPASSWORD (or the keyring):

    PGPASSWORD=... .venv/bin/python benchmarks/bench_server.py postgresql://coord@localhost/twente FILE.hrplan
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from hrplanner.services.editing import Cell, Change, Editor
from hrplanner.services.register import Register
from hrplanner.services.summary import summarise

RUNS = 9


def median_seconds(work: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(url: str, path: str) -> None:
    with Register.open(path, read_only=True) as local, Register.open(url) as server:
        latest = server.latest_round()
        assert latest is not None
        rows = []
        for name, work in (("round data", lambda r: r.round_data(r.latest_round())),
                           ("summary", lambda r: summarise(r, None))):
            on_file = median_seconds(lambda: work(local))
            on_server = median_seconds(lambda: work(server))
            rows.append((name, on_file, on_server))
        record = server.round_data(latest).staffing[0]
        cell = Cell("staffing", record.organisation, record.occupation, latest.reference_date,
                    (record.age_band, record.sex), "persons")
        editor = Editor(server)
        values = iter([record.persons + 1, record.persons] * RUNS)
        save = median_seconds(lambda: editor.apply_changes(
            [Change(cell, next(values))],
            confirm_warnings=True))
    for name, on_file, on_server in rows:
        print(f"{name:<12} file {on_file * 1000:8.1f} ms   server {on_server * 1000:8.1f} ms   "
              f"ratio {on_server / on_file:5.2f}")
    print(f"{'save 1 cell':<12} server {save * 1000:8.1f} ms (median of {RUNS})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bench_server.py postgresql://USER@HOST[:PORT]/DB FILE.hrplan")
    main(sys.argv[1], sys.argv[2])
