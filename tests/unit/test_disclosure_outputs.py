"""An occupation of 3 persons in the whole region appears nowhere in what is shared: not in any sheet
of the meeting workbook, not in any command's output in any format. The demo register's child and
youth psychiatrists (KJPS) are cut down to 3 persons at one organisation (2.31 fte), in both rounds,
without vacancies, flows or trainees."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import text

from hrplanner.cli import run
from hrplanner.db import repositories as repo
from hrplanner.domain.records import RoundData, StaffingRecord
from hrplanner.services.export import export_workbook
from hrplanner.services.register import Register
from tests.unit.test_export_xml import read_xml

CODE = "KJPS"
MARK = "x"


@pytest.fixture(scope="module")
def three(tmp_path_factory, demo_template):
    from hrplanner.db.engine import backup_file

    folder = tmp_path_factory.mktemp("three")
    path = backup_file(demo_template, folder / "three.hrplan")
    with Register.open(path) as register:
        with register.transaction() as session:
            for table in ("staffing", "establishment", "flow", "training"):
                session.exec(text(f"DELETE FROM {table} WHERE occupation_id = "
                                  f"(SELECT id FROM occupation WHERE code = '{CODE}')"))
            holder = sorted(o.name for o in repo.list_organisations(session=session))[0]
            for round_ in repo.list_rounds(session=session):
                data = RoundData(round_.reference_date)
                data.staffing = [StaffingRecord(holder, CODE, "45-54", "women", 3, 2.31)]
                repo.insert_figures(data, round_.id, session=session)
        names = {o.code: o.name_nl for o in register.occupations()}
    return path, names[CODE], holder


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_workbook_shows_nothing_of_it(three, tmp_path):
    path, name, holder = three
    book = read_xml(export_workbook(path, tmp_path / "three.xlsx"))
    for sheet, cells in book.items():
        for (r, c), value in cells.items():
            assert value != pytest.approx(2.31), (sheet, r, c)  # its fte, unrounded
        rows = {r for (r, c), v in cells.items() if c <= 2 and v in (CODE, name)}
        for r in rows:  # the occupation's own rows: its name and the mark (empty where a chart needs it);
            # a zero (no trainees) says nothing about a person and is shown
            values = [v for (row, c), v in cells.items() if row == r and c > 2]
            assert all(v in (MARK, 0.0) for v in values), (sheet, r, [v for v in values if v != MARK])
        columns = {c for (r, c), v in cells.items() if v == CODE and r > 2 and c > 2}
        for c in columns:  # a column of the occupation (per organisation): marks and shown zeros only
            values = [v for (r, col), v in cells.items() if col == c and v != CODE and r > 3]
            assert all(v in (MARK, 0.0) for v in values if not isinstance(v, str) or v == MARK), (sheet, c, values)
            assert MARK in values
    assert any(v == MARK for v in book["Kerncijfers"].values())


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_summary_shows_nothing_of_it(three, capsys, fmt):
    path = three[0]
    code, out, err = run_cli(capsys, "summary", "--register", path, "--format", fmt)
    assert code == 0, err
    if fmt == "json":
        row = next(o for o in json.loads(out)["occupations"] if o["occupation"] == CODE)
        assert {v for k, v in row.items() if k != "occupation"} == {MARK}
    elif fmt == "csv":
        row = next(r for r in csv.DictReader(io.StringIO(out)) if r["occupation"] == CODE)
        assert {v for k, v in row.items() if k != "occupation"} == {MARK}
    else:
        line = next(line for line in out.splitlines() if line.startswith(CODE + " "))
        assert line.split()[1:] == [MARK] * 9
    # the coordinator's full view does print it, under its banner
    code, out, _ = run_cli(capsys, "summary", "--register", path, "--full")
    line = next(line for line in out.splitlines() if line.startswith(CODE + " "))
    assert out.splitlines()[0].startswith("COORDINATOR'S FULL VIEW") and line.split()[1:3] == ["3", "2.3"]


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_plan_and_project_show_nothing_of_it(three, capsys, fmt):
    path = three[0]
    code, out, err = run_cli(capsys, "plan", "--register", path, "--format", fmt)
    assert code == 0, err
    if fmt == "json":
        occupation = next(o for o in json.loads(out)["occupations"] if o["occupation"] == CODE)
        assert occupation["hidden"] is True and "organisations" not in occupation
    elif fmt == "csv":
        rows = [r for r in csv.DictReader(io.StringIO(out)) if r["occupation"] == CODE]
        assert len(rows) == 1 and {v for k, v in rows[0].items() if k != "occupation"} == {MARK}
    else:
        assert f"{CODE} " in out and "hidden: small numbers in the region" in out
    code, out, err = run_cli(capsys, "project", "--register", path, "--format", fmt)
    assert code == 0, err
    if fmt == "json":
        assert {"occupation": CODE, "hidden": True} in json.loads(out)
        assert CODE not in [p.get("code") for p in json.loads(out)]
    elif fmt == "csv":
        assert CODE not in {r.get("occupation", r.get("code")) for r in csv.DictReader(io.StringIO(out))}
        assert CODE in err
    else:
        assert f"Hidden (x), small numbers in the region: " in out and CODE in out.splitlines()[-1]
    code, _, err = run_cli(capsys, "project", "--register", path, "--occupation", CODE)
    assert code == 2 and "hidden in the shared view" in err


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_backtest_shows_nothing_of_it(three, capsys, fmt):
    path, name, _ = three
    code, out, err = run_cli(capsys, "backtest", "--register", path, "--format", fmt)
    assert code == 0, err
    if fmt == "json":
        payload = json.loads(out)
        assert CODE in payload["hidden_occupations"]
        for pair in payload["pairs"]:
            shown = pair["occupations"]
            assert CODE not in [o["code"] for o in shown]
            # the region is the shown occupations together: no difference gives the hidden one back
            for measure in ("persons", "fte", "leavers", "demand"):
                assert pair["region"][measure]["recorded"] == pytest.approx(
                    sum(o[measure]["recorded"] for o in shown))
                assert pair["region"][measure]["projected"] == pytest.approx(
                    sum(o[measure]["projected"] for o in shown))
    elif fmt == "csv":
        assert CODE not in {r["code"] for r in csv.DictReader(io.StringIO(out))}
    else:
        assert not any(line.startswith(CODE + " ") for line in out.splitlines())
        assert f"Left out of this shared view (small numbers in the region): {CODE}" in out
    assert name not in out
    code, out, _ = run_cli(capsys, "backtest", "--register", path, "--full", "--format", fmt)
    assert code == 0 and CODE in out
