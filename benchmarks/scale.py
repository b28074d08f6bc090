"""What the benchmarks share: the two regions they compare, medians, and one way of printing a figure
beside its reference, its target and its growth from the demo region to the region's real size.

The two regions (written once per run with ``hrplanner demo``, into a scratch folder):

- ``demo``: the demo region, 22 organisations and 2 rounds (the reference for growth);
- ``large``: 300 organisations and 10 rounds (Twente contracts about 300 providers; a round a year).

Growth is judged against the growth of the data the work reads: a figure that grows by no more than
the data does is "linear or better". Each script says which size it uses (the rows of the round(s)
read, or the number of files).
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

LARGE_ORGANISATIONS, LARGE_ROUNDS = 300, 10


@dataclass(frozen=True)
class Regions:
    demo: Path
    large: Path


def scratch_folder() -> Path:
    """A new scratch folder, or ``HRPLANNER_BENCH_DIR`` when set (its regions, once written, are
    reused: the 300 x 10 region takes a while to generate)."""
    if os.environ.get("HRPLANNER_BENCH_DIR"):
        folder = Path(os.environ["HRPLANNER_BENCH_DIR"])
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return Path(tempfile.mkdtemp(prefix="hrplanner-bench-"))


def compile_package() -> None:
    """The app's modules compiled to bytecode, as ``pip install .`` leaves them: a start then reads
    them instead of compiling each one. An editable install (``pip install -e``) compiles a module at
    its first import only where Python may write its cache, never under ``PYTHONDONTWRITEBYTECODE``,
    and a benchmark would then time the compiler at every start (60 ms of the app's)."""
    spec = importlib.util.find_spec("hrplanner")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            compileall.compile_dir(folder, quiet=2)


def write_regions(folder: Path) -> Regions:
    """The demo region and the 300-organisation, 10-round region, written by the ``demo`` command
    (with the app's modules compiled first: :func:`compile_package`)."""
    compile_package()
    demo, large = folder / "demo.hrplan", folder / "large.hrplan"
    for path, size in ((demo, []), (large, ["--organisations", str(LARGE_ORGANISATIONS),
                                            "--rounds", str(LARGE_ROUNDS)])):
        if not path.exists():
            subprocess.run([sys.executable, "-m", "hrplanner", "demo", str(path), *size], check=True,
                           stdout=subprocess.DEVNULL, env=bench_env(folder))
    return Regions(demo, large)


def second_copy(path: Path) -> Path:
    """A copy of a region's register beside it (made once, with SQLite's backup API), for a benchmark
    that opens one register after another."""
    copy = path.with_name(f"{path.stem}-copy{path.suffix}")
    if not copy.exists():
        from hrplanner.db.engine import backup_file

        backup_file(path, copy)
    return copy


def bench_env(folder: Path) -> dict[str, str]:
    """Environment of a benchmark's child processes: offscreen Qt, private data and settings."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HRPLANNER_DATA_DIR=str(folder / "data"),
                HRPLANNER_SETTINGS_DIR=str(folder / "settings"))


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_of(work: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(work) for _ in range(runs))


def thread_timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock seconds of ``work`` and the CPU seconds this thread spent on it (on the GUI thread:
    the time the window could not react; a busy machine inflates the wall time, far less this)."""
    wall, cpu = time.perf_counter(), time.thread_time()
    work()
    return time.perf_counter() - wall, time.thread_time() - cpu


def medians_of(work: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and median thread CPU seconds of ``runs`` runs of ``work``."""
    results = [thread_timed(work) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def process_seconds(command: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from starting ``command`` to its exit (output discarded); it must succeed."""
    return process_times(command, env)[0]


def process_times(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall-clock seconds from starting ``command`` to its exit, and the CPU seconds (user + system) it
    used. On a machine shared with other work the wall time grows with the others' load; the CPU time
    is what the command itself costs."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime


def peak_memory_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux and macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def machine_line(runs: int) -> str:
    return f"medians of {runs} runs; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"


def verdict(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"target <= {format_value(target)}: {'met' if value <= target else 'NOT met'}"


def format_value(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def report(name: str, seconds: float, *, reference: tuple[str, float] | None = None,
           target: float | None = None, ratio_target: float | None = None) -> None:
    """One line: the figure, its ratio to the reference of the same run, and the targets."""
    parts = [f"{name:52s} {format_value(seconds):>9s}"]
    if reference is not None:
        ratio = seconds / reference[1]
        parts.append(f"{ratio:6.2f} x {reference[0]}")
        if ratio_target is not None:
            parts.append(f"(target <= {ratio_target:g} x: {'met' if ratio <= ratio_target else 'NOT met'})")
    if target is not None:
        parts.append(verdict(seconds, target))
    print("   ".join(parts), flush=True)


def growth(name: str, demo_seconds: float, large_seconds: float, demo_size: float, large_size: float,
           unit: str) -> None:
    """The growth from the demo region to the large one, against the growth of the data it reads."""
    time_ratio = large_seconds / demo_seconds
    size_ratio = large_size / demo_size
    judged = "linear or better" if time_ratio <= size_ratio * 1.05 else "WORSE than linear"
    print(f"  growth {name}: {time_ratio:5.2f} x the time for {size_ratio:5.2f} x the {unit} "
          f"({demo_size:,.0f} -> {large_size:,.0f}): {judged}", flush=True)
