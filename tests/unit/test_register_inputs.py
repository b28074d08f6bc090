"""Projection inputs derived from the register, worked out by hand on the small register."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from hrplanner.domain import reference as ref
from hrplanner.domain.projection.model import project
from hrplanner.domain.records import FlowRecord
from hrplanner.domain.register_inputs import (
    derive_params,
    observed_exit_rate,
    remaining_share,
    retention_curve,
    single_ages,
)
from tests.unit.helpers import small_register


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    register = small_register(tmp_path_factory.mktemp("inputs") / "s.hrplan")
    current, previous = register.round_pair(date(2025, 12, 31))
    register.close()
    return current, previous


def test_single_ages_spread_each_band_evenly():
    ages = single_ages({"25-34": 10, "65+": 4})
    assert all(ages[a] == pytest.approx(1.0) for a in range(25, 35))
    # with retirement at 67, the 65+ band holds ages 65 and 66: 2 persons each
    assert ages[65] == pytest.approx(2.0) and ages[66] == pytest.approx(2.0) and 67 not in ages


def test_remaining_share_applies_retirement_age_and_exit_rate():
    ages = {60: 1.0, 62: 1.0, 64: 1.0, 30: 1.0}
    t = np.array([0.0, 3.0, 5.0])
    # t=0: all 4; t=3: age 64 reaches 67 -> 3 left; t=5: 62 and 64 gone -> 2 left; times 0.9^t
    expected = np.array([4 / 4, 3 / 4 * 0.9 ** 3, 2 / 4 * 0.9 ** 5])
    assert remaining_share(ages, 0.1, t) == pytest.approx(expected)


def test_observed_exits_do_not_count_age_retirements_twice():
    ages = {66: 2.0, 40: 8.0}  # the two aged 66 retire at 67 in the first year
    rate, age_retirements = observed_exit_rate(exits=5, average_persons=10, ages=ages)
    assert age_retirements == pytest.approx(2.0)
    assert rate == pytest.approx((5 - 2) / 10)


def test_retention_follows_the_observed_exit_rate():
    assert retention_curve(0.9, 0.1, (1, 5, 10, 15)) == pytest.approx(
        (0.9, 0.9 * 0.9 ** 4, 0.9 * 0.9 ** 9, 0.9 * 0.9 ** 14))


def test_gz_parameters_by_hand(rounds):
    current, previous = rounds
    params, inputs = derive_params(current, previous, ref.OCCUPATION_BY_CODE["GZ"], "GZ")
    assert params.persons.mid == 12  # A 6 + 2, B 4
    women, men = params.groups
    assert (women.name, men.name) == ("women", "men")
    assert women.share.mid == pytest.approx(10 / 12) and men.share.mid == pytest.approx(2 / 12)
    assert women.fte.at(0) == pytest.approx((4.8 + 3.0) / 10)
    assert men.fte.at(0) == pytest.approx(1.6 / 2)
    # exits: only A's retirement (leavers to the region are not an exit); average (14 + 12) / 2 = 13
    assert inputs.exits == 1 and inputs.average_persons == pytest.approx(13)
    e = 1 / 13
    assert inputs.exit_rate == pytest.approx(e)
    # women are 35-44 and 55-59: nobody reaches 67 within 5 years
    assert women.outflow.at(5) == pytest.approx(1 - (1 - e) ** 5)
    # men are 60-64 (0.4 per age): after 5 years only ages 60 and 61 are below 67
    assert men.outflow.at(5) == pytest.approx(1 - 0.4 * (1 - e) ** 5)
    assert women.retention.at(5) == pytest.approx(0.92 * (1 - e) ** 4)
    # 2 post-master trainees over a 2-year training: 1 a year; planned intake 1
    assert params.training.duration.mid == 2.0
    assert params.training.in_training.intake.mid == pytest.approx(1.0)
    assert params.training.decided.intake.mid == params.training.lever.intake.mid == 1
    # 1 joiner from education, less the own graduates 1 x 0.95 x 0.92, is other inflow
    assert params.other_inflow.mid == pytest.approx(1 - 0.95 * 0.92)
    assert params.demand.unmet.mid == pytest.approx(2.4 / 9.4)
    assert params.base_year == 2025 and params.adjustment_year == 2027


def test_one_group_when_sex_is_not_given(rounds):
    current, previous = rounds
    params, _ = derive_params(current, previous, ref.OCCUPATION_BY_CODE["JGP"], "JGP")
    # JGP has only women in the small register: no split into two groups
    assert [g.name for g in params.groups] == ["all"] and params.persons.mid == 10


def test_movement_inside_the_region_leaves_regional_supply_unchanged(rounds):
    current, previous = rounds
    spec = ref.OCCUPATION_BY_CODE["GZ"]
    before, _ = derive_params(current, previous, spec, "GZ")
    # three more persons move from A to B inside the region
    moved = replace(current, flows=current.flows + [FlowRecord("A", "GZ", "out", "region", 3),
                                                    FlowRecord("B", "GZ", "in", "region", 3)])
    after, _ = derive_params(moved, previous, spec, "GZ")
    assert after == before
    assert np.array_equal(project(after).supply_fte, project(before).supply_fte)
    # whereas three persons leaving to another sector do lower supply
    left = replace(current, flows=current.flows + [FlowRecord("A", "GZ", "out", "other_sector", 3)])
    fewer, _ = derive_params(left, previous, spec, "GZ")
    assert project(fewer).supply_fte[5] < project(before).supply_fte[5]
