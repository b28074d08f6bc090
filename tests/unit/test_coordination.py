"""Coordination figures, flows and training effort on a small register whose expected figures are
worked out by hand below; plus the movement-inside-the-region invariant."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrplanner.db import repositories as repo
from hrplanner.domain import coordination as co
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    OrganisationRecord,
    RoundData,
    StaffingRecord,
    TrainingRecord,
)
from hrplanner.services import coordination as service
from hrplanner.services.register import Register

PREVIOUS = date(2024, 12, 31)
CURRENT = date(2025, 12, 31)


def previous_round() -> RoundData:
    data = RoundData(PREVIOUS, "2024")
    data.staffing = [
        StaffingRecord("Alfa", "JGP", "25-34", "women", 14, 11.2),
        StaffingRecord("Alfa", "GZ", "35-44", "women", 5, 4.0),
        StaffingRecord("Beta", "JGP", "25-34", "women", 27, 21.6),
        StaffingRecord("Beta", "GZ", "25-34", "women", 4, 3.2),
        StaffingRecord("Gamma", "JGP", "35-44", "women", 7, 5.6),
    ]
    data.establishment = [
        EstablishmentRecord("Alfa", "JGP", 12.6, 2, 1.4, 0),
        EstablishmentRecord("Alfa", "GZ", 4.0, 0, 0.0, 0),
        EstablishmentRecord("Beta", "JGP", 23.6, 2, 2.0, 1),
        EstablishmentRecord("Beta", "GZ", 4.0, 1, 0.8, 0),
        EstablishmentRecord("Gamma", "JGP", 5.6, 0, 0.0, 0),
    ]
    data.training = [TrainingRecord("Alfa", "JGP", "hbo_wo_internship", 2, 1, 2, 1)]
    return data


def current_round() -> RoundData:
    """Round 2025-12-31 (see the test docstrings for the arithmetic)."""
    data = RoundData(CURRENT, "2025")
    data.staffing = [
        StaffingRecord("Alfa", "JGP", "25-34", "women", 10, 8.0),
        StaffingRecord("Alfa", "JGP", "55-59", "women", 4, 3.0),
        StaffingRecord("Alfa", "JGP", "60-64", "men", 2, 1.6),
        StaffingRecord("Alfa", "GZ", "35-44", "women", 5, 4.0),
        StaffingRecord("Beta", "JGP", "25-34", "women", 20, 16.0),
        StaffingRecord("Beta", "JGP", "45-54", "men", 5, 4.5),
        StaffingRecord("Beta", "JGP", "65+", "women", 1, 0.5),
        StaffingRecord("Beta", "GZ", "25-34", "women", 3, 2.4),
        StaffingRecord("Gamma", "JGP", "35-44", "women", 8, 6.4),
    ]
    data.establishment = [
        EstablishmentRecord("Alfa", "JGP", 15.0, 3, 2.4, 1),
        EstablishmentRecord("Alfa", "GZ", 5.0, 1, 1.0, 1),
        EstablishmentRecord("Beta", "JGP", 22.0, 2, 1.0, 0),
        EstablishmentRecord("Beta", "GZ", 2.4, 0, 0.0, 0),
        EstablishmentRecord("Gamma", "JGP", 7.0, 1, 0.6, 1),
    ]
    flows = {
        ("Alfa", "JGP", "in"): {"education": 2, "region": 3, "other_sector": 1},
        ("Alfa", "JGP", "out"): {"region": 1, "other_sector": 2, "retirement": 1},
        ("Beta", "JGP", "in"): {"education": 1, "region": 1, "youth_care_elsewhere": 1},
        ("Beta", "JGP", "out"): {"region": 3, "unknown": 1},
        ("Gamma", "JGP", "in"): {"region": 0, "reentry": 1},
        ("Alfa", "GZ", "in"): {"education": 1},
        ("Alfa", "GZ", "out"): {"retirement": 1},
        ("Beta", "GZ", "out"): {"youth_care_elsewhere": 1},
    }
    data.flows = [FlowRecord(org, occ, direction, category, n)
                  for (org, occ, direction), counts in flows.items() for category, n in counts.items()]
    data.training = [
        TrainingRecord("Alfa", "JGP", "hbo_wo_internship", 3, 2, 4, 2),
        TrainingRecord("Alfa", "GZ", "post_master", 1, 1, 1, 1),
        TrainingRecord("Beta", "JGP", "hbo_wo_internship", 1, 1, 1, 3),
    ]
    return data


def build_register(path: Path) -> Register:
    register = Register.create(path, region="Proefregio")
    with register.transaction() as session:
        for name, kind in (("Alfa", "provider"), ("Beta", "provider"), ("Gamma", "access_team")):
            repo.add_organisation(OrganisationRecord(name, kind, "Enschede"), session=session)
        for data in (previous_round(), current_round()):
            round_ = repo.add_round(data.reference_date, data.label, session=session)
            repo.insert_figures(data, round_.id, session=session)
    return register


@pytest.fixture
def register(tmp_path):
    with build_register(tmp_path / "proef.hrplan") as reg:
        yield reg


@pytest.fixture
def figures() -> co.CoordinationFigures:
    return co.coordination_figures(current_round(), previous_round())


# --- per occupation --------------------------------------------------------------------------------


def test_occupation_figures_worked_by_hand(figures):
    jgp = figures.by_occupation["JGP"]
    # persons 16 + 26 + 8 = 50; fte 12.6 + 21.0 + 6.4 = 40.0; open fte 2.4 + 1.0 + 0.6 = 4.0
    assert jgp.current.persons == 50
    assert jgp.current.fte == pytest.approx(40.0)
    assert jgp.value("vacancy_rate") == pytest.approx(4.0 / 44.0)
    # open positions 3 + 2 + 1 = 6, of which 1 + 0 + 1 open 3+ months
    assert jgp.value("long_open_share") == pytest.approx(2 / 6)
    # joiners 6 + 3 + 1 = 10, of whom 3 + 1 + 0 from the region
    assert jgp.value("circulation_share") == pytest.approx(4 / 10)
    # leavers 4 + 4 + 0 = 8 over the average of 48 (previous round) and 50 persons
    assert jgp.value("turnover") == pytest.approx(8 / 49)
    # 55+: Alfa 4 + 2, Beta 1 (65+); 60+: Alfa 2, Beta 1
    assert jgp.value("share_55_plus") == pytest.approx(7 / 50)
    assert jgp.value("share_60_plus") == pytest.approx(3 / 50)
    # tension: vacancy rate x (1 + long-open share) = 4/44 x 4/3 = 4/33
    assert jgp.tension == pytest.approx(4 / 33)
    assert jgp.tension_level == 4


def test_trend_is_current_minus_previous(figures):
    jgp = figures.by_occupation["JGP"]
    # previous: open fte 1.4 + 2.0 + 0 = 3.4 over fte 11.2 + 21.6 + 5.6 = 38.4
    assert jgp.value("vacancy_rate", previous=True) == pytest.approx(3.4 / 41.8)
    assert jgp.trend("vacancy_rate") == pytest.approx(4 / 44 - 3.4 / 41.8)
    # long open: now 2 of 6, then 1 of 4
    assert jgp.trend("long_open_share") == pytest.approx(2 / 6 - 1 / 4)
    # the previous round records no leavers: turnover 0 then (48 persons, so the ratio is known)
    assert jgp.value("turnover", previous=True) == 0.0
    assert jgp.trend("turnover") == pytest.approx(8 / 49)
    # circulation needs joiners: none recorded then, so no trend
    assert jgp.trend("circulation_share") is None
    gz = figures.by_occupation["GZ"]
    # GZ: now 1.0 open of 6.4 + 1.0; then 0.8 of 7.2 + 0.8
    assert gz.trend("vacancy_rate") == pytest.approx(1.0 / 7.4 - 0.8 / 8.0)
    assert figures.previous_date == PREVIOUS


def test_no_previous_round_means_no_trend():
    figures = co.coordination_figures(current_round())
    assert figures.previous_date is None
    assert figures.by_occupation["JGP"].trend("vacancy_rate") is None
    # without a previous round persons at the start are persons now - joiners + leavers: 50 - 10 + 8
    assert figures.by_occupation["JGP"].value("turnover") == pytest.approx(8 / ((48 + 50) / 2))


# --- per organisation and per pair -------------------------------------------------------------------


def test_organisation_and_pair_figures(figures):
    alfa = figures.by_organisation["Alfa"].current
    # Alfa: 16 + 5 persons, 12.6 + 4.0 fte, open 2.4 + 1.0 fte
    assert (alfa.persons, alfa.fte) == (21, pytest.approx(16.6))
    assert alfa.vacancy_rate == pytest.approx(3.4 / 20.0)
    pair = figures.by_pair[("Alfa", "JGP")]
    # 2.4 / (12.6 + 2.4) = 0.16; long-open 1 of 3: tension 0.16 x 4/3
    assert pair.value("vacancy_rate") == pytest.approx(0.16)
    assert pair.tension == pytest.approx(0.16 * 4 / 3)
    assert pair.value("share_55_plus") == pytest.approx(6 / 16)
    assert figures.by_pair[("Beta", "JGP")].tension == pytest.approx(1.0 / 22.0)
    assert figures.by_pair[("Beta", "JGP")].tension_level == 2  # 0.045: from 0.04 to under 0.07
    # Gamma 0.6 / 7.0, the one vacancy open long: x 2
    assert figures.by_pair[("Gamma", "JGP")].tension == pytest.approx(0.6 / 7.0 * 2)
    # Beta GZ: no vacancies, tension 0 (not None: there is fte)
    assert figures.by_pair[("Beta", "GZ")].tension == 0.0
    assert ("Gamma", "GZ") not in figures.by_pair


def test_tension_levels_at_the_band_edges():
    assert co.tension_level(None) is None
    assert [co.tension_level(v) for v in (0.0, 0.0199, 0.02, 0.0399, 0.04, 0.07, 0.0999, 0.10, 0.5)] == \
        [0, 0, 1, 1, 2, 3, 3, 4, 4]


def test_persons_matrix(figures):
    matrix = co.persons_matrix(figures, ["Alfa", "Beta", "Gamma"], ["JGP", "GZ"])
    assert matrix == [[16, 5], [26, 3], [8, 0]]


# --- flows ----------------------------------------------------------------------------------------------


def test_flow_summary_per_occupation(figures):
    jgp = figures.flows_by_occupation["JGP"]
    assert jgp.joiners == {"education": 3, "region": 4, "youth_care_elsewhere": 1, "other_sector": 1,
                           "reentry": 1, "unknown": 0}
    assert jgp.leavers == {"region": 4, "youth_care_elsewhere": 0, "other_sector": 2, "retirement": 1,
                           "unknown": 1}
    # inside the region: in 3 + 1 + 0, out 1 + 3: nets to zero
    assert (jgp.internal_in, jgp.internal_out, jgp.internal_balance) == (4, 4, 0)
    # from outside 10 - 4 = 6; exits 2 + 1 + 1 = 4; the region grew by 2 (48 -> 50 persons)
    assert (jgp.from_outside, jgp.exits, jgp.net_regional, jgp.net_change) == (6, 4, 2, 2)
    gz = figures.flows_by_occupation["GZ"]
    # 1 from education; 1 retirement, 1 to youth care elsewhere: 9 -> 8 persons
    assert (gz.from_outside, gz.exits, gz.net_regional) == (1, 2, -1)
    region = figures.flows_region
    assert (region.net_regional, region.internal_balance) == (1, 0)


def test_flows_of_one_organisation_include_what_it_won_from_the_others():
    alfa = co.flow_summaries(current_round(), co.by_pair)["Alfa\tJGP"]
    # joiners 6, leavers 4: +2 for Alfa, of which 3 - 1 = 2 taken from the others in the region
    assert alfa.net_change == 2
    assert alfa.internal_balance == 2
    assert alfa.net_regional == 0


def _move(data: RoundData, source: str, target: str, occupation: str, persons: int) -> RoundData:
    """``persons`` more leavers of ``source`` to the region, and as many joiners of ``target`` from it."""
    moved = copy.deepcopy(data)
    moved.flows.append(FlowRecord(source, occupation, "out", "region", persons))
    moved.flows.append(FlowRecord(target, occupation, "in", "region", persons))
    return moved


@settings(max_examples=60, deadline=None)
@given(source=st.sampled_from(["Alfa", "Beta", "Gamma"]), target=st.sampled_from(["Alfa", "Beta", "Gamma"]),
       occupation=st.sampled_from(["JGP", "GZ"]), persons=st.integers(1, 40))
def test_movement_inside_the_region_leaves_the_regional_figures_unchanged(source, target, occupation, persons):
    before = current_round()
    after = _move(before, source, target, occupation, persons)
    for key in (co.whole_region, co.by_occupation):
        old, new = co.flow_summaries(before, key), co.flow_summaries(after, key)
        for name in old:
            assert new[name].exits == old[name].exits
            assert new[name].from_outside == old[name].from_outside
            assert new[name].net_regional == old[name].net_regional
            assert new[name].internal_balance == old[name].internal_balance == 0
    # but the organisations themselves see the move
    pairs_before = co.flow_summaries(before, co.by_pair)
    pairs_after = co.flow_summaries(after, co.by_pair)
    if source != target:
        assert pairs_after[f"{source}\t{occupation}"].net_change == \
            pairs_before.get(f"{source}\t{occupation}", co.FlowSummary("")).net_change - persons
        assert pairs_after[f"{target}\t{occupation}"].net_change == \
            pairs_before.get(f"{target}\t{occupation}", co.FlowSummary("")).net_change + persons


def test_a_move_reported_by_one_side_only_shows_as_an_internal_imbalance():
    data = current_round()
    data.flows.append(FlowRecord("Alfa", "JGP", "out", "region", 2))
    assert co.region_flows(data).internal_balance == -2


# --- training effort ------------------------------------------------------------------------------------


def test_training_effort_per_organisation(figures):
    effort = {e.organisation: e for e in figures.training_effort}
    assert list(effort) == ["Alfa", "Beta", "Gamma"]
    # trainees: Alfa 3 + 1, Beta 1, Gamma 0 (region 5); joiners from education: Alfa 2 + 1, Beta 1 (region 4)
    alfa, beta, gamma = effort["Alfa"], effort["Beta"], effort["Gamma"]
    assert alfa.trainees_per_100_fte == pytest.approx(4 / 16.6 * 100)
    assert beta.trainees_per_100_fte == pytest.approx(1 / 23.4 * 100)
    assert gamma.trainees_per_100_fte == 0.0
    assert (alfa.training_share, alfa.hiring_share) == (pytest.approx(0.8), pytest.approx(0.75))
    assert (beta.training_share, beta.hiring_share) == (pytest.approx(0.2), pytest.approx(0.25))
    assert alfa.balance == pytest.approx(0.05)
    assert beta.balance == pytest.approx(-0.05)
    assert figures.by_organisation["Alfa"].current.trainees_per_100_fte == pytest.approx(4 / 16.6 * 100)


def test_training_effort_within_one_occupation(figures):
    gz = {e.organisation: e for e in figures.training_effort_by_occupation["GZ"]}
    # GZ: only Alfa trains (1) and hires from education (1)
    assert gz["Alfa"].training_share == 1.0 and gz["Alfa"].hiring_share == 1.0
    assert gz["Beta"].training_share == 0.0 and gz["Beta"].hiring_share == 0.0
    assert "Gamma" not in gz


def test_training_effort_without_trainees_or_hires_is_unknown():
    data = current_round()
    data.training = []
    data.flows = [replace(f, category="other_sector") if f.category == "education" else f for f in data.flows]
    effort = co.training_effort(data)
    assert all(e.training_share is None and e.hiring_share is None and e.balance is None for e in effort)


# --- notes ---------------------------------------------------------------------------------------------


def test_notes_in_both_languages_say_the_same_things():
    assert list(co.NOTES["nl"]) == list(co.NOTES["en"])
    english = " ".join(co.NOTES["en"].values())
    dutch = " ".join(co.NOTES["nl"].values())
    for phrase in ("no salaries", "does not reduce the regional shortage", "no-poach", "ACM"):
        assert phrase in english
    for phrase in ("geen salarissen", "verkleint het regionale tekort niet", "no-poach", "ACM"):
        assert phrase in dutch
    assert co.notes("en")[0][0] == "what"
    assert co.notes("de") == co.notes("en")


# --- the service -----------------------------------------------------------------------------------------


def test_service_figures_from_a_register(register):
    result = service.coordination_figures(register)
    assert result.reference_date == CURRENT
    assert result.region == "Proefregio"
    assert result.occupations() == ["JGP", "GZ"]  # the register's order of the default list
    assert result.organisations() == ["Alfa", "Beta", "Gamma"]
    assert result.figures.by_occupation["JGP"].value("turnover") == pytest.approx(8 / 49)
    assert result.occupation_name("GZ", "en") == "Healthcare psychologist"
    first = service.coordination_figures(register, PREVIOUS)
    assert first.figures.previous_date is None
    assert first.figures.by_occupation["JGP"].current.persons == 48


# --- organisations added up to groups (a matrix of 300 organisations) ----------------------------------


def test_pairs_added_up_by_group_worked_by_hand(figures):
    """Alfa and Beta are providers, Gamma an access team. Providers x JGP now: persons 16 + 26 = 42,
    fte 12.6 + 21.0 = 33.6, open fte 2.4 + 1.0 = 3.4, open positions 3 + 2 = 5 of which 1 + 0 = 1 open
    3+ months, so tension = 3.4 / (33.6 + 3.4) x (1 + 1/5). A year before: persons 14 + 27 = 41."""
    grouped = co.pairs_by_group(figures, {"Alfa": "provider", "Beta": "provider", "Gamma": "access_team"})
    assert set(grouped) == {("provider", "JGP"), ("provider", "GZ"), ("access_team", "JGP")}
    providers = grouped[("provider", "JGP")]
    assert providers.current.persons == 42
    assert providers.current.fte == pytest.approx(33.6)
    assert providers.current.open_fte == pytest.approx(3.4)
    assert (providers.current.open_positions, providers.current.open_long) == (5, 1)
    assert providers.tension == pytest.approx(3.4 / 37.0 * 1.2)
    assert providers.previous is not None and providers.previous.persons == 41
    assert providers.current.persons_at_start == 41
    # a group of one organisation is that organisation's figures
    assert grouped[("access_team", "JGP")].current == replace(figures.by_pair[("Gamma", "JGP")].current,
                                                              key="access_team\tJGP")


def test_added_up_groups_equal_the_figures_computed_from_the_round_by_group(figures):
    """Adding up the pairs gives what grouping the round's records directly gives (another path)."""
    group_of = {"Alfa": "north", "Beta": "south", "Gamma": "north"}
    grouped = co.pairs_by_group(figures, group_of)
    direct = co.group_figures(current_round(), previous_round(), None,
                              lambda organisation, occupation: f"{group_of[organisation]}\t{occupation}")
    assert set(grouped) == {tuple(key.split("\t")) for key in direct}
    for key, expected in direct.items():
        got = grouped[tuple(key.split("\t"))]
        for name in ("persons", "fte", "open_positions", "open_fte", "open_long", "joiners", "leavers",
                     "persons_55_plus", "in_training"):
            assert getattr(got.current, name) == pytest.approx(getattr(expected.current, name)), (key, name)
        assert got.tension == pytest.approx(expected.tension)
        assert got.current.persons_at_start == expected.current.persons_at_start


def test_an_organisation_without_a_group_is_left_out(figures):
    grouped = co.pairs_by_group(figures, {"Alfa": "a"})
    assert set(grouped) == {("a", "JGP"), ("a", "GZ")}
    assert co.combine([], "none").persons == 0 and co.combine([], "none").persons_at_start is None


def test_service_knows_each_organisations_kind_and_municipality(register):
    result = service.coordination_figures(register)
    assert result.organisation_kinds == {"Alfa": "provider", "Beta": "provider", "Gamma": "access_team"}
    assert result.organisation_municipalities == {"Alfa": "Enschede", "Beta": "Enschede", "Gamma": "Enschede"}
