"""The kill harness: prove that no crash leaves a register damaged or half-changed.

A child process opens a register for editing (through the writer lock, as the app does) and performs
actions in a loop: Excel imports of one organisation's template (``services.excel.import_files``)
alternating between two different files, and batches of figure edits of another organisation
(``services.editing.Editor.apply_changes``). After each committed action it appends the action's
number to a side file and fsyncs it, so the side file never claims more than was committed. The
parent kills the child (SIGKILL on Linux and macOS, TerminateProcess on Windows) a random 5-300 ms
after it is ready, then checks the register:

- ``PRAGMA integrity_check`` is "ok" (on a normal connection, which recovers the -wal as the app would);
- the imported organisation's figures for the round equal the set before the last action or after
  it, entirely (never a mix), and the same for every cell of the edit batch, jointly: either the
  in-flight action is wholly there or wholly absent;
- every other organisation's figures are untouched.

Then it starts the next child where the register stands. Usage::

    .venv/bin/python tools/crash_harness.py --kills 200 [--seed 7] [--workdir DIR]

Prints a summary and exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

ROUND = date(2025, 12, 31)
USER = "crash-harness"


# --- the plan both processes share ----------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What the child does; action n is an import when n is even, an edit batch when n is odd."""

    register: Path
    side_file: Path
    import_organisation: str
    import_files: tuple[Path, Path]
    edit_organisation: str
    #: (occupation, age_band, sex, persons at the start) of the staffing rows the batches change.
    edit_rows: tuple[tuple[str, str, str, int], ...]
    edit_occupation: str
    #: Self-test of the harness: apply each edit batch cell by cell (not atomic), which it must catch.
    split_batches: bool = False

    def import_file(self, n: int) -> Path:
        return self.import_files[(n // 2) % 2]

    @staticmethod
    def batch(n: int) -> int:
        return n // 2 + 1

    def edit_values(self, batch: int) -> dict[tuple, object]:
        """The value of every cell after edit batch ``batch`` (consecutive batches differ everywhere)."""
        values: dict[tuple, object] = {}
        for occupation, band, sex, persons in self.edit_rows:
            new_persons = persons + batch % 5 + 1
            values[("staffing", occupation, (band, sex), "persons")] = new_persons
            values[("staffing", occupation, (band, sex), "fte")] = round(new_persons * 0.8, 2)
        open_positions = batch % 4 + 1
        values[("establishment", self.edit_occupation, (), "open_positions")] = open_positions
        values[("establishment", self.edit_occupation, (), "open_fte")] = round(open_positions * 0.8, 2)
        values[("establishment", self.edit_occupation, (), "open_long")] = 0
        return values


def normalise(data) -> dict[str, list[tuple]]:  # noqa: ANN001 - RoundData
    """One organisation's figures as comparable sorted tuples (floats rounded)."""
    def r(x: float | None) -> float | None:
        return None if x is None else round(float(x), 6)

    return {
        "staffing": sorted((s.occupation, s.age_band, s.sex, s.persons, r(s.fte)) for s in data.staffing),
        "establishment": sorted((e.occupation, r(e.budgeted_fte), e.open_positions, r(e.open_fte), e.open_long)
                                for e in data.establishment),
        "flows": sorted((f.occupation, f.direction, f.category, f.persons) for f in data.flows),
        "training": sorted((t.occupation, t.route, t.in_training, t.planned_intake, t.places, t.supervisors)
                           for t in data.training),
        "sickness": sorted((r(s.percentage),) for s in data.sickness),
    }


def cells_of(data, plan: Plan) -> dict[tuple, object]:  # noqa: ANN001 - RoundData
    """The current values of the cells the edit batches change."""
    data = data.for_organisation(plan.edit_organisation)
    values: dict[tuple, object] = {}
    staffing = {(s.occupation, s.age_band, s.sex): s for s in data.staffing}
    for occupation, band, sex, _persons in plan.edit_rows:
        row = staffing.get((occupation, band, sex))
        values[("staffing", occupation, (band, sex), "persons")] = row.persons if row else None
        values[("staffing", occupation, (band, sex), "fte")] = round(row.fte, 6) if row else None
    [est] = [e for e in data.establishment if e.occupation == plan.edit_occupation] or [None]
    for name in ("open_positions", "open_fte", "open_long"):
        value = getattr(est, name) if est else None
        values[("establishment", plan.edit_occupation, (), name)] = \
            round(value, 6) if isinstance(value, float) else value
    return values


_SNAPSHOT_QUERIES = {
    "staffing": "SELECT o.name, c.code, t.age_band, t.sex, t.persons, t.fte",
    "establishment": "SELECT o.name, c.code, t.budgeted_fte, t.open_positions, t.open_fte, t.open_long",
    "flow": "SELECT o.name, c.code, t.direction, t.category, t.persons",
    "training": "SELECT o.name, c.code, t.route, t.in_training, t.planned_intake, t.places, t.supervisors",
}


def read_round(conn: sqlite3.Connection):  # noqa: ANN201 - RoundData
    """The figures of the harness's round straight from SQL (fast: the parent reads after every kill)."""
    from hrplanner.domain.records import (
        EstablishmentRecord, FlowRecord, RoundData, SicknessRecord, StaffingRecord, TrainingRecord,
    )

    where = ("FROM {table} t JOIN organisation o ON o.id = t.organisation_id "
             "JOIN occupation c ON c.id = t.occupation_id JOIN round r ON r.id = t.round_id "
             "WHERE r.reference_date = ?")
    day = ROUND.isoformat()
    data = RoundData(ROUND)
    rows = {table: conn.execute(f"{select} {where.format(table=table)}", (day,)).fetchall()
            for table, select in _SNAPSHOT_QUERIES.items()}
    data.staffing = [StaffingRecord(*r) for r in rows["staffing"]]
    data.establishment = [EstablishmentRecord(*r) for r in rows["establishment"]]
    data.flows = [FlowRecord(*r) for r in rows["flow"]]
    data.training = [TrainingRecord(*r) for r in rows["training"]]
    data.sickness = [SicknessRecord(*r) for r in conn.execute(
        "SELECT o.name, t.percentage FROM sickness t JOIN organisation o ON o.id = t.organisation_id "
        "JOIN round r ON r.id = t.round_id WHERE r.reference_date = ?", (day,))]
    return data


# --- the child ---------------------------------------------------------------------------------------------


def _record(side_file: Path, n: int) -> None:
    with open(side_file, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"action": n}) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def child_main(plan: Plan, start: int, pipe) -> None:  # noqa: ANN001 - a multiprocessing connection
    """Perform actions from ``start`` on until killed."""
    try:
        from hrplanner.services.editing import Cell, Change, Editor
        from hrplanner.services.excel import IMPORTED, UNCHANGED, import_files
        from hrplanner.services.locking import open_for_editing

        session = open_for_editing(plan.register)
        register = session.register
        if session.lock is None:
            raise RuntimeError(f"the child could not take the writer lock: {session.read_only_reason}")
        editor = Editor(register, user=USER, source="crash harness")
        everyone = [o.name for o in register.organisations()]
        pipe.send("ready")
        n = start
        while True:
            pipe.send(f"start {n}")
            if n % 2 == 0:
                [report] = import_files(register, [plan.import_file(n)], USER, accept_warnings=True,
                                       confirm_drops=everyone)  # the variants differ by up to 2 per row
                if report.status not in (IMPORTED, UNCHANGED):
                    raise RuntimeError(f"import {n} was {report.status}: {report.lines()}")
            else:
                changes = [Change(Cell(table, plan.edit_organisation, occupation, ROUND, detail, name), value)
                           for (table, occupation, detail, name), value in plan.edit_values(plan.batch(n)).items()]
                for group in ([[c] for c in changes] if plan.split_batches else [changes]):
                    editor.apply_changes(group, confirm_warnings=True)
            _record(plan.side_file, n)
            n += 1
    except BaseException:  # noqa: BLE001 - report to the parent, which counts it as a failure
        try:
            pipe.send("error: " + traceback.format_exc())
        finally:
            os._exit(3)


# --- the parent ----------------------------------------------------------------------------------------------


@dataclass
class HarnessResult:
    kills: int = 0
    actions_committed: int = 0
    in_flight_present: int = 0
    in_flight_absent: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"kills: {self.kills}; actions committed: {self.actions_committed}, each verified whole after "
                f"every later kill; at the kills: {self.in_flight_present} committed-not-yet-recorded actions found "
                f"whole, {self.in_flight_absent} interrupted actions found wholly absent; "
                f"failures: {len(self.failures)}; {self.seconds:.1f} s")


def last_recorded(side_file: Path) -> int:
    """The last action the side file records (-1 if none); a torn last line is ignored."""
    if not side_file.exists():
        return -1
    last = -1
    for line in side_file.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            last = max(last, int(json.loads(line)["action"]))
        except (ValueError, KeyError, TypeError):
            continue
    return last


def prepare(workdir: Path) -> tuple[Plan, dict]:
    """The register (the demo region), two different templates for one organisation, and the
    expected figures of each; returns the plan and the expected states."""
    from hrplanner.db import repositories as repo
    from hrplanner.domain.records import RoundData, SicknessRecord, StaffingRecord
    from hrplanner.services.demo import write_demo
    from hrplanner.services.excel import CHECKED, check_files, write_templates
    from hrplanner.services.register import Register

    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "harness.hrplan"
    write_demo(path).close()
    with Register.open(path) as register:
        organisations = [o.name for o in register.organisations()]
        current = register.round_data(register.round(ROUND))
    importing, editing = organisations[0], organisations[1]
    # the edit batches change up to four staffing rows of one occupation of the second organisation
    mine = current.for_organisation(editing)
    occupation = max({s.occupation for s in mine.staffing},
                     key=lambda code: sum(s.persons for s in mine.staffing if s.occupation == code))
    rows = tuple((s.occupation, s.age_band, s.sex, s.persons) for s in mine.staffing if s.occupation == occupation)[:4]

    files = []
    for k, extra in enumerate((1, 2)):
        scratch = workdir / f"variant{k}.hrplan"
        shutil.copyfile(path, scratch)
        with Register.open(scratch) as register, register.transaction() as session:
            round_ = repo.round_by_date(ROUND, session=session)
            org = repo.organisation_by_name(importing, session=session)
            data = repo.load_round_data(round_, session=session, organisation_id=org.id)
            changed = RoundData(data.reference_date, data.label, data.closed,
                                [StaffingRecord(s.organisation, s.occupation, s.age_band, s.sex, s.persons + extra,
                                                round(s.fte + 0.8 * extra, 2)) for s in data.staffing],
                                data.establishment, data.flows, data.training,
                                [SicknessRecord(s.organisation, round(s.percentage + extra / 10, 2))
                                 for s in data.sickness])
            repo.delete_figures(round_.id, org.id, session=session)
            repo.insert_figures(changed, round_.id, session=session)
        with Register.open(scratch) as register:
            [written] = write_templates(register, ROUND, [importing], workdir / f"import{k}.xlsx", prefill=True,
                                        overwrite=True)
        scratch.unlink()
        files.append(written)
    expected = {}
    with Register.open(path) as register:
        expected["original"] = normalise(current.for_organisation(importing))
        for k, file in enumerate(files):
            [report] = check_files(register, [file])
            if report.status != CHECKED or report.data is None:
                raise RuntimeError(f"the harness's template {file.name} does not validate: {report.lines()}")
            expected[k] = normalise(report.data)
        if expected[0] == expected[1] or expected[0] == expected["original"]:
            raise RuntimeError("the harness's templates do not change the figures")
        rest = {o: normalise(current.for_organisation(o)) for o in organisations if o not in (importing, editing)}
        expected["others"] = rest
        plan = Plan(path, workdir / "committed.jsonl", importing, (files[0], files[1]), editing, rows, occupation)
        expected["cells"] = cells_of(current, plan)
    return plan, expected


def state_after(plan: Plan, expected: dict, n: int) -> tuple[object, object]:
    """The imported organisation's figures and the edited cells after actions 0..n."""
    imports = [i for i in range(n + 1) if i % 2 == 0]
    edits = [i for i in range(n + 1) if i % 2 == 1]
    figures = expected[plan.import_files.index(plan.import_file(imports[-1]))] if imports else expected["original"]
    cells = _rounded(plan.edit_values(plan.batch(edits[-1]))) if edits else expected["cells"]
    return figures, cells


def _rounded(values: dict) -> dict:
    return {k: round(v, 6) if isinstance(v, float) else v for k, v in values.items()}


def verify(plan: Plan, expected: dict, done: int) -> tuple[int, str | None]:
    """Check the register after a kill; returns (the last action committed, a failure or None)."""
    conn = sqlite3.connect(plan.register)  # a normal connection recovers the -wal, as the app does
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        data = read_round(conn) if integrity == ["ok"] else None
    finally:
        conn.close()
    if integrity != ["ok"]:
        return done, f"integrity_check: {integrity[:3]}"
    if fk:
        return done, f"foreign_key_check: {fk[:3]}"
    figures = normalise(data.for_organisation(plan.import_organisation))
    cells = cells_of(data, plan)
    others = {o: normalise(data.for_organisation(o)) for o in expected["others"]}
    if others != expected["others"]:
        changed = [o for o in others if others[o] != expected["others"][o]]
        return done, f"figures of organisations the harness does not touch changed: {changed}"
    done = max(done, last_recorded(plan.side_file))  # recorded means committed
    if (figures, cells) == state_after(plan, expected, done):
        return done, None
    if (figures, cells) == state_after(plan, expected, done + 1):
        return done + 1, None
    before_figures, before_cells = state_after(plan, expected, done)
    after_figures, after_cells = state_after(plan, expected, done + 1)
    what = "import" if (done + 1) % 2 == 0 else "edit batch"
    detail = []
    if figures not in (before_figures, after_figures):
        detail.append("the imported organisation's figures are neither the old nor the new set")
    if cells not in (before_cells, after_cells):
        new = sum(1 for k, v in cells.items() if v == after_cells.get(k) != before_cells.get(k))
        other = {k: v for k, v in cells.items() if v != before_cells.get(k) and v != after_cells.get(k)}
        detail.append(f"edited cells are a mix: {new} of {len(cells)} have the new value"
                      + (f", and these neither: {other}" if other else ""))
    return done, f"action {done + 1} ({what}) is half there: {'; '.join(detail) or 'figures and cells disagree'}"


def run_harness(kills: int, *, seed: int | None = None, workdir: Path | None = None,
                delay_ms: tuple[int, int] = (5, 300), echo: Callable[[str], None] | None = None,
                split_batches: bool = False) -> HarnessResult:
    """Kill a working child ``kills`` times and verify the register after each kill (stops at the first
    failure). ``split_batches`` breaks the edit batches on purpose, to show that the harness notices."""
    seed = random.randrange(1 << 30) if seed is None else seed
    rng = random.Random(seed)
    own_dir = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="hrplanner-crash-")) if workdir is None else workdir
    os.environ.setdefault("HRPLANNER_DATA_DIR", str(workdir / "data"))
    started = time.perf_counter()
    result = HarnessResult()
    plan, expected = prepare(workdir)
    if split_batches:
        plan = replace(plan, split_batches=True)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn")
    done = -1
    try:
        for kill in range(1, kills + 1):
            parent_end, child_end = context.Pipe()
            child = context.Process(target=child_main, args=(plan, done + 1, child_end), daemon=True)
            child.start()
            child_end.close()
            if not parent_end.poll(60):
                child.kill()
                result.failures.append(f"kill {kill}: the child did not get ready")
                break
            message = parent_end.recv()
            if message != "ready":
                result.failures.append(f"kill {kill}: {message}")
                child.join()
                break
            # let it finish 0-2 actions, then kill it a random moment into the next one
            for _ in range(rng.randint(1, 3)):
                if not parent_end.poll(60):
                    break
                message = parent_end.recv()
                if not message.startswith("start"):
                    result.failures.append(f"kill {kill}: {message}")
                    break
            time.sleep(rng.uniform(*delay_ms) / 1000)
            if not child.is_alive():
                result.failures.append(f"kill {kill}: the child ended by itself (exit code {child.exitcode})")
            child.kill()
            child.join(30)
            parent_end.close()
            result.kills += 1
            done, failure = verify(plan, expected, done)
            if failure:
                result.failures.append(f"kill {kill}: {failure}")
                if echo:
                    echo(f"kill {kill}: FAILED: {failure}")
                break
            # committed but not yet recorded: the kill came between the commit and the side file
            if done > last_recorded(plan.side_file):
                result.in_flight_present += 1
            else:
                result.in_flight_absent += 1
            if echo and (kill % 20 == 0 or kill == kills):
                echo(f"kill {kill}/{kills}: {done + 1} actions committed so far, all verified")
    finally:
        result.actions_committed = done + 1
        result.seconds = time.perf_counter() - started
        if own_dir and not result.failures:
            shutil.rmtree(workdir, ignore_errors=True)
    if echo:
        kept = f"register and side file kept in {workdir}" if workdir.exists() else "workdir removed"
        echo(f"seed {seed}; {kept}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="how many times to kill the child (default 200)")
    parser.add_argument("--seed", type=int, help="random seed for the kill moments")
    parser.add_argument("--workdir", type=Path, help="where to keep the register (default: a temporary folder, "
                                                     "removed when all checks pass)")
    parser.add_argument("--split-batches", action="store_true",
                        help="self-test: break the edit batches into single-cell transactions; must FAIL")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the stale-lock take-overs are expected here
    result = run_harness(args.kills, seed=args.seed, workdir=args.workdir, echo=print,
                         split_batches=args.split_batches)
    print(result.summary())
    for failure in result.failures:
        print(f"FAILURE {failure}")
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
