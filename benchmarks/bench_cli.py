"""How fast commands start and finish, against a bare Python in the same run.

    .venv/bin/python benchmarks/bench_cli.py [--runs 9]

Each command is a fresh process (``python -m hrplanner ...``, as the ``hrplanner`` script runs it),
timed from start to exit; the runs alternate between the commands so that a busy machine slows all
of them alike, and the median of each is printed with its ratio to ``python -c pass``, and the median
CPU time (user + system) of the process beside it, which a busy machine inflates far less:

- ``--version`` and ``--help`` (target: within 5 x bare Python);
- ``summary`` on the demo region (target: within 0.35 s) and on 300 organisations with 10 rounds
  (target: within 1 s), with the growth from the one to the other against the growth of the figure
  rows of the latest round;
- ``check`` on both, for the record (it reads every round).

``python -X importtime -m hrplanner COMMAND`` shows what a command imports; tests/unit/test_imports.py
keeps the heavy libraries out of the commands that do not need them.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402


def figure_rows(path: Path, *, latest_only: bool) -> int:
    """Figure rows of the latest round, or of all rounds."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (round_id,) = connection.execute("SELECT id FROM round ORDER BY reference_date DESC LIMIT 1").fetchone()
        where, parameters = ("WHERE round_id = ?", (round_id,)) if latest_only else ("", ())
        return sum(connection.execute(f"SELECT count(*) FROM {table} {where}", parameters).fetchone()[0]
                   for table in ("staffing", "establishment", "flow", "training"))
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args(argv)
    folder = scale.scratch_folder()
    regions = scale.write_regions(folder)
    env = scale.bench_env(folder)
    python = sys.executable
    commands = {
        "bare python -c pass": [python, "-c", "pass"],
        "hrplanner --version": [python, "-m", "hrplanner", "--version"],
        "hrplanner --help": [python, "-m", "hrplanner", "--help"],
        "summary, demo region": [python, "-m", "hrplanner", "summary", "--register", str(regions.demo)],
        "summary, 300 organisations x 10 rounds": [python, "-m", "hrplanner", "summary", "--register",
                                                   str(regions.large)],
        "check, demo region": [python, "-m", "hrplanner", "check", "--register", str(regions.demo)],
        "check, 300 organisations x 10 rounds": [python, "-m", "hrplanner", "check", "--register",
                                                 str(regions.large)],
    }
    for command in commands.values():  # warm the page cache
        scale.process_seconds(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(options.runs):
        for name, command in commands.items():
            wall, used = scale.process_times(command, env)
            times[name].append(wall)
            cpu[name].append(used)
    median = {name: statistics.median(values) for name, values in times.items()}
    bare = ("bare python", median["bare python -c pass"])
    print(f"bench_cli: {scale.machine_line(options.runs)}")
    scale.report("bare python -c pass", bare[1])
    scale.report("hrplanner --version", median["hrplanner --version"], reference=bare, ratio_target=5)
    scale.report("hrplanner --help", median["hrplanner --help"], reference=bare, ratio_target=5)
    for command, demo_target, large_target, latest_only in (("summary", 0.35, 1.0, True),
                                                            ("check", None, None, False)):
        demo_name, large_name = f"{command}, demo region", f"{command}, 300 organisations x 10 rounds"
        scale.report(demo_name, median[demo_name], reference=bare, target=demo_target)
        scale.report(large_name, median[large_name], reference=("demo", median[demo_name]), target=large_target)
        rows = [figure_rows(path, latest_only=latest_only) for path in (regions.demo, regions.large)]
        scale.growth(command, median[demo_name] - bare[1], median[large_name] - bare[1], *rows,
                     "figure rows read, latest round" if latest_only else "figure rows read, all rounds")
    print("CPU time (user + system) of each process, medians:")
    cpu_bare = ("bare python", statistics.median(cpu["bare python -c pass"]))
    for name in commands:
        scale.report(f"  {name}", statistics.median(cpu[name]), reference=cpu_bare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
