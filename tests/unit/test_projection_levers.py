"""The what-if levers' arithmetic (domain/projection/levers.py), without Qt: value levers shift low,
middle and high by the same amount, scale levers multiply them, both stay within the parameter's
rule; the command-line form NAME=VALUE is validated with one issue per bad lever."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrplanner.domain.projection.levers import (
    LEVER_BY_KEY,
    LEVERS,
    apply_levers,
    lever_bounds,
    lever_changes,
    lever_defaults,
    lever_range,
    parse_levers,
)
from hrplanner.domain.projection.model import project
from hrplanner.domain.projection.params import TREND_FACTORS, Triple, from_flat, to_flat
from hrplanner.domain.projection.toml_file import load_params
from hrplanner.domain.validation import ValidationError

PARAMS = Path(__file__).parent.parent / "data" / "params" / "gz_psycholoog.toml"


@pytest.fixture
def params():
    return load_params(PARAMS)


def test_every_trend_factor_has_a_lever():
    assert {f"trend.{name}" for name in TREND_FACTORS} <= set(LEVER_BY_KEY)
    assert len(LEVER_BY_KEY) == len(LEVERS) == 7 + len(TREND_FACTORS)


def test_defaults_are_the_parameter_values_or_one_for_a_scale(params):
    defaults = lever_defaults(params)
    # the file: lever intake 60, other inflow 5 a year, unmet 0.04, trend epidemiology 0.005
    assert defaults["intake"] == 60 and defaults["other_inflow"] == 5
    assert defaults["unmet"] == pytest.approx(0.04)
    assert defaults["trend.epidemiology"] == pytest.approx(0.005)
    assert defaults["trend.efficiency"] == pytest.approx(-0.002)
    assert all(defaults[k] == 1.0 for k in ("retention", "fte", "outflow", "demography"))


def test_a_value_lever_shifts_the_whole_triple_and_keeps_its_width(params):
    spread = from_flat(params, {"training.lever.intake": Triple(50, 60, 70)})
    assert lever_changes(spread, {"intake": 80}) == {"training.lever.intake": Triple(70, 80, 90)}
    # the variant decides which value the lever shows: high = 70, so 80 is a shift of +10
    assert lever_changes(spread, {"intake": 80}, "high") == {"training.lever.intake": Triple(60, 70, 80)}
    # shifted below the rule's 0 the low value is clipped, the others keep the shift
    unmet = from_flat(params, {"demand.unmet": Triple(0.02, 0.04, 0.07)})
    (key, triple), = lever_changes(unmet, {"unmet": 0.0}).items()
    assert key == "demand.unmet"
    assert triple.low == 0.0 and triple.mid == 0.0 and triple.high == pytest.approx(0.07 - 0.04)


def test_a_scale_lever_multiplies_every_point_of_the_curve_within_0_and_1(params):
    changes = lever_changes(params, {"retention": 1.1})
    # retention at 1, 5, 10, 15 years: 0.98, 0.93, 0.88, 0.84 for both groups
    for group in ("women", "men"):
        assert changes[f"group.{group}.retention.1"] == Triple(1.0, 1.0, 1.0)   # 1.078 capped at 1
        assert changes[f"group.{group}.retention.5"] == Triple(1.0, 1.0, 1.0)   # 1.023 capped at 1
        assert changes[f"group.{group}.retention.10"].mid == pytest.approx(0.88 * 1.1)
        assert changes[f"group.{group}.retention.15"].mid == pytest.approx(0.84 * 1.1)
    assert set(changes) == {f"group.{g}.retention.{y}" for g in ("women", "men") for y in (1, 5, 10, 15)}


def test_unmoved_levers_change_nothing(params):
    assert lever_changes(params, lever_defaults(params)) == {}
    assert apply_levers(params, lever_defaults(params)) is params
    assert apply_levers(params, {}) is params


def test_applied_levers_are_the_parameters_a_scenario_would_store(params):
    moved = apply_levers(params, {"intake": 75, "other_inflow": 8})
    by_hand = from_flat(params, {"training.lever.intake": 75, "other_inflow.per_year": 8})
    assert to_flat(moved) == to_flat(by_hand)
    assert project(moved).gap_fte.tolist() == project(by_hand).gap_fte.tolist()
    assert project(moved).gap_fte[-1] < project(params).gap_fte[-1]  # more inflow, smaller gap


def test_slider_range_holds_the_current_value_and_room_for_the_advice():
    intake, unmet, retention = LEVER_BY_KEY["intake"], LEVER_BY_KEY["unmet"], LEVER_BY_KEY["retention"]
    # intake: twice the larger of today (60) and the advice (80) = 160, in round tens
    assert lever_range(intake, 60, 80) == (0, 160)
    # at least 50 for the intake, 20 for other inflow
    assert lever_range(intake, 10, None) == (0, 50)
    assert lever_range(LEVER_BY_KEY["other_inflow"], 5) == (0, 20)
    # 2 * 33 = 66 -> 70
    assert lever_range(intake, 33, None) == (0, 70)
    # a fixed range widens to hold today's value
    assert lever_range(unmet, 0.35) == (0, 0.35)
    assert lever_range(retention, 1.0) == (0.5, 1.5)


def test_bounds_accepted_from_the_command_line():
    assert lever_bounds(LEVER_BY_KEY["retention"]) == (0.5, 1.5)
    assert lever_bounds(LEVER_BY_KEY["unmet"]) == (0, 1)
    assert lever_bounds(LEVER_BY_KEY["trend.working_time"]) == (-0.5, 0.5)
    assert lever_bounds(LEVER_BY_KEY["intake"])[0] == 0


def test_parse_levers_reads_name_value_pairs():
    assert parse_levers(["retention=1.1", " intake = 60 ", "trend.efficiency=-0.01"]) == {
        "retention": 1.1, "intake": 60.0, "trend.efficiency": -0.01}
    assert parse_levers([]) == {}


def test_every_bad_lever_is_one_issue_naming_lever_value_and_rule():
    bad = ["speed=2", "retention=abc", "intake", "retention=2", "intake=-1", "fte=nan",
           "intake=5", "intake=6"]
    with pytest.raises(ValidationError) as caught:
        parse_levers(bad)
    messages = [issue.message() for issue in caught.value.issues]
    assert len(messages) == 7  # intake=5 is fine; everything else is one issue each
    assert messages[0].startswith("--lever: speed = '2': is not a lever (levers: intake, retention,")
    assert messages[1] == "--lever: retention = 'abc': must be a number"
    assert messages[2] == "--lever = 'intake': must be written as NAME=VALUE, e.g. retention=1.1"
    assert messages[3] == "--lever: retention = 2: must be a factor (1 = unchanged) between 0.5 and 1.5"
    assert messages[4] == "--lever: intake = -1: must be a value of at least 0"
    assert messages[5] == "--lever: fte = 'nan': must be a number"
    assert messages[6] == "--lever: intake = '6': is given twice"
