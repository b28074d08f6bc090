"""The check command: file integrity, references, the establishment identity, the validation rules over
stored figures and suspicious changes against the previous round; exit 1 on errors only."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from hrplanner.cli import run
from hrplanner.db import repositories as repo
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    OrganisationRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
)
from hrplanner.services.check import ERROR, NOTICE, WARNING, check_register
from hrplanner.services.register import Register

R1, R2 = date(2024, 12, 31), date(2025, 12, 31)


def staffing(org, occ, persons, fte, band="25-34"):
    return StaffingRecord(org, occ, band, "women", persons, fte)


def establishment(org, occ, budget, open_positions, open_fte, open_long=0):
    return EstablishmentRecord(org, occ, budget, open_positions, open_fte, open_long)


def first_round() -> RoundData:
    data = RoundData(R1, "2024", closed=True)
    data.staffing = [
        staffing("Alfa", "PM", 20, 16.0), staffing("Alfa", "JGP", 10, 8.0), staffing("Alfa", "SW", 20, 16.0),
        staffing("Beta", "PM", 4, 3.2), staffing("Beta", "JGP", 100, 80.0), staffing("Beta", "GZ", 8, 6.4),
    ]
    data.establishment = [
        establishment("Alfa", "PM", 17.0, 1, 1.0),  # 16.0 + 1.0 = 17.0
        establishment("Alfa", "JGP", 9.0, 1, 1.0),
        establishment("Beta", "PM", 3.2, 0, 0.0),
        establishment("Beta", "JGP", 82.0, 2, 2.0),
    ]
    return data


def second_round() -> RoundData:
    data = RoundData(R2, "2025")
    data.staffing = [
        staffing("Alfa", "PM", 30, 24.0),  # 20 -> 30: +10 persons, +50%: suspicious
        staffing("Alfa", "JGP", 10, 13.0),  # 1.3 fte per person: warning; 0.8 -> 1.3: suspicious
        staffing("Alfa", "SW", 26, 20.8),  # 20 -> 26: +6 persons but exactly +30%: not suspicious
        staffing("Beta", "PM", 6, 4.8, "<25"), staffing("Beta", "PM", 4, 3.2, "35-44"),  # 4 -> 10: suspicious
        staffing("Beta", "JGP", 107, 85.6),  # +7 persons, +7%: not suspicious
        # Beta GZ (8 persons last round) is missing: suspicious
    ]
    data.establishment = [
        establishment("Alfa", "PM", 26.0, 3, 1.5),  # 24.0 + 1.5 = 25.5: difference +0.50 (error)
        establishment("Alfa", "JGP", 14.0, 1, 1.0),  # 13.0 + 1.0 = 14.0
        establishment("Alfa", "SW", 20.805, 0, 0.0),  # difference 0.005 is within the 0.011 tolerance
        establishment("Beta", "PM", 8.5, 0, 0.5),  # open fte without open positions (error); 8.0 + 0.5 = 8.5
        establishment("Beta", "JGP", 93.6, 6, 8.0),  # vacancies 2 -> 6: x3 and +4: suspicious
    ]
    data.flows = [
        FlowRecord("Alfa", "PM", "in", "education", 12), FlowRecord("Alfa", "PM", "out", "other_sector", 3),
        FlowRecord("Alfa", "JGP", "in", "region", 2), FlowRecord("Alfa", "JGP", "out", "region", 15),  # 15 > 10 + 2
    ]
    data.sickness = [SicknessRecord("Alfa", 6.5), SicknessRecord("Beta", 4.0)]
    return data


def build(path: Path, rounds: list[RoundData]) -> Path:
    with Register.create(path, region="Testregio") as register, register.transaction() as session:
        for name in ("Alfa", "Beta"):
            repo.add_organisation(OrganisationRecord(name, "provider", "Enschede"), session=session)
        for data in rounds:
            round_ = repo.add_round(data.reference_date, data.label, session=session, closed=data.closed)
            repo.insert_figures(data, round_.id, session=session)
    return path


@pytest.fixture
def register_path(tmp_path) -> Path:
    return build(tmp_path / "test.hrplan", [first_round(), second_round()])


def found(report, severity):
    return sorted((f.round, f.organisation, f.occupation, f.message) for f in report.findings if f.severity == severity)


def test_errors_warnings_and_suspicious_figures_are_each_found(register_path):
    report = check_register(register_path)
    assert report.rounds == ["2024-12-31", "2025-12-31"] and report.region == "Testregio"
    r2 = "2025-12-31"
    assert found(report, ERROR) == sorted([
        (r2, "Alfa", "JGP", "leavers = 15: leavers (15) cannot exceed persons at the start of the period (10) "
                            "plus joiners (2)"),
        (r2, "Beta", "PM", "open_fte = 0.5: open fte must be 0 when there are no open vacancies"),
    ])
    # an establishment that is not filled + vacant fte is a warning, as at every entry path (issue 12)
    assert [f.section for f in report.findings if f.severity == WARNING and f.occupation == "PM" and
            f.organisation == "Alfa"] == ["identity"]
    fte_per_person, identity = found(report, WARNING)  # sorted: JGP before PM
    assert identity == (r2, "Alfa", "PM", "establishment 26.00 fte is not filled 24.00 + vacant 1.50 = 25.50 fte "
                                          "(difference +0.50 fte)")
    assert fte_per_person[:3] == (r2, "Alfa", "JGP") and "fte per person is 1.30" in fte_per_person[3]
    assert found(report, NOTICE) == sorted([
        (r2, "Alfa", "PM", "persons went from 20 to 30 (+50%) since 2024-12-31"),
        (r2, "Alfa", "JGP", "fte per person went from 0.80 to 1.30 since 2024-12-31"),
        (r2, "Beta", "PM", "persons went from 4 to 10 (+150%) since 2024-12-31"),
        (r2, "Beta", "JGP", "open vacancies went from 2 to 6 since 2024-12-31"),
        (r2, "Beta", "GZ", "no staffing figures, where 2024-12-31 had 8 persons"),
    ])
    assert not report.ok


def test_one_round_only(register_path):
    report = check_register(register_path, R1)
    assert report.findings == [] and report.ok


def test_nothing_is_corrected(register_path):
    before = hashlib.sha256(register_path.read_bytes()).hexdigest()
    check_register(register_path)
    assert hashlib.sha256(register_path.read_bytes()).hexdigest() == before


def test_check_command_exit_codes_and_report(register_path, tmp_path, capsys):
    assert run(["check", "--register", str(register_path)]) == 1
    out = capsys.readouterr().out
    assert "Identity: establishment = filled fte + vacant fte: 1" in out
    assert "WARNING  2025-12-31  Alfa / PM: establishment 26.00 fte" in out
    assert "Result: FAILED: 2 error(s), 2 warning(s), 5 suspicious figure(s)" in out

    assert run(["check", "--register", str(register_path), "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert (payload["errors"], payload["warnings"], payload["suspicious"], payload["ok"]) == (2, 2, 5, False)

    # warnings and suspicious figures alone do not fail a check
    clean = build(tmp_path / "clean.hrplan", [first_round()])
    assert run(["check", "--register", str(clean)]) == 0
    assert "Result: passed: 0 error(s)" in capsys.readouterr().out
    only_warning = first_round()
    only_warning.staffing[0] = staffing("Alfa", "PM", 20, 0.5)  # 0.025 fte per person
    only_warning.establishment[0] = establishment("Alfa", "PM", 1.5, 1, 1.0)
    path = build(tmp_path / "warn.hrplan", [only_warning])
    assert run(["check", "--register", str(path)]) == 0
    assert "Result: passed: 0 error(s), 1 warning(s)" in capsys.readouterr().out


def exit_code(argv: list[str]) -> int:
    try:
        return run(argv)
    except SystemExit as exited:  # argparse's own errors
        return int(exited.code)


@pytest.mark.parametrize("argv, message", [
    (["--register", "{missing}"], "Register file not found"),
    (["--register", "{text}"], "not an hrplanner register"),
    (["--register", "{ok}", "--round", "2031-12-31"], "No round with reference date 2031-12-31"),
    (["--register", "{ok}", "--round", "31-12-2025"], "is not a date written as YYYY-MM-DD"),
    (["--register", "{ok}", "--format", "xml"], "invalid choice"),
    (["--round", "2025-12-31"], "the following arguments are required: --register"),
])
def test_check_command_bad_input_is_one_line_and_exit_2(register_path, tmp_path, capsys, argv, message):
    text = tmp_path / "notes.hrplan"
    text.write_text("not a register")
    names = {"missing": str(tmp_path / "missing.hrplan"), "text": str(text), "ok": str(register_path)}
    assert exit_code(["check", *(a.format(**names) for a in argv)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def _raw(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_figures_stored_by_another_tool_are_checked_against_the_rules(tmp_path):
    path = build(tmp_path / "raw.hrplan", [first_round()])
    _raw(path,
         # 2 open 3 months or longer of 1 open (the table's CHECK is bypassed here)
         "UPDATE establishment SET open_long = 2 WHERE budgeted_fte = 17.0",
         "INSERT INTO flow (organisation_id, occupation_id, round_id, direction, category, persons) "
         "SELECT 1, id, 1, 'in', 'mars', 3 FROM occupation WHERE code = 'PM'")
    report = check_register(path)
    messages = [f.message for f in report.findings if f.severity == ERROR]
    assert "open_long = 2: vacancies open 3 months or longer (2) cannot exceed open vacancies (1)" in messages
    assert any(m.startswith("category = 'mars': must be one of:") for m in messages)


def test_broken_references_are_reported_not_crashed_on(register_path, capsys):
    _raw(register_path, "INSERT INTO staffing (organisation_id, occupation_id, round_id, age_band, sex, persons, fte) "
                        "VALUES (999, 1, 1, '<25', 'women', 3, 2.4)")
    assert run(["check", "--register", str(register_path)]) == 1
    out = capsys.readouterr().out
    assert "staffing row" in out and "refers to a organisation that does not exist" in out
    assert "the figures cannot be checked until this is repaired" in out


def test_a_damaged_file_fails_the_check(register_path, tmp_path, capsys):
    conn = sqlite3.connect(register_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_staffing_occupation_id'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(register_path.read_bytes())
    start = (root - 1) * page_size
    data[start: start + page_size] = b"\x0d" + b"\xff" * (page_size - 1)  # nonsense in an index page
    register_path.write_bytes(bytes(data))
    assert run(["check", "--register", str(register_path)]) == 1
    out = capsys.readouterr().out
    assert "File integrity (PRAGMA integrity_check): ok" not in out
    assert "FAILED" in out


def test_an_older_schema_is_checked_as_it_is(tmp_path, capsys):
    fixture = Path(__file__).parents[1] / "data" / "registers" / "schema_0001.hrplan"
    path = tmp_path / "old.hrplan"
    shutil.copyfile(fixture, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert run(["check", "--register", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Schema: 0001 (current is" in out and "Rounds: 2023-12-31, 2024-12-31" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_demo_region_passes(demo_path):
    report = check_register(demo_path)
    assert report.count(ERROR) == 0 and report.count(WARNING) == 0
