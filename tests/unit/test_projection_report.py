"""report.py (plain-text table and long CSV) and the speed of a whole region."""

from __future__ import annotations

import csv
import io

import pytest

from hrplanner.domain.projection import format_csv, format_table, from_flat, project, project_many
from hrplanner.domain.projection.examples import gz_psycholoog, synthetic_region


def test_format_csv_long_format():
    results = project_many(synthetic_region(3))
    text = format_csv(results)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["occupation", "year", "supply_persons", "supply_fte", "demand_fte",
                       "gap_fte", "gap_persons"]
    assert len(rows) == 1 + 3 * 21
    assert rows[1][1] == "2025"
    r = results[0]
    assert float(rows[21][3]) == pytest.approx(r.supply_fte[20], abs=0.005)
    with_variant = list(csv.reader(io.StringIO(format_csv(results[0], include_variant=True))))
    assert with_variant[0][1] == "variant" and with_variant[1][1] == "middle"


def test_format_table():
    r = project(gz_psycholoog())
    text = format_table(r, step=5)
    assert text.startswith("GZ-psycholoog (middle variant)")
    assert "2045" in text and "2030" in text and "2026" not in text
    assert "Intake advice 2043: 31.5 per year (now 60.0)" in text
    unreachable = project(from_flat(gz_psycholoog(), {"years.adjustment": 2042}))
    assert "not reachable by training before 2043" in format_table(unreachable)
    assert format_table([]) == ""
