"""Start-up time of the app: from process start to the overview painted with its figures.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Runs ``python -m hrplanner`` (the demo register being the most recent file), ``python -m hrplanner
DEMO.hrplan`` and ``python -m hrplanner LARGE.hrplan`` (300 organisations, 10 rounds) offscreen with
``HRPLANNER_BENCH_EXIT_ON_SHOWN=1`` (the app prints ``hrplanner-shown`` at the overview's first paint:
its region, occupations and figures, or every figure pending when the round's kept publication is too
large to be read before that paint; ``hrplanner-session`` when the register's session replaced the
sqlite3 preview; ``hrplanner-figures`` when the publication's figures were shown (at the first paint,
or after it); ``hrplanner-changes`` when their changes since the previous round followed (that round's
publication); ``hrplanner-charts`` when its charts followed; then quits), next to a bare
PySide6 window started the same way (a QMainWindow with a label, quitting at its first paint). Each
is timed from just before the process is started to the marker line; the runs alternate and the
median of each is printed, with the ratio app / bare window, and the growth from the demo region to
300 organisations against the growth of the figure rows of the latest round. A marker that has not
come within ``--patience`` seconds is reported as such (the process is then stopped). The
publications of each register's latest two rounds are made first with ``summary --round`` (their time
printed: what the first start on a new register waits for its figures) and kept, as after any earlier
start. Targets
(issue 16), both on the overview with its figures: the demo's within 3 x the bare window; 300
organisations and 10 rounds within 1.5 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402
from bench_cli import figure_rows  # noqa: E402

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("bare-shown", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("hrplanner")
window.setCentralWidget(label)
window.resize(1280, 820)
filt = Painted()
label.installEventFilter(filt)
window.show()
app.exec()
"""


MARKERS = ("hrplanner-shown", "hrplanner-session", "hrplanner-figures", "hrplanner-changes", "hrplanner-charts")


def timed_run(command: list[str], env: dict[str, str], markers: tuple[str, ...],
              patience: float = 120.0) -> dict[str, float]:
    """Seconds from process start to each marker line on stdout; a marker missing after ``patience``
    seconds is left out (the process is stopped). The first marker must come."""
    found: dict[str, float] = {}
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as process:
        assert process.stdout is not None
        timer = threading.Timer(patience, process.kill)
        timer.start()
        try:
            for line in process.stdout:
                word = line.split(" ", 1)[0].strip()
                if word in markers and word not in found:
                    found[word] = time.perf_counter() - start
        finally:
            timer.cancel()
        process.wait(timeout=60)
    if markers[0] not in found:
        raise SystemExit(f"no {markers[0]} from {' '.join(command)} (exit {process.returncode})")
    return found


def median_or_none(values: list[float], runs: int) -> float | None:
    """The median, or None when a run had no such marker within the patience."""
    return statistics.median(values) if len(values) == runs else None


def latest_rounds(path: Path, count: int) -> list[str]:
    """The reference dates of the register's latest ``count`` rounds, as the command line takes them."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT reference_date FROM round ORDER BY reference_date DESC LIMIT ?",
                                  (count,)).fetchall()
    finally:
        connection.close()
    return [str(day)[:10] for (day,) in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the app's start-up against a bare PySide6 window.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform of every start, bare window included (default offscreen; xcb "
                             "with DISPLAY set, e.g. under Xvfb, as on an X11 desktop)")
    parser.add_argument("--patience", type=float, default=60.0,
                        help="seconds to wait for the figures and charts of one start (default 60)")
    options = parser.parse_args(argv)

    scratch = scale.scratch_folder()
    env = dict(scale.bench_env(scratch), HRPLANNER_BENCH_EXIT_ON_SHOWN="1", QT_QPA_PLATFORM=options.platform)
    regions = scale.write_regions(scratch)
    register = regions.demo
    # The register is the most recent file (as when the app is started from its icon), or it is
    # given on the command line (as when a .hrplan file is opened from the file manager).
    settings_file = scratch / "settings" / "hrplanner.ini"
    settings_file.parent.mkdir(parents=True, exist_ok=True)

    def run(name: str, markers: tuple[str, ...]) -> dict[str, float]:
        if "recent file" in name:  # every other start makes its own register the most recent file
            settings_file.write_text(f"[files]\nrecent={register}\n", encoding="utf-8")
        return timed_run(commands[name], env, markers, options.patience)

    commands = {
        "hrplanner (recent file, demo)": [sys.executable, "-m", "hrplanner"],
        "hrplanner DEMO.hrplan": [sys.executable, "-m", "hrplanner", str(register)],
        "hrplanner LARGE.hrplan (300 x 10)": [sys.executable, "-m", "hrplanner", str(regions.large)],
    }
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    # The overview shows the shared view of the latest round and its change from the round before:
    # both publications are made first and kept (timed once: what the first start on a new register
    # waits for its figures), so the runs measure a start as every later one is.
    for path in (regions.demo, regions.large):
        for day in latest_rounds(path, 2):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "hrplanner", "summary", "--register", str(path), "--round", day],
                           check=True, stdout=subprocess.DEVNULL, env=env)
            print(f"publication of {path.name}, round {day}, made and kept: "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
    # one warm-up of each, so that all read their files from the page cache
    for name in commands:
        run(name, MARKERS[:1])
    timed_run(bare_command, env, ("bare-shown",))

    times: dict[str, dict[str, list[float]]] = {name: {m: [] for m in MARKERS} for name in commands}
    bare = []
    for _ in range(options.runs):
        for name in commands:
            for marker, seconds in run(name, MARKERS).items():
                times[name][marker].append(seconds)
        bare.append(timed_run(bare_command, env, ("bare-shown",))["bare-shown"])

    median_bare = statistics.median(bare)
    reference = ("bare window", median_bare)
    print(f"bench_startup: {scale.machine_line(options.runs)}; Qt platform {options.platform}")
    scale.report("bare PySide6 window shown", median_bare)
    labels = {"hrplanner-shown": "overview first painted",
              "hrplanner-session": "session replaced the preview",
              "hrplanner-figures": "figures of the shared view shown",
              "hrplanner-changes": "their changes since the round before",
              "hrplanner-charts": "with its charts"}
    medians: dict[str, dict[str, float | None]] = {}
    for name in commands:
        large = "LARGE" in name
        medians[name] = {m: median_or_none(times[name][m], options.runs) for m in MARKERS}
        for marker in MARKERS:
            value = medians[name][marker]
            label = f"{name}: {labels[marker]}"
            if value is None:
                print(f"{label:52s} not within {options.patience:g} s in every run", flush=True)
            elif marker == "hrplanner-figures":
                scale.report(label, value, reference=reference, ratio_target=None if large else 3.0,
                             target=1.5 if large else None)
            else:
                scale.report(label, value, reference=reference)
    demo_name, large_name = "hrplanner DEMO.hrplan", "hrplanner LARGE.hrplan (300 x 10)"
    rows = [figure_rows(path, latest_only=True) for path in (regions.demo, regions.large)]
    for marker, what in (("hrplanner-shown", "first paint"), ("hrplanner-figures", "figures")):
        demo, large = medians[demo_name][marker], medians[large_name][marker]
        if demo is not None and large is not None:
            scale.growth(f"overview's {what} (less the bare window)", demo - median_bare, large - median_bare,
                         *rows, "figure rows of the latest round")
    return 0


if __name__ == "__main__":
    sys.exit(main())
