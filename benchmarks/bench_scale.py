"""Headless work at the region's real size: 300 organisations and 10 rounds against the demo region.

    .venv/bin/python benchmarks/bench_scale.py [--runs 5]

For each region, in a fresh process of its own (so its peak memory is its own), with Python's garbage
collection as the app runs it (no automatic full collection: :func:`as_in_the_app`), the medians (wall
clock, and the CPU time of the thread doing the work, which a busy machine inflates far less) of:

- the key figures of the latest round (``summary``'s use case, as the overview page reads them);
- the coordination figures (``coordination_figures``) and the shared training plan (``training_plan``,
  which runs the projection for the intake advice);
- the meeting workbook (``export_workbook``, written to a file);
- importing every organisation's filled-in template of the latest round into a copy of the register
  (the round's figures deleted first, so every file writes; ``import_files`` as the app's import
  action calls it in the background), per file; and apart, the backup it takes once before it (an
  integrity check and a copy of the whole register: it grows with the register's rounds, not with
  the files);
- the peak memory of the process;
- apart, each in a fresh process of its own: making the publication of the latest round from scratch
  (the optimiser's choice of hidden figures and the interval attack, with no kept one: what every
  shared output waits for once after the round's figures change), with that process's peak memory.

The publications of the rounds the workbook reads are made and kept first, as after any earlier start
(their time is printed: what the first export of a new register waits for), so the figures above are
those of a register whose publications are kept.

Printed beside each: the demo region's figure of the same run (the reference), the target from issue
16 and the growth from the demo to 300 organisations, judged against the growth of the data read (the
figure rows it reads, of every round it reads: the large region has ten rounds and the demo two, so
the changes and trends read further back there; for the import, the number of files).
Not part of the test run.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402

TARGETS = {"summary": 1.0, "coordination": 0.5, "plan": 0.5, "workbook": 5.0, "import per file": 0.1}


def measure(path: Path, runs: int) -> dict[str, float]:
    """Every figure of one region (runs in its own process)."""
    from hrplanner.db import repositories as repo
    from hrplanner.db.engine import backup_file
    from hrplanner.services import coordination as coordination_service
    from hrplanner.services.excel import IMPORTED, import_files, write_templates
    from hrplanner.services.export import export_workbook
    from hrplanner.services.register import Register
    from hrplanner.services.summary import summarise

    out: dict[str, float] = {}
    folder = Path(tempfile.mkdtemp(prefix="hrplanner-bench-scale-"))
    read = _count_rows_read()
    as_in_the_app()
    with Register.open(path, read_only=True) as register:
        latest = register.rounds()[-1]
        data = register.round_data(latest)
        out["rows"] = len(data.staffing) + len(data.establishment) + len(data.flows) + len(data.training)
        for key, work, count in (
                ("summary", lambda: summarise(register), runs),
                ("coordination", lambda: coordination_service.coordination_figures(register), runs),
                ("plan", lambda: coordination_service.training_plan(register), runs),
                ("workbook", lambda: export_workbook(register, folder / "meeting.xlsx"), max(1, runs // 2))):
            read.clear()
            gc.collect()  # the app's collector runs it at a quiet moment, not during the work
            out[key], out[f"{key} cpu"] = scale.medians_of(work, count)
            out[f"{key} rows read"] = sum(read) / count
    # templates of the open (latest) round, filled in with its figures
    source = backup_file(path, folder / "source.hrplan")
    with Register.open(source) as register:
        files = write_templates(register, None, None, folder / "templates", prefill=True)
    out["files"] = len(files)
    times, cpu = [], []
    for run in range(max(1, runs // 2)):
        copy = backup_file(path, folder / f"import-{run}.hrplan")
        with Register.open(copy) as register:
            round_ = register.rounds()[-1]
            with register.transaction() as session:
                for organisation in repo.list_organisations(session=session):
                    repo.delete_figures(round_.id, organisation.id, session=session)  # type: ignore[arg-type]
            gc.collect()
            start, start_cpu = time.perf_counter(), time.thread_time()
            reports = import_files(register, files, "benchmark")
            times.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - start_cpu)
        bad = [r for r in reports if r.status != IMPORTED]
        if bad:
            raise SystemExit("\n".join(bad[0].lines()))
    out["import"] = sorted(times)[len(times) // 2]
    # of which: the backup taken once before an import (an integrity check and a copy of the whole
    # register, every round: it grows with the register, not with the files imported)
    from hrplanner.services.backups import make_backup

    out["backup"] = scale.median_of(lambda: make_backup(folder / "import-0.hrplan", "benchmark"), max(1, runs // 2))
    out["import per file"] = out["import"] / len(files)
    out["import per file cpu"] = sorted(cpu)[len(cpu) // 2] / len(files)
    out["memory"] = scale.peak_memory_mb()
    return out


def as_in_the_app() -> None:
    """Python's garbage collection as the app runs it (hrplanner.ui.collector): what lives now frozen,
    and no automatic full collection (the app runs one at quiet moments; here: between the use
    cases). Left automatic, a full collection starts in the middle of the work and walks every object
    the process holds, a register of 300 organisations included: then the work's time grows faster
    than the figures it reads."""
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 1_000_000_000)


def _count_rows_read() -> list[int]:
    """From now on, the figure rows of every round read (all its tables, each read counted) are
    appended to the returned list: what a use case reads, e.g. the rounds before the latest for its
    changes and trends (the demo region has two rounds, the large one ten)."""
    from hrplanner.db import repositories as repo

    counts: list[int] = []
    read_round_data = repo.read_round_data

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - read_round_data's
        data = read_round_data(*args, **kwargs)
        counts.append(len(data.staffing) + len(data.establishment) + len(data.flows) + len(data.training))
        return data

    repo.read_round_data = counted
    return counts


def keep(path: Path) -> dict[str, float]:
    """Make and keep the publications of the rounds the meeting workbook reads (runs in its own
    process; quick when they are kept already)."""
    from hrplanner.services.export.content import TREND_ROUNDS
    from hrplanner.services.publication import round_publication
    from hrplanner.services.register import Register

    start = time.perf_counter()
    with Register.open(path, read_only=True) as register:
        days = [r.reference_date for r in register.rounds()][-TREND_ROUNDS:]
        for day in days:
            round_publication(register, day)
    return {"keep": time.perf_counter() - start, "rounds": len(days)}


def make(path: Path) -> dict[str, float]:
    """Make the latest round's publication from scratch, nothing kept (runs in its own process)."""
    from hrplanner.domain.disclosure.publication import publish
    from hrplanner.domain.disclosure.rules import Rules
    from hrplanner.services.publication import _layout
    from hrplanner.services.register import Register

    with Register.open(path, read_only=True) as register:
        data = register.round_data(register.rounds()[-1])
        order, groups = _layout(register, data)
    start, start_cpu = time.perf_counter(), time.thread_time()
    publication = publish(data, Rules(), order, groups)
    publication.audit()
    return {"make": time.perf_counter() - start, "make cpu": time.thread_time() - start_cpu,
            "hidden": sum(f.hidden for f in publication.rows), "figures": len(publication.rows),
            "make memory": scale.peak_memory_mb()}


def child(mode: str, path: Path, runs: int, folder: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--runs", str(runs), mode, str(path)],
                          capture_output=True, text=True, env=scale.bench_env(folder))
    if done.returncode != 0:
        raise SystemExit(f"{mode} {path.name} failed:\n{done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    # child processes: measure one register; keep its publications; make one from scratch
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--make", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    for mode, work in (("one", lambda path: measure(path, options.runs)), ("keep", keep), ("make", make)):
        if getattr(options, mode):
            print(json.dumps(work(getattr(options, mode))))
            return 0
    folder = scale.scratch_folder()
    regions = scale.write_regions(folder)
    results = {}
    for name, path in (("demo", regions.demo), ("large", regions.large)):
        results[name] = child("--keep", path, options.runs, folder)
        results[name].update(child("--one", path, options.runs, folder))
        results[name].update(child("--make", path, options.runs, folder))
    demo, large = results["demo"], results["large"]
    print(f"bench_scale: {scale.machine_line(options.runs)}")
    print(f"demo region: 22 organisations, 2 rounds; large: {scale.LARGE_ORGANISATIONS} organisations, "
          f"{scale.LARGE_ROUNDS} rounds ({large['rows']:,.0f} figure rows in the latest round against "
          f"{demo['rows']:,.0f})")
    for name, result in (("demo", demo), ("300 ", large)):
        print(f"{name}: publications of the workbook's {result['rounds']:.0f} rounds made and kept first "
              f"in {result['keep']:.1f} s (quick when kept already)")
    for key, label in (("summary", "key figures of the latest round (summary)"),
                       ("coordination", "coordination figures"),
                       ("plan", "shared training plan (with the projection)"),
                       ("workbook", "meeting workbook"),
                       ("import per file", "import of a filled-in template, per file")):
        scale.report(f"demo: {label}", demo[key])
        scale.report(f"300:  {label}", large[key], reference=("demo", demo[key]), target=TARGETS.get(key))
        scale.report(f"  CPU time, demo: {label}", demo[f"{key} cpu"])
        scale.report(f"  CPU time, 300:  {label}", large[f"{key} cpu"], reference=("demo", demo[f"{key} cpu"]),
                     target=TARGETS.get(key))
        if key == "import per file":
            scale.growth("all templates", demo["import"], large["import"], demo["files"], large["files"], "files")
            scale.report("  of which the backup before the import, demo", demo["backup"])
            scale.report("  of which the backup before the import, 300", large["backup"],
                         reference=("demo", demo["backup"]))
            scale.growth("all templates less that backup", demo["import"] - demo["backup"],
                         large["import"] - large["backup"], demo["files"], large["files"], "files")
        else:
            scale.growth(key, demo[key], large[key], demo[f"{key} rows read"], large[f"{key} rows read"],
                         "figure rows it reads")
    label = "latest round's publication, from scratch (once)"
    scale.report(f"demo: {label}", demo["make"])
    scale.report(f"300:  {label}", large["make"], reference=("demo", demo["make"]))
    for name, result in (("demo", demo), ("300 ", large)):
        print(f"  {name}: {result['hidden']:,.0f} of {result['figures']:,.0f} figures hidden; CPU "
              f"{result['make cpu']:.1f} s; peak memory of that process {result['make memory']:.0f} MB")
    scale.growth("publication", demo["make"], large["make"], demo["rows"], large["rows"], "figure rows")
    print(f"{'peak memory, demo':52s} {demo['memory']:7.0f} MB")
    print(f"{'peak memory, 300':52s} {large['memory']:7.0f} MB   {large['memory'] / demo['memory']:6.2f} x demo   "
          f"target <= 500 MB: {'met' if large['memory'] <= 500 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
