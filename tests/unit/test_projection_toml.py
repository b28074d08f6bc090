"""The TOML parameter file (MODEL.md 4.4): loading, errors naming the key, and dump_toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrplanner.domain.projection import (
    CareType,
    Demand,
    ParameterFileError,
    Triple,
    dump_toml,
    from_flat,
    load_params,
    loads_params,
    project,
)
from hrplanner.domain.projection.examples import gz_psycholoog, synthetic_region

DATA = Path(__file__).parents[1] / "data" / "params"
GZ = DATA / "gz_psycholoog.toml"

MINIMAL = """
[projection]
occupation = "x"
base_year = 2025

[supply]
persons = 100

[[supply.group]]
name = "all"
fte = 0.8
outflow = {20 = 0.4}
retention = {1 = 0.95}

[training]
duration = 2
in_training = {intake = 10, completion = 0.9}
decided = {intake = 10, completion = 0.9}
lever = {intake = 10, completion = 0.9}

[demand]
unmet = 0.02
"""


def test_gz_example_loads_and_equals_model_example():
    p = load_params(GZ)
    assert p == gz_psycholoog()
    assert p.occupation == "GZ-psycholoog"
    assert p.equilibrium_years == (2043,)
    assert p.group("women").outflow.at(10, anchored=True) == pytest.approx(0.21)
    assert p.demand.trend.efficiency.mid == -0.002
    project(p)


def test_all_parameter_files_load():
    files = sorted(DATA.glob("*.toml"))
    assert len(files) >= 5
    for f in files:
        p = load_params(f)
        assert loads_params(dump_toml(p)) == p


def test_minimal_file_uses_defaults():
    p = loads_params(MINIMAL)
    assert p.adjustment_year == 2027 and p.trend_year == 2035
    assert p.equilibrium_years == (2037, 2043)
    assert p.horizon == 20
    assert p.groups[0].share.mid == 1.0
    assert p.other_inflow.mid == 0.0
    assert p.demand.demography.points == ()


def test_single_group_directly_under_supply():
    text = MINIMAL.replace('[[supply.group]]\nname = "all"\n', "")
    assert loads_params(text) == loads_params(MINIMAL)


def test_uncertain_values_and_fte_curve():
    text = MINIMAL.replace("persons = 100", "persons = {low = 90, middle = 100, high = 110}")
    text = text.replace(
        "fte = 0.8", "fte = {0 = 0.8, 20 = {low = 0.8, middle = 0.82, high = 0.85}}"
    )
    p = loads_params(text)
    assert p.persons == Triple(90, 100, 110)
    assert p.groups[0].fte.values("high") == (0.8, 0.85)
    text2 = MINIMAL.replace("fte = 0.8", "fte = {low = 0.7, middle = 0.8, high = 0.9}")
    assert loads_params(text2).groups[0].fte.is_constant


def test_equilibrium_years_list_and_single():
    text = MINIMAL.replace("base_year = 2025", "base_year = 2025\nequilibrium_years = [2030, 2040]")
    assert loads_params(text).equilibrium_years == (2030, 2040)
    text = MINIMAL.replace("base_year = 2025", "base_year = 2025\nequilibrium_year = 2044")
    assert loads_params(text).equilibrium_years == (2044,)


def test_care_types_bottom_up():
    text = MINIMAL.replace("unmet = 0.02\n", "") + """
[[demand.care_type]]
name = "ambulant"
clients = {0 = 1000, 10 = 1300}
fte_per_100_clients = 4.5

[[demand.care_type]]
name = "residential"
clients = {0 = 200, 10 = 120}
fte_per_100_clients = {low = 20, middle = 25, high = 30}
"""
    p = loads_params(text)
    assert [c.name for c in p.demand.care_types] == ["ambulant", "residential"]
    r = project(p)
    assert r.demand_fte[0] == pytest.approx(45 + 50)
    assert loads_params(dump_toml(p)) == p


def _error(text: str) -> ParameterFileError:
    with pytest.raises(ParameterFileError) as info:
        loads_params(text, source="case.toml")
    return info.value


@pytest.mark.parametrize(
    "old, new, key, rule",
    [
        ("persons = 100", "", "supply.persons", "is required"),
        ('occupation = "x"\n', "", "projection.occupation", "is required"),
        ("unmet = 0.02", "unmet = 1.5", "demand.unmet", "must be between 0 and 1"),
        ("outflow = {20 = 0.4}", "outflow = 0.4", "supply.group[1].outflow",
         "must be a table of year = number"),
        ("outflow = {20 = 0.4}", 'outflow = {twenty = 0.4}', "supply.group[1].outflow.twenty",
         "is not a year"),
        ("outflow = {20 = 0.4}", 'outflow = {20 = "a lot"}', "supply.group[1].outflow.20",
         "must be a number"),
        ("outflow = {20 = 0.4}", "outflow = {20 = 1.4}", "supply.group[1].outflow.20",
         "must be between 0 and 1"),
        ("outflow = {20 = 0.4}", "outflow = {0 = 0.1, 20 = 0.4}", "supply.group[1].outflow.0",
         "year must be after 0"),
        ("retention = {1 = 0.95}", "retension = {1 = 0.95}", "supply.group[1].retension",
         "did you mean 'retention'"),
        ("fte = 0.8", "fte = 2.5", "supply.group[1].fte", "must be between 0 and 2"),
        ("fte = 0.8", "fte = true", "supply.group[1].fte", "must be a number"),
        ("duration = 2", "duration = {low = 3, middle = 2, high = 4}", "training.duration",
         "low <= middle <= high"),
        ("duration = 2", "duration = {low = 1, high = 4}", "training.duration.middle",
         "is required"),
        ("lever = {intake = 10, completion = 0.9}", "", "training.lever", "is required"),
        ("lever = {intake = 10, completion = 0.9}", "lever = {intake = -1, completion = 0.9}",
         "training.lever.intake", "0 or more"),
        ("[demand]", "[demand]\nsustained = 1", "demand.sustained", "true or false"),
        ("[demand]", "[demand]\nfoo = 1", "demand.foo", "is not a known key"),
        ("base_year = 2025", "base_year = 2025.5", "projection.base_year", "whole number"),
        ("base_year = 2025", "base_year = 2025\nequilibrium_year = 2080",
         "projection.equilibrium_year", "between 2026 and 2045"),
        ("base_year = 2025", "base_year = 2025\nequilibrium_years = [2030, 2080]",
         "projection.equilibrium_years[2]", "between 2026 and 2045"),
        ("base_year = 2025",
         "base_year = 2025\nequilibrium_year = 2030\nequilibrium_years = [2040]",
         "projection.equilibrium_year", "not both"),
        ("base_year = 2025", "base_year = 2025\nadjustment_year = 2024",
         "projection.adjustment_year", "or later"),
        ("[demand]", "[demand]\ndemography = {5 = -2}", "demand.demography.5", "between -1 and 10"),
        ("[demand]", "[demand.trend]\nepidemiology = 0.01\n[demand]",
         "", "", ),  # tomllib: defining [demand] after [demand.trend] is fine
    ],
)
def test_errors_name_key_value_and_rule(old, new, key, rule):
    text = MINIMAL.replace(old, new, 1)
    if not key:
        loads_params(text)
        return
    err = _error(text)
    assert err.key == key, str(err)
    assert rule in err.rule, str(err)
    assert str(err).startswith("case.toml: ")
    assert key in str(err)


def test_error_for_shares_not_summing_to_one_names_groups():
    err = _error(_two_groups(0.7, 0.2))
    assert err.key == "supply.group[*].share"
    assert "must sum to 1" in err.rule
    assert err.value == pytest.approx(0.9)
    assert "0.9" in str(err)


def _two_groups(w: float, m: float) -> str:
    return MINIMAL.replace(
        '[[supply.group]]\nname = "all"\n',
        f"""[[supply.group]]
name = "men"
share = {m}
fte = 0.9
outflow = {{20 = 0.4}}
retention = {{1 = 0.95}}

[[supply.group]]
name = "women"
share = {w}
""",
    )


def test_second_group_error_path_counts_from_one():
    text = _two_groups(1.3, 0.2)
    err = _error(text)
    assert err.key == "supply.group[2].share"
    assert err.value == 1.3


def test_share_required_with_several_groups():
    text = _two_groups(0.8, 0.2).replace("share = 0.8\n", "")
    err = _error(text)
    assert err.key == "supply.group[2].share" and err.rule == "is required"


def test_invalid_toml_and_missing_file(tmp_path):
    err = _error("[projection\n")
    assert "not valid TOML" in str(err)
    with pytest.raises(ParameterFileError) as info:
        load_params(tmp_path / "nope.toml")
    assert "cannot be read" in str(info.value)


def test_dump_round_trip_of_examples_and_odd_values():
    p = gz_psycholoog()
    q = from_flat(
        p,
        {
            "training.duration": 1.5,
            "group.women.outflow.12.5": 0.3,  # a fractional year becomes a quoted key
            "demand.unmet": Triple(0.01, 0.04, 0.1),
            "other_inflow.per_year": 1e-7,
            "supply.persons": 1.0000000000000002,
        },
    )
    text = dump_toml(q)
    assert '"12.5" = 0.3' in text
    assert loads_params(text) == q
    for r in synthetic_region(12):
        assert loads_params(dump_toml(r)) == r


def test_dump_escapes_names():
    p = gz_psycholoog()
    from dataclasses import replace

    q = replace(p, occupation='GZ "quoted" \\ back\u00e9\ttab\x7f', code="c")
    assert loads_params(dump_toml(q)) == q


def test_dump_bottom_up_demand():
    from dataclasses import replace

    p = gz_psycholoog()
    care = (CareType("ambulant", {0: 100.0, 5: 110.0}, Triple(3.0, 4.0, 5.0)),)
    q = replace(p, demand=Demand(unmet=0.01, care_types=care))
    assert loads_params(dump_toml(q)) == q
