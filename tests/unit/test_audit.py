"""The audit log: filters by entity, user, text and local calendar days; CSV export that a spreadsheet
cannot turn into formulas; the ``audit`` command."""

from __future__ import annotations

import csv
import io
import shutil
import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from hrplanner.cli import run
from hrplanner.db.models import AuditEntry
from hrplanner.services import audit
from hrplanner.services.audit import AuditFilter
from hrplanner.services.register import Register

ENTRIES = [  # at (UTC), user, action, entity, key, old, new, source
    (datetime(2025, 3, 1, 10, 0), "anna", "edit", "staffing", "Alfa/PM/25-34", "12", "14", "form"),
    (datetime(2025, 3, 1, 23, 30), "Bert", "edit", "establishment", "Alfa/PM", "3", "4", "form"),
    (datetime(2025, 3, 2, 9, 15), "anna", "import", "staffing", "Beta", "", "40 rows", "beta_2025.xlsx"),
    (datetime(2025, 3, 5, 12, 0), "bert", "edit", "flow", "Beta/JGP/out/region", "100%", "=HYPERLINK(\"x\")", "paste"),
]


@pytest.fixture
def amsterdam(monkeypatch):
    """Local time is Amsterdam (UTC+1 in March) for the date filters."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def register(tmp_path):
    with Register.create(tmp_path / "audit.hrplan", region="Test") as register:
        with register.transaction() as session:
            for at, user, action, entity, key, old, new, source in ENTRIES:
                session.add(AuditEntry(at=at.replace(tzinfo=timezone.utc), user=user, action=action, entity=entity,
                                       key=key, old=old, new=new, source=source))
        yield register


def keys(rows):
    return [r.key for r in rows]


def test_newest_first_with_utc_times(register):
    rows = audit.query(register)
    assert keys(rows) == ["Beta/JGP/out/region", "Beta", "Alfa/PM", "Alfa/PM/25-34"]
    assert rows[0].at == datetime(2025, 3, 5, 12, 0, tzinfo=timezone.utc)
    assert keys(audit.query(register, limit=2)) == ["Beta/JGP/out/region", "Beta"]


def test_filters(register):
    assert keys(audit.query(register, AuditFilter(entity="staffing"))) == ["Beta", "Alfa/PM/25-34"]
    assert keys(audit.query(register, AuditFilter(user="BERT"))) == ["Beta/JGP/out/region", "Alfa/PM"]
    assert keys(audit.query(register, AuditFilter(action="import"))) == ["Beta"]
    assert keys(audit.query(register, AuditFilter(text="xlsx"))) == ["Beta"]
    assert keys(audit.query(register, AuditFilter(text="alfa/pm"))) == ["Alfa/PM", "Alfa/PM/25-34"]
    assert keys(audit.query(register, AuditFilter(text="%"))) == ["Beta/JGP/out/region"]  # a literal %
    assert keys(audit.query(register, AuditFilter(text="_"))) == ["Beta"]  # a literal _ (beta_2025.xlsx)
    assert keys(audit.query(register, AuditFilter(entity="staffing", user="anna", text="14"))) == ["Alfa/PM/25-34"]
    assert audit.distinct_values(register, "user") == ["Bert", "anna", "bert"]
    assert audit.distinct_values(register, "entity") == ["establishment", "flow", "staffing"]


def test_dates_are_local_calendar_days(register, amsterdam):
    # 2025-03-01 23:30 UTC is 2025-03-02 00:30 in Amsterdam
    assert keys(audit.query(register, AuditFilter(until=date(2025, 3, 1)))) == ["Alfa/PM/25-34"]
    assert keys(audit.query(register, AuditFilter(since=date(2025, 3, 2), until=date(2025, 3, 2)))) == ["Beta", "Alfa/PM"]
    assert keys(audit.query(register, AuditFilter(since=date(2025, 3, 3)))) == ["Beta/JGP/out/region"]
    assert audit.query(register)[2].cells()[0] == "2025-03-02 00:30:00"


def test_csv_export_neutralises_formulas(register, tmp_path, amsterdam):
    target = tmp_path / "audit.csv"
    assert audit.write_csv(audit.query(register), target) == 4
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == list(audit.CSV_HEADER)
    assert rows[1] == ["2025-03-05 13:00:00", "bert", "edit", "flow", "Beta/JGP/out/region", "100%",
                       "'=HYPERLINK(\"x\")", "paste"]
    assert rows[4][5:7] == ["12", "14"]


def test_audit_command(register, capsys):
    path = str(register.path)
    assert run(["audit", "--register", path, "--entity", "staffing", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(audit.CSV_HEADER) and len(lines) == 3
    assert run(["audit", "--register", path, "--user", "anna", "--since", "2025-03-02"]) == 0
    out = capsys.readouterr().out
    assert "beta_2025.xlsx" in out and "Alfa/PM/25-34" not in out
    assert run(["audit", "--register", path, "--text", "nothing like this"]) == 0
    assert capsys.readouterr().out.strip() == "No audit entries match."
    assert run(["audit", "--register", path, "--since", "2025-03-05", "--until", "2025-03-01"]) == 2
    assert "is after --until" in capsys.readouterr().err


def test_a_first_schema_register_has_no_log_yet(tmp_path, capsys):
    path = tmp_path / "old.hrplan"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "registers" / "schema_0001.hrplan", path)
    assert run(["audit", "--register", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "No audit entries match."
