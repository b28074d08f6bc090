"""The backtest (issue 12, item 4) on the three-round register, worked out by hand.

The three-round register (tests.unit.helpers.THREE_ROUNDS): PM at A and B, everyone aged 25-34, 0.8 fte
per person; GZ at A, 10 persons with 9 fte, no flows. No trainees, so supply at t = 1 is today's stock
that stays plus the other inflow that starts working.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from hrplanner.cli import run
from hrplanner.domain import backtest as bt
from hrplanner.domain import reference as ref
from hrplanner.domain.rounding import round_half_up
from hrplanner.services.backtest import backtest
from tests.unit.helpers import small_register, three_round_register

ER1 = ref.OCCUPATION_BY_CODE["PM"].retention[0]  # share of other inflow working in the first year
#: demand at t = 1: (1 + unmet)(1 + demography(1))(1 + R): demography -4.5 % over 5 years (linear from 0),
#: trends epidemiology 0.5 % + socio-cultural 0.5 % a year (register_inputs defaults)
DEMAND_1 = (1 - 0.045 / 5) * (1 + 0.005 + 0.005)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    register = three_round_register(tmp_path_factory.mktemp("bt") / "three.hrplan")
    try:
        yield backtest(register)
    finally:
        register.close()


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    p = tmp_path_factory.mktemp("bt-cli") / "three.hrplan"
    three_round_register(p).close()
    return p


def test_one_pair_per_consecutive_rounds(result):
    assert [(p.start, p.end, p.years) for p in result.pairs] == [
        (date(2023, 12, 31), date(2024, 12, 31), 1), (date(2024, 12, 31), date(2025, 12, 31), 1)]
    assert result.skipped == [] and result.latest is result.pairs[-1]


def test_from_2024_to_2025_by_hand(result):
    pair = result.pairs[1]
    pm = pair.occupation("PM")
    # 2024: 144 persons, 2023: 150; exits 10 + 5 to another sector over the average 147 persons
    e = 15 / 147
    persons = 144 * (1 - e) + 9 * ER1  # the stock that stays + 9 joiners a year from another sector
    assert pm["persons"].projected == pytest.approx(persons)
    assert pm["persons"].recorded == 138
    assert pm["fte"].projected == pytest.approx(0.8 * persons)
    assert pm["fte"].recorded == pytest.approx(110.4)
    assert pm["fte"].error == pytest.approx(110.4 - 0.8 * persons)
    assert pm["fte"].percent == pytest.approx((110.4 - 0.8 * persons) / 110.4)
    assert pm["leavers"].projected == pytest.approx(144 * e) and pm["leavers"].recorded == 15
    # demand: 2024's filled 115.2 fte plus 4.8 open fte, grown one year; recorded 110.4 + 4.0 open fte
    assert pm["demand"].projected == pytest.approx(120.0 * DEMAND_1)
    assert pm["demand"].recorded == pytest.approx(114.4)
    gz = pair.occupation("GZ")
    assert (gz["persons"].projected, gz["fte"].projected, gz["leavers"].projected) == pytest.approx((10, 9, 0))
    assert gz["demand"].recorded == pytest.approx(9.9)
    # the region adds the occupations up
    assert pair.region["fte"].projected == pytest.approx(0.8 * persons + 9)
    assert pair.region["fte"].recorded == pytest.approx(119.4)
    assert pair.supply_error_per_year == pytest.approx(abs(119.4 - 0.8 * persons - 9) / 119.4)


def test_from_2023_to_2024_by_hand(result):
    pm = result.pairs[0].occupation("PM")
    # 2023 has no round before it and no flows: no exits, no other inflow, so nothing changes
    assert pm["persons"].projected == pytest.approx(150) and pm["persons"].recorded == 144
    assert pm["fte"].percent == pytest.approx((115.2 - 120) / 115.2)
    assert pm["leavers"].projected == pytest.approx(0) and pm["leavers"].recorded == 15
    assert pm["leavers"].percent == pytest.approx(1.0)
    assert pm["demand"].projected == pytest.approx(120.0 * DEMAND_1)


def test_standing_against_the_capaciteitsorgaan():
    assert bt.standing(0.0019) == "below" and bt.standing(0.002) == "within"
    assert bt.standing(0.009) == "within" and bt.standing(0.0091) == "above" and bt.standing(None) is None
    assert bt.Comparison(10.0, 0.0).percent is None


def test_the_command_table_csv_and_json(path, capsys):
    # the coordinator's full view (the shared view leaves this small region's occupations out)
    assert run(["backtest", "--register", str(path), "--full"]) == 0
    out = capsys.readouterr().out
    assert "From 2024-12-31 to 2025-12-31 (1 year)" in out
    # 2023 -> 2024, region: projected 120 + 9 fte, recorded 115.2 + 9: error -4.8 fte, -3.9 % of 124.2
    assert "Region: the projection from 2023-12-31 for 2024: 129.0 fte; recorded: 124.2 fte; -3.9%" in out
    assert "this region is above that band" in out
    assert run(["backtest", "--register", str(path), "--format", "csv", "--full"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    first = next(r for r in rows if r["start"] == "2023-12-31" and r["code"] == "PM" and r["measure"] == "fte")
    assert (first["projected"], first["recorded"], first["error"]) == ("120.0", "115.2", "-4.8")
    assert run(["backtest", "--register", str(path), "--format", "json", "--full"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [p["end"] for p in payload["pairs"]] == ["2024-12-31", "2025-12-31"]
    assert payload["pairs"][0]["region"]["fte"]["error"] == pytest.approx(-4.8)
    assert payload["pairs"][0]["benchmark_band"] == [0.002, 0.009]


def test_one_round_is_one_line_and_exit_2(tmp_path, capsys):
    from hrplanner.services.register import Register

    Register.create(tmp_path / "one.hrplan", region="X").close()
    assert run(["backtest", "--register", str(tmp_path / "one.hrplan")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a backtest needs two consecutive rounds" in err
    assert run(["backtest", "--register", str(tmp_path / "missing.hrplan")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_small_register_pair(tmp_path):
    register = small_register(tmp_path / "s.hrplan")
    try:
        result = backtest(register)
    finally:
        register.close()
    (pair,) = result.pairs
    # GZ 2024: 14 persons with 10.95 fte; 2025 recorded 12 persons with 9.4 fte
    assert pair.occupation("GZ")["persons"].recorded == 12
    assert pair.occupation("GZ")["fte"].recorded == pytest.approx(4.8 + 1.6 + 3.0)


def test_the_methods_sheet_shows_the_latest_pair(path, tmp_path):
    import openpyxl

    from hrplanner.services.export.workbook import export_workbook

    from hrplanner.domain.disclosure import Rules

    # rules that hide nothing in this small register (threshold 1, one contributor, no dominance), so
    # the shared view's region is the whole region
    export_workbook(path, tmp_path / "w.xlsx", rules=Rules.checked(1, 1, 2, 100))
    texts = [str(v) for row in openpyxl.load_workbook(tmp_path / "w.xlsx")["Methode"].iter_rows(values_only=True)
             for v in row if v]
    (line,) = [t for t in texts if t.startswith("De raming van 31-12-2024 voor 2025, regio:")]
    result = backtest_of(path)
    fte = result.latest.region["fte"]
    # Dutch notation, one decimal, halves up: the same figures as the command prints (recorded: PM
    # 73.6 + 36.8 and GZ 9.0 fte = 119.4)
    shown = f"{round_half_up(fte.projected, 1)}".replace(".", ",")
    assert f"regio: {shown} fte; gemeten: 119,4 fte" in line
    (benchmark,) = [t for t in texts if t.startswith("Dat is ") and "Capaciteitsorgaan" in t]
    assert "per jaar, " in benchmark


def backtest_of(path):
    from hrplanner.services.register import Register

    with Register.open(path) as register:
        return backtest(register)


def test_the_shared_view_leaves_hidden_occupations_out_of_the_region():
    a = bt.OccupationBacktest("A", {m: bt.Comparison(10.0, 12.0) for m in bt.MEASURES})
    b = bt.OccupationBacktest("B", {m: bt.Comparison(2.0, 3.0) for m in bt.MEASURES})
    region = bt.OccupationBacktest(bt.REGION, {m: bt.Comparison(12.0, 15.0) for m in bt.MEASURES})
    pair = bt.PairBacktest(date(2024, 12, 31), date(2025, 12, 31), 1, (a, b), region)
    shared = bt.without(pair, {"B"})
    assert [o.code for o in shared.occupations] == ["A"]
    # the region is A alone: projected 10, recorded 12, error +2, +16.7 % of 12
    assert shared.region["fte"].projected == 10.0 and shared.region["fte"].recorded == 12.0
    assert shared.region["fte"].percent == pytest.approx(2 / 12)
    assert shared.supply_error_per_year == pytest.approx(2 / 12)
    assert bt.without(pair, set()) is pair
