"""One rounding rule (issue 12, item 2): half up on the decimal value, binary noise removed, and the
same figure reads the same in the app's formatting, every command and the workbook."""

from __future__ import annotations

import json
import math
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from hrplanner.cli import run
from hrplanner.db import repositories as repo
from hrplanner.domain.records import OrganisationRecord, RoundData, StaffingRecord
from hrplanner.domain.rounding import fixed, round_half_up, rounded, signed
from hrplanner.services.register import Register


@pytest.mark.parametrize("value, digits, expected", [
    (524.25, 1, "524.3"),  # exactly representable: Python's round() gives 524.2 (half to even)
    (28.35, 1, "28.4"),
    (9.45 + 9.45 + 9.45, 1, "28.4"),  # stored as 28.349999999999998: noise, not a value below the half
    (524.2499999999999, 1, "524.3"),
    (2.5, 0, "3"),  # round() gives 2
    (0.125, 2, "0.13"),
    (-1.25, 1, "-1.3"),  # halves away from zero
    (-0.04, 1, "0.0"),  # never "-0.0"
    (524.24, 1, "524.2"),
    (1e7 + 0.05, 1, "10000000.1"),
])
def test_round_half_up_on_the_decimal_value(value, digits, expected):
    assert round_half_up(value, digits) == Decimal(expected)
    assert str(round_half_up(value, digits)) == expected


def test_a_real_difference_below_the_half_is_kept():
    # 0.00000001 below the half is a figure, not binary noise (noise is ~1e-14 at this size)
    assert round_half_up(524.24999999, 1) == Decimal("524.2")


def test_helpers():
    assert rounded(None, 1) is None and rounded(math.nan, 1) is None
    assert rounded(28.349999999999998, 1) == 28.4
    assert fixed(1234.25, 1, thousands=",") == "1,234.3" and fixed(1234.25, 1) == "1234.3"
    assert fixed(1.325, 2) == "1.33"  # f"{1.325:.2f}" gives 1.32: the float is stored just below the half
    assert (signed(0.5, 2), signed(-1.25, 2), signed(-0.001, 2), signed(50.0, 0)) == ("+0.50", "-1.25", "0.00", "+50")
    with pytest.raises(ValueError):
        round_half_up(math.inf, 1)


# --- the same figure everywhere --------------------------------------------------------------------------

#: Organisation A's PM fte is 3 x 9.45 = 28.349999999999998 in floating point (28.35 on paper);
#: the region's PM fte is 28.35 + 2 x 247.95 = 524.25 on paper.
A_FTE, REGION_FTE = "28.4", "524.3"


@pytest.fixture(scope="module")
def register_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("rounding") / "r.hrplan"
    register = Register.create(path, region="Testregio")
    data = RoundData(date(2025, 12, 31), "2025")
    data.staffing = [StaffingRecord("A", "PM", band, "women", 11, 9.45) for band in ("25-34", "35-44", "45-54")]
    data.staffing += [StaffingRecord(org, "PM", "35-44", "women", 300, 247.95) for org in ("B", "C")]
    with register.transaction() as session:
        for org in ("A", "B", "C"):
            repo.add_organisation(OrganisationRecord(org, "provider", "Enschede"), session=session)
        round_ = repo.add_round(data.reference_date, data.label, session=session)
        repo.insert_figures(data, round_.id, session=session)
    register.close()
    assert sum(s.fte for s in data.staffing) != 524.25 or sum(s.fte for s in data.staffing[:3]) != 28.35
    return path


def _out(capsys, *argv) -> str:
    assert run(list(argv)) == 0
    return capsys.readouterr().out


def test_app_formatting():
    from hrplanner.ui import format as fmt

    fmt.set_language("nl")
    assert fmt.fmt_number(9.45 * 3, 1) == "28,4"
    assert fmt.fmt_number(247.95 * 2 + 9.45 * 3, 1) == "524,3"
    fmt.set_language("en")
    assert fmt.fmt_number(247.95 * 2 + 9.45 * 3, 1) == "524.3"
    fmt.set_language("nl")


def test_summary_command(capsys, register_path):
    # the full view: this two-organisation register is hidden whole in the shared view
    out = _out(capsys, "summary", "--register", str(register_path), "--full")
    assert REGION_FTE in out and "524.2 " not in out


def test_project_command(capsys, register_path):
    out = _out(capsys, "project", "--register", str(register_path), "--full")
    base_row = next(line for line in out.splitlines() if line.strip().startswith("2025"))
    assert base_row.split()[2] == REGION_FTE  # year, supply persons, supply fte, ...
    csv_out = _out(capsys, "project", "--register", str(register_path), "--format", "csv", "--full")
    assert csv_out.splitlines()[1].split(",")[3] == "524.25"  # two decimals in CSV
    payload = json.loads(_out(capsys, "project", "--register", str(register_path), "--format", "json", "--full"))
    assert payload[0]["supply_fte"][0] == 524.25


def test_plan_command(capsys, register_path):
    out = _out(capsys, "plan", "--register", str(register_path), "--rule", "fte", "--full")
    row_a = next(line for line in out.splitlines() if line.startswith("A "))
    assert row_a.split()[1] == A_FTE
    csv_out = _out(capsys, "plan", "--register", str(register_path), "--rule", "fte", "--format", "csv", "--full")
    assert "28.35" in csv_out and "28.349999" not in csv_out


def test_workbook(capsys, register_path, tmp_path):
    out = tmp_path / "w.xlsx"
    # rules that hide nothing in this small register (threshold 1, one contributor, no dominance)
    assert run(["export", "--register", str(register_path), "--threshold", "1", "--min-contributors", "1",
                "--dominance", "100", str(out)]) == 0
    values = [c.value for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows() for c in row
              if isinstance(c.value, float)]
    # the supply fte of the base year is stored as shown, 524.3, never 524.2 or with noise
    assert 524.3 in values
    assert not any(abs(v - 524.25) < 0.01 and v != 524.3 for v in values)
