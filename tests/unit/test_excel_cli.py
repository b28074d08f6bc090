"""The ``template`` and ``import`` commands: files written, reports printed, exit codes 0, 1 and 2."""

from __future__ import annotations

import json

import pytest

from hrplanner.cli import run
from hrplanner.db import repositories as repo
from hrplanner.services.register import Register
from tests.unit.excel_helpers import ROUND, set_cells
from tests.unit.helpers import dump, small_register


@pytest.fixture
def small_path(tmp_path):
    small_register(tmp_path / "small.hrplan").close()
    return tmp_path / "small.hrplan"


def test_template_for_one_organisation_and_for_all(small_path, tmp_path, capsys):
    assert run(["template", "--register", str(small_path), "--round", "2025-12-31", "--organisation", "A",
                str(tmp_path / "a.xlsx")]) == 0
    assert (tmp_path / "a.xlsx").exists()
    assert run(["template", "--register", str(small_path), "--round", "2025-12-31", "--all",
                str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "2 templates for reference date 2025-12-31"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["uitvraag_2025-12-31_A.xlsx",
                                                                    "uitvraag_2025-12-31_B.xlsx"]


@pytest.mark.parametrize("argv", [
    ["template", "--round", "2025-12-31", "--all", "out"],                      # no register
    ["template", "--register", "R", "--round", "31-12-2025", "--all", "out"],    # bad date
    ["template", "--register", "R", "--round", "2025-12-31", "out"],            # neither --all nor one
    ["template", "--register", "R", "--round", "2025-12-31", "--all", "--organisation", "A", "out"],
    ["import", "--register", "R"],                                                # no files
])
def test_bad_options_exit_2(argv, small_path, capsys):
    argv = [str(small_path) if a == "R" else a for a in argv]
    with pytest.raises(SystemExit) as caught:
        run(argv)
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_unknown_organisation_and_missing_register_exit_2(small_path, tmp_path, capsys):
    assert run(["template", "--register", str(small_path), "--round", "2025-12-31", "--organisation", "Z",
                str(tmp_path / "z.xlsx")]) == 2
    assert capsys.readouterr().err.strip() == "hrplanner template: error: No organisation named 'Z' in small.hrplan"
    assert run(["import", "--register", str(tmp_path / "none.hrplan"), str(tmp_path / "x.xlsx")]) == 2


def _template(small_path, tmp_path, name="a.xlsx", organisation="A"):
    path = tmp_path / name
    assert run(["template", "--register", str(small_path), "--round", "2025-12-31", "--organisation",
                organisation, "--prefill", str(path)]) == 0
    return path


def test_import_exit_0_with_user_in_the_audit_log(small_path, tmp_path, capsys):
    path = _template(small_path, tmp_path)
    set_cells(path, {("Verzuim", "B7"): 6.1})
    capsys.readouterr()
    assert run(["import", "--register", str(small_path), "--user", "anna", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["a.xlsx: imported (A, 2025-12-31)", "  changed: sickness %: 5.5 -> 6.1",
                   "  changed: sickness rows: 1 changed", "1 file: 1 imported"]
    with Register.open(small_path) as register, register.session() as session:
        entry = repo.audit_entries(session=session, limit=1)[0]
    assert (entry.user, entry.old, entry.new) == ("anna", "sickness %=5.5", "sickness %=6.1; sickness rows: 1 changed")
    assert run(["import", "--register", str(small_path), str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["a.xlsx: unchanged (A, 2025-12-31)", "1 file: 1 unchanged"]


def test_import_exit_1_when_a_file_has_errors(small_path, tmp_path, capsys):
    good = _template(small_path, tmp_path, "good.xlsx", "B")
    bad = _template(small_path, tmp_path, "bad.xlsx")
    set_cells(bad, {("Bezetting", "F25"): -1})
    capsys.readouterr()
    assert run(["import", "--register", str(small_path), str(good), str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "good.xlsx: unchanged (B, 2025-12-31)",
        "bad.xlsx: rejected (A, 2025-12-31), 1 error; nothing imported",
        "  error: Bezetting!F25: persons = -1: must not be negative [GZ, Vrouwen, 35-44]",
        "2 files: 1 unchanged, 1 rejected",
    ]


def test_warnings_need_accept_warnings(small_path, tmp_path, capsys):
    path = _template(small_path, tmp_path)
    set_cells(path, {("Bezetting", "M25"): 9, ("Formatie en vacatures", "C13"): 12.2})  # 1.5 fte per person
    with Register.open(small_path) as register:
        before = dump(register)
    capsys.readouterr()
    assert run(["import", "--register", str(small_path), str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "a.xlsx: needs confirmation (A, 2025-12-31), 1 warning to confirm; nothing imported"
    assert out[1].startswith("  warning: Bezetting!M25: fte = 9: fte per person is 1.50")
    assert out[-1] == "Check the warnings; if the figures are right, import again with --accept-warnings."
    with Register.open(small_path) as register:
        assert dump(register) == before
    assert run(["import", "--register", str(small_path), "--accept-warnings", str(path)]) == 0


def test_json_report_and_dry_run(small_path, tmp_path, capsys):
    path = _template(small_path, tmp_path)
    set_cells(path, {("Verzuim", "B7"): "zes"})
    capsys.readouterr()
    assert run(["import", "--register", str(small_path), "--dry-run", "--format", "json", str(path)]) == 1
    [report] = json.loads(capsys.readouterr().out)
    assert report["status"] == "rejected" and report["reference_date"] == ROUND.isoformat()
    assert report["problems"] == [{"sheet": "Verzuim", "cell": "B7", "field": "percentage", "value": "zes",
                                   "rule": "must be a number", "severity": "error", "context": ""}]
    set_cells(path, {("Verzuim", "B7"): 6})
    with Register.open(small_path) as register:
        before = dump(register)
    assert run(["import", "--register", str(small_path), "--dry-run", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "a.xlsx: checked (A, 2025-12-31)"
    with Register.open(small_path) as register:
        assert dump(register) == before


def test_an_import_that_changes_figures_is_backed_up_first(small_path, tmp_path, capsys):
    from hrplanner.services import backups

    path = _template(small_path, tmp_path)
    before = len(backups.list_backups(small_path))
    # unchanged: no backup needed
    assert run(["import", "--register", str(small_path), str(path)]) == 0
    assert len(backups.list_backups(small_path)) == before
    set_cells(path, {("Verzuim", "B7"): 7.5})
    assert run(["import", "--register", str(small_path), str(path)]) == 0
    made = backups.list_backups(small_path)
    assert len(made) == before + 1 and made[0].reason == "import"
    # the backup holds the figures as they were before the import: sickness 5.5 for A
    with Register.open(made[0].path, read_only=True) as old:
        data = old.round_data(old.round(ROUND))
    assert {s.organisation: s.percentage for s in data.sickness}["A"] == 5.5


def test_import_is_refused_while_someone_else_edits_the_register(small_path, tmp_path, capsys):
    from hrplanner.services.locking import acquire_writer

    path = _template(small_path, tmp_path)
    set_cells(path, {("Verzuim", "B7"): 9.0})
    with Register.open(small_path) as register:
        before = dump(register)
    lock = acquire_writer(small_path)
    try:
        capsys.readouterr()
        assert run(["import", "--register", str(small_path), str(path)]) == 2
        err = capsys.readouterr().err
        assert "nothing imported" in err and len(err.strip().splitlines()) == 1
    finally:
        lock.release()
    with Register.open(small_path) as register:
        assert dump(register) == before
