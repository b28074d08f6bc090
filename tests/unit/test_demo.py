"""The demo region: reproducible, in the ranges of FACTS.md, internally consistent, consecutive rounds one
stock-flow history, at the default size and at the region's real size (300 organisations, 10 rounds)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from hrplanner.cli import run
from hrplanner.domain import reference as ref
from hrplanner.domain.demo import DEMO_ROUNDS, generate_demo
from hrplanner.domain.figures import by_pair, key_figures, region_figures
from hrplanner.services.check import ERROR, WARNING, check_register

MID_AGE = {"<25": 21.5, "25-34": 29.5, "35-44": 39.5, "45-54": 49.5, "55-59": 57, "60-64": 62, "65+": 66}


@pytest.fixture(scope="module")
def demo():
    return generate_demo()


@pytest.fixture(scope="module")
def large():
    """The region at its real size: 300 organisations, 10 yearly rounds."""
    return generate_demo(organisations=300, rounds=10)


def _mean_age(data) -> float:
    return sum(MID_AGE[s.age_band] * s.persons for s in data.staffing) / sum(s.persons for s in data.staffing)


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
    assert list(DEMO_ROUNDS) == [date(2024, 12, 31), date(2025, 12, 31)]
    assert [r.closed for r in demo.rounds] == [True, False]


def test_default_region_has_22_organisations_of_three_kinds(demo):
    kinds = Counter(o.kind for o in demo.organisations)
    assert kinds == {"provider": 16, "certified_institution": 2, "access_team": 4}


def test_large_region_sizes_kinds_and_yearly_rounds(large):
    assert len(large.organisations) == 300
    assert len({o.name for o in large.organisations}) == 300
    kinds = Counter(o.kind for o in large.organisations)
    assert kinds["access_team"] == 14 and kinds["certified_institution"] == 3 and kinds["provider"] == 283
    assert {o.municipality for o in large.organisations} == set(ref.MUNICIPALITIES)
    # one round a year, the latest on 2025-12-31; only the latest is open
    assert [r.reference_date for r in large.rounds] == [date(y, 12, 31) for y in range(2016, 2026)]
    assert [r.closed for r in large.rounds] == [True] * 9 + [False]
    # most providers are small (family homes, small practices): the median organisation is small
    sizes = sorted(Counter(s.organisation for s in large.rounds[-1].staffing for _ in range(s.persons)).values())
    assert sizes[len(sizes) // 2] <= 15 and sizes[-1] >= 100


def test_size_bounds_are_checked():
    with pytest.raises(ValueError, match="organisations"):
        generate_demo(organisations=2)
    with pytest.raises(ValueError, match="rounds"):
        generate_demo(rounds=0)


def test_consecutive_rounds_are_one_stock_flow_history(large):
    """Per organisation and occupation: persons = previous persons + joiners - leavers, every round."""
    for before, after in zip(large.rounds, large.rounds[1:]):
        persons_before, persons_after, joiners, leavers = Counter(), Counter(), Counter(), Counter()
        for s in before.staffing:
            persons_before[(s.organisation, s.occupation)] += s.persons
        for s in after.staffing:
            persons_after[(s.organisation, s.occupation)] += s.persons
        for fl in after.flows:
            (joiners if fl.direction == "in" else leavers)[(fl.organisation, fl.occupation)] += fl.persons
        pairs = set(persons_before) | set(persons_after)
        assert len(pairs) > 1000
        for pair in pairs:
            assert persons_after[pair] == persons_before[pair] + joiners[pair] - leavers[pair], pair


def test_people_age_one_band_at_most_per_round(large):
    """Persons in a band were in that band or the one below a year ago, or joined in the year: per pair,
    band[k] now <= band[k] + band[k-1] a round earlier + joiners. Redrawing the age bands each round
    breaks this for many pairs; ageing the stock never does. Over nine rounds the region grows older
    only through the stock it keeps: the 55+ share moves by less than 3 points a round."""
    bands = ref.AGE_BANDS
    for before, after in zip(large.rounds, large.rounds[1:]):
        old, new, joiners = Counter(), Counter(), Counter()
        for s in before.staffing:
            old[(s.organisation, s.occupation, s.age_band)] += s.persons
        for s in after.staffing:
            new[(s.organisation, s.occupation, s.age_band)] += s.persons
        for fl in after.flows:
            if fl.direction == "in":
                joiners[(fl.organisation, fl.occupation)] += fl.persons
        for (org, occ, band), persons in new.items():
            k = bands.index(band)
            came_from = old[(org, occ, band)] + (old[(org, occ, bands[k - 1])] if k else 0)
            assert persons <= came_from + joiners[(org, occ)], (org, occ, band)
        share_before = sum(v for (_, _, b), v in old.items() if b in ref.AGE_BANDS_55_PLUS) / sum(old.values())
        share_after = sum(v for (_, _, b), v in new.items() if b in ref.AGE_BANDS_55_PLUS) / sum(new.values())
        assert abs(share_after - share_before) < 0.03


def test_the_age_profile_holds_over_ten_rounds(large):
    """Ageing the stock with younger joiners keeps the profile: the under-35 share of the last round is
    within 2 points of the first round's, and the mean age stays between 38 and 42 in every round."""
    young = ("<25", "25-34")

    def young_share(data) -> float:
        return sum(s.persons for s in data.staffing if s.age_band in young) / sum(s.persons for s in data.staffing)

    assert 0.33 <= young_share(large.rounds[0]) <= 0.45
    assert abs(young_share(large.rounds[-1]) - young_share(large.rounds[0])) < 0.02
    assert all(38 <= _mean_age(data) <= 42 for data in large.rounds)


@pytest.mark.parametrize("index", [0, 4, 9])
def test_large_region_keeps_the_realism_every_round(large, index):
    data = large.rounds[index]
    previous = large.rounds[index - 1] if index else None
    f = region_figures(data, previous)
    assert 4000 <= f.persons <= 8000  # 300 organisations, most of them small
    assert 0.74 <= f.fte / f.persons <= 0.84
    women = sum(s.persons for s in data.staffing if s.sex == "women")
    assert 0.77 <= women / f.persons <= 0.85
    assert 38 <= _mean_age(data) <= 42
    assert 0.03 <= f.open_fte / f.fte <= 0.05
    assert 0 < f.open_long < f.open_positions
    assert 0.11 <= f.leavers / f.persons <= 0.15
    assert 0 < f.joiners_from_region < f.joiners
    sickness = [s.percentage for s in data.sickness]
    assert len(sickness) == 300 and 5.0 <= sum(sickness) / len(sickness) <= 7.5  # about 6.3 %


def test_every_pair_keeps_its_own_fte_per_person(large):
    """fte per person of a pair drifts slowly (no jump of more than 0.15 between rounds for pairs of 5+)."""
    for before, after in zip(large.rounds, large.rounds[1:]):
        old, new = key_figures(before, None, by_pair), key_figures(after, None, by_pair)
        for key, f in new.items():
            if f.persons >= 5 and old.get(key) and old[key].persons >= 5:
                assert abs(f.fte / f.persons - old[key].fte / old[key].persons) <= 0.15, key


def test_establishment_equals_filled_plus_vacant(demo, large):
    for data in [*demo.rounds, *large.rounds]:
        filled = Counter()
        for s in data.staffing:
            filled[(s.organisation, s.occupation)] += s.fte
        for e in data.establishment:
            assert e.budgeted_fte == pytest.approx(filled[(e.organisation, e.occupation)] + e.open_fte, abs=0.006)
            assert e.open_long <= e.open_positions


def test_movement_inside_the_region_balances_per_occupation(demo, large):
    for data in [*demo.rounds, *large.rounds]:
        moved = Counter()
        for fl in data.flows:
            if fl.category == "region":
                moved[fl.occupation] += fl.persons if fl.direction == "in" else -fl.persons
        assert set(moved.values()) <= {0}


def test_trainees_follow_the_occupation_route(demo, large):
    for data in [*demo.rounds, *large.rounds]:
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


def test_demo_command_writes_a_larger_region_that_passes_the_check(tmp_path, capsys):
    """--organisations and --rounds: the register has that many of each, and `check` finds no error and
    no warning in any round (the validation rules of every entry path hold for generated figures)."""
    path = tmp_path / "larger.hrplan"
    assert run(["demo", str(path), "--organisations", "40", "--rounds", "4"]) == 0
    assert "40 organisations, 4 rounds" in capsys.readouterr().out
    report = check_register(path)
    assert report.rounds == ["2022-12-31", "2023-12-31", "2024-12-31", "2025-12-31"]
    assert [f.message for f in report.findings if f.severity in (ERROR, WARNING)] == []
    assert run(["summary", "--register", str(path), "--format", "json", "--round", "2023-12-31"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["previous_date"] == "2022-12-31"


@pytest.mark.parametrize("option, value, message", [
    ("--organisations", "2", "--organisations: must be a whole number from 3 to 1000, not 2"),
    ("--organisations", "many", "--organisations: 'many' is not a whole number"),
    ("--rounds", "0", "--rounds: must be a whole number from 1 to 30, not 0"),
    ("--rounds", "31", "--rounds: must be a whole number from 1 to 30, not 31"),
])
def test_demo_command_rejects_sizes_out_of_bounds_in_one_line(tmp_path, capsys, option, value, message):
    path = tmp_path / "x.hrplan"
    with pytest.raises(SystemExit) as exit_:
        run(["demo", str(path), option, value])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not path.exists()
