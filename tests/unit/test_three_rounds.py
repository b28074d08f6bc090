"""Figures that compare a round with the one before it, on three consecutive rounds (issue 12, item 5):
with two rounds, "the previous round" and "the first round" are the same and a mix-up goes unnoticed.
Figures of the three-round register (tests.unit.helpers.THREE_ROUNDS), worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.services.coordination import coordination_figures
from hrplanner.services.export.content import gather
from hrplanner.services.summary import summarise
from tests.unit.helpers import three_round_register

R2023, R2024, R2025 = date(2023, 12, 31), date(2024, 12, 31), date(2025, 12, 31)


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    register = three_round_register(tmp_path_factory.mktemp("three") / "three.hrplan")
    yield register
    register.close()


def test_the_rounds_are_consistent_stock_and_flow(register):
    rounds = [register.round_data(r) for r in register.rounds()]
    for before, now in zip(rounds, rounds[1:]):
        for org in ("A", "B"):
            persons = lambda d: sum(s.persons for s in d.staffing if (s.organisation, s.occupation) == (org, "PM"))  # noqa: E731
            flows = {f.direction: f.persons for f in now.flows if (f.organisation, f.occupation) == (org, "PM")}
            assert persons(now) == persons(before) + flows["in"] - flows["out"]


def test_summary_compares_with_the_round_just_before(register):
    summary = summarise(register, R2025)
    assert summary.previous_date == R2024
    # PM 2024: open 3.2 + 1.6 = 4.8 fte over 115.2 filled + 4.8 open = 0.04 (2023 had no vacancies)
    assert summary.previous_occupations["PM"].vacancy_rate == pytest.approx(4.8 / 120)
    assert summarise(register, R2024).previous_date == R2023


def test_coordination_trend_is_against_the_round_just_before(register):
    pm = coordination_figures(register, R2025).figures.by_occupation["PM"]
    # vacancy rate 2025: (1.6 + 2.4) / (110.4 + 4.0); 2024: 4.8 / 120
    assert pm.trend("vacancy_rate") == pytest.approx(4.0 / 114.4 - 4.8 / 120)
    # turnover: 15 leavers over the average persons; 2025: (144 + 138) / 2, 2024: (150 + 144) / 2
    assert pm.trend("turnover") == pytest.approx(15 / 141 - 15 / 147)


def test_the_workbook_vacancy_trend_lists_every_round_in_order(register):
    from hrplanner.domain.disclosure import Rules

    content = gather(register, None, R2025, Rules.checked(1, 1, 2, 100), "nl")
    assert [r.reference_date for r in content.vacancy_trend] == [R2023, R2024, R2025]
    assert [r.open_positions.get("PM", 0) for r in content.vacancy_trend] == [0, 2 + 1, 1 + 3]
    assert [r.open_positions.get("GZ", 0) for r in content.vacancy_trend] == [0, 0, 1]
    older = gather(register, None, R2024, Rules.checked(1, 1, 2, 100), "nl")
    assert [r.reference_date for r in older.vacancy_trend] == [R2023, R2024]
