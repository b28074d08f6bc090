"""The demo region: reproducible, in the ranges of FACTS.md, internally consistent."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from hrplanner.cli import run
from hrplanner.domain import reference as ref
from hrplanner.domain.demo import DEMO_ROUNDS, generate_demo
from hrplanner.domain.figures import region_figures

MID_AGE = {"<25": 21.5, "25-34": 29.5, "35-44": 39.5, "45-54": 49.5, "55-59": 57, "60-64": 62, "65+": 66}


@pytest.fixture(scope="module")
def demo():
    return generate_demo()


def test_same_seed_same_region_other_seed_other_region(demo):
    again = generate_demo()
    assert again.organisations == demo.organisations
    assert [r.staffing for r in again.rounds] == [r.staffing for r in demo.rounds]
    assert [r.flows for r in again.rounds] == [r.flows for r in demo.rounds]
    other = generate_demo(seed=7)
    assert [r.staffing for r in other.rounds] != [r.staffing for r in demo.rounds]


def test_organisations_of_several_kinds_spread_over_municipalities(demo):
    assert 20 <= len(demo.organisations) <= 30
    assert len({o.kind for o in demo.organisations}) >= 3
    assert len({o.municipality for o in demo.organisations}) >= 8
    assert all(o.municipality in ref.MUNICIPALITIES for o in demo.organisations)
    assert len({o.name for o in demo.organisations}) == len(demo.organisations)


def test_two_rounds_the_older_closed(demo):
    assert [r.reference_date for r in demo.rounds] == list(DEMO_ROUNDS)
    assert [r.closed for r in demo.rounds] == [True, False]


@pytest.mark.parametrize("index", [0, 1])
def test_region_in_the_ranges_of_the_facts(demo, index):
    data = demo.rounds[index]
    previous = demo.rounds[index - 1] if index else None
    f = region_figures(data, previous)
    assert 2000 <= f.persons <= 3000
    assert 0.74 <= f.fte / f.persons <= 0.84  # about 0.79 fte per person
    women = sum(s.persons for s in data.staffing if s.sex == "women")
    assert 0.77 <= women / f.persons <= 0.85  # about 81 % women
    mean_age = sum(MID_AGE[s.age_band] * s.persons for s in data.staffing) / f.persons
    assert 38 <= mean_age <= 42  # average age about 40
    assert 0.03 <= f.open_fte / f.fte <= 0.05  # open vacancies 3-5 % of fte
    assert 0 < f.open_long < f.open_positions
    assert 0.11 <= f.leavers / f.persons <= 0.15  # yearly outflow 11-15 %
    assert 0 < f.joiners_from_region < f.joiners  # part of the joiners come from the region


def test_establishment_equals_filled_plus_vacant(demo):
    for data in demo.rounds:
        filled = Counter()
        for s in data.staffing:
            filled[(s.organisation, s.occupation)] += s.fte
        for e in data.establishment:
            assert e.budgeted_fte == pytest.approx(filled[(e.organisation, e.occupation)] + e.open_fte, abs=0.006)
            assert e.open_long <= e.open_positions


def test_movement_inside_the_region_balances_per_occupation(demo):
    for data in demo.rounds:
        moved = Counter()
        for fl in data.flows:
            if fl.category == "region":
                moved[fl.occupation] += fl.persons if fl.direction == "in" else -fl.persons
        assert set(moved.values()) <= {0}


def test_trainees_follow_the_occupation_route(demo):
    for data in demo.rounds:
        assert data.training, "the demo trains people"
        for t in data.training:
            assert t.route == ref.OCCUPATION_BY_CODE[t.occupation].trainee_route
            assert t.in_training <= t.places
        assert all(t.occupation != "OP" for t in data.training)


def test_demo_command_and_summary_json(tmp_path, capsys):
    path = tmp_path / "x.hrplan"
    assert run(["demo", str(path)]) == 0
    assert "fictitious" in capsys.readouterr().out
    assert run(["summary", "--register", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["region"] == "Twente (demo)" and data["fictitious"] is True
    assert 2000 <= data["total"]["persons"] <= 3000
    assert 0.03 <= data["total"]["vacancy_rate"] <= 0.05
    assert 0.11 <= data["total"]["turnover"] <= 0.16
