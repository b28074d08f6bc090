"""The shared training plan service and the ``plan`` command on the small register of
test_coordination (Alfa, Beta, Gamma; JGP and GZ), with the splits worked out by hand.

Round 2025-12-31 as the plan sees it:

| org   | JGP fte | JGP open fte | JGP supervisors | JGP places / intake | GZ fte | GZ open | GZ supervisors |
|-------|---------|--------------|-----------------|---------------------|--------|---------|----------------|
| Alfa  | 12.6    | 2.4          | 2               | 4 / 2               | 4.0    | 1.0     | 1 (places 1/1) |
| Beta  | 21.0    | 1.0          | 3               | 1 / 1               | 2.4    | 0.0     | 0              |
| Gamma | 6.4     | 0.6          | 0               | 0 / 0               | -      | -       | -              |
"""

from __future__ import annotations

import json
import sys
import types

import pytest

from hrplanner import cli
from hrplanner.services import coordination as service
from hrplanner.services.errors import NotFoundError, ValidationError
from tests.unit.test_coordination import build_register


@pytest.fixture
def register(tmp_path):
    with build_register(tmp_path / "proef.hrplan") as reg:
        yield reg


@pytest.fixture
def no_projection(monkeypatch):
    """Make ``import hrplanner.services.projection`` fail, as before that service existed."""
    monkeypatch.setitem(sys.modules, "hrplanner.services.projection", None)


@pytest.fixture
def fake_projection(monkeypatch):
    """A projection service whose advice is known: JGP 3.2 (year 2037) or 5.0 (2043); GZ unreachable."""
    module = types.ModuleType("hrplanner.services.projection")
    calls = []

    def intake_advice(register, scenario=None):  # noqa: ANN001, ANN202
        calls.append(scenario)
        return {
            "JGP": [{"equilibrium_year": 2037, "intake_clipped": 3.2, "reason": None},
                    {"equilibrium_year": 2043, "intake_clipped": 5.0, "reason": None}],
            "GZ": [{"equilibrium_year": 2037, "intake_clipped": None, "reason": "cannot be reached by training"}],
        }

    module.intake_advice = intake_advice
    module.calls = calls
    monkeypatch.setitem(sys.modules, "hrplanner.services.projection", module)
    return module


def test_fte_rule_with_caps_and_a_tie(register):
    # JGP 4 places by fte: Gamma (no supervisors, cap 0) gets none; 4 over 12.6 + 21.0 = 33.6 fte:
    # Alfa 1.5, Beta 2.5 (caps 2 and 3 do not bind); whole parts 1 + 2, the last place goes to the
    # tied remainders 0.5 / 0.5 by name: Alfa. GZ 3 places: only Alfa can take one (cap 1): short by 2.
    plan = service.training_plan(register, rule="fte", advice={"JGP": 4, "GZ": 3})
    jgp = plan.occupation("JGP")
    assert {line.organisation: line.places for line in jgp.lines} == {"Alfa": 2, "Beta": 2, "Gamma": 0}
    assert [line.rule_share for line in jgp.lines] == [pytest.approx(12.6 / 40), pytest.approx(21 / 40),
                                                      pytest.approx(6.4 / 40)]
    assert [line.cap for line in jgp.lines] == [2, 3, 0]
    assert [(line.today_places, line.today_intake) for line in jgp.lines] == [(4, 2), (1, 1), (0, 0)]
    assert (jgp.advice, jgp.planned, jgp.shortfall, jgp.advice_source) == (4, 4, 0, "given")
    assert jgp.lines[2].at_cap and not jgp.lines[0].at_cap
    gz = plan.occupation("GZ")
    assert {line.organisation: line.places for line in gz.lines} == {"Alfa": 1, "Beta": 0}
    assert (gz.reachable, gz.planned, gz.shortfall) == (1, 1, 2)
    assert gz.shortfall_text() == "short by 2 places: not enough supervisors"


def test_shortage_rule(register):
    # JGP open fte 2.4, 1.0, 0.6 (sum 4.0): quotas 2.4, 1.0, 0.6 for 4 places. Alfa (cap 2) and
    # Gamma (cap 0) are over their caps: Alfa 2, Gamma 0, and the 2 left go to Beta (cap 3).
    plan = service.training_plan(register, rule="shortage", advice={"JGP": 4})
    jgp = plan.occupation("JGP")
    assert {line.organisation: line.places for line in jgp.lines} == {"Alfa": 2, "Beta": 2, "Gamma": 0}
    assert [line.basis for line in jgp.lines] == [pytest.approx(2.4), pytest.approx(1.0), pytest.approx(0.6)]
    assert jgp.lines[0].at_cap


def test_shortage_rule_with_projected_gaps(register):
    # own gaps Alfa 1.0, Beta 3.0 fte (Gamma none): 4 places split 1 : 3, within the caps 2 and 3
    plan = service.training_plan(register, rule="shortage", advice={"JGP": 4},
                                 gaps={"JGP": {"Alfa": 1.0, "Beta": 3.0}})
    assert {line.organisation: line.places for line in plan.occupation("JGP").lines} == \
        {"Alfa": 1, "Beta": 3, "Gamma": 0}


def test_shortage_rule_without_any_shortage_falls_back_to_fte_and_says_so(register):
    plan = service.training_plan(register, rule="shortage", advice={"GZ": 3},
                                 gaps={"GZ": {"Alfa": 0.0, "Beta": -1.0}})
    gz = plan.occupation("GZ")
    assert gz.rule == "fte"
    assert gz.rule_note == "no organisation has a shortage in GZ: split by fte instead"
    assert gz.planned == 1 and gz.shortfall == 2


def test_equal_rule(register):
    # one each for Alfa, Beta, Gamma: 4/3 each; Gamma cap 0 -> 2 each for Alfa and Beta; Alfa's cap is 2
    plan = service.training_plan(register, rule="equal", advice={"JGP": 4})
    assert {line.organisation: line.places for line in plan.occupation("JGP").lines} == \
        {"Alfa": 2, "Beta": 2, "Gamma": 0}
    assert [line.rule_share for line in plan.occupation("JGP").lines] == [pytest.approx(1 / 3)] * 3


def test_places_per_supervisor_raises_the_caps(register):
    # 2 places per supervisor: caps Alfa 4, Beta 6, Gamma 0. GZ 3 places: Alfa can now take 2.
    plan = service.training_plan(register, advice={"GZ": 3}, places_per_supervisor=2)
    gz = plan.occupation("GZ")
    assert [line.cap for line in gz.lines] == [2, 0]
    assert gz.planned == 2 and gz.shortfall == 1


def test_occupations_without_figures_or_advice_are_left_out(register):
    plan = service.training_plan(register, advice={"JGP": 1})
    # GZ is in the round (staff, supervisors) so it appears with 0 advice; PM is not
    assert [o.occupation for o in plan.occupations] == ["JGP", "GZ"]
    assert plan.occupation("GZ").advice == 0 and plan.occupation("GZ").planned == 0


@pytest.mark.parametrize("kwargs, field", [
    ({"rule": "biggest"}, "rule = 'biggest': must be one of fte, shortage, equal"),
    ({"places_per_supervisor": 0}, "places per supervisor = 0"),
    ({"advice": {"JGP": -2}}, "advice for JGP = -2: must be a whole number"),
    ({"advice": {"JGP": 2.5}}, "advice for JGP = 2.5"),
    ({"advice": {"XYZ": 2}}, "advice = 'XYZ': is not an occupation code"),
])
def test_bad_plan_input_names_field_value_and_rule(register, kwargs, field):
    with pytest.raises(ValidationError) as caught:
        service.training_plan(register, **kwargs)
    assert field in str(caught.value)


# --- the advice --------------------------------------------------------------------------------------------


def test_placeholder_advice_when_the_projection_is_not_there(register, no_projection):
    advice = service.regional_advice(register, "hoog")
    # planned intake: JGP Alfa 2 + Beta 1, GZ Alfa 1
    assert advice.places == {"JGP": 3, "GZ": 1}
    assert advice.source == "placeholder"
    assert advice.note == "advice not available: using planned intake (scenario 'hoog' not used)"
    plan = service.training_plan(register)
    # JGP 3 by fte over Alfa and Beta (Gamma cap 0): 3 x 12.6/33.6 = 1.125, 3 x 21/33.6 = 1.875;
    # whole parts 1 + 1, the last place to the larger remainder (0.875, Beta)
    assert {line.organisation: line.places for line in plan.occupation("JGP").lines} == \
        {"Alfa": 1, "Beta": 2, "Gamma": 0}
    assert plan.advice_source == "placeholder"
    assert plan.occupation("JGP").advice_note == "advice not available: using planned intake"


def test_advice_from_the_projection_service(register, fake_projection):
    advice = service.regional_advice(register, "hoog")
    assert fake_projection.calls == ["hoog"]
    # JGP 3.2 trainees a year rounds up to 4 places; GZ cannot be reached: planned intake 1, noted
    assert advice.places == {"JGP": 4, "GZ": 1}
    assert advice.source == "projection"
    assert advice.notes == {"GZ": "advice not available: using planned intake (cannot be reached by training)"}
    later = service.regional_advice(register, equilibrium_year=2043)
    assert later.places["JGP"] == 5
    plan = service.training_plan(register, scenario="hoog")
    assert plan.occupation("JGP").advice == 4 and plan.occupation("JGP").advice_source == "projection"
    assert plan.occupation("GZ").advice_source == "placeholder"


def test_an_earlier_advice_is_reused_with_its_source(register, fake_projection):
    advice = service.regional_advice(register)
    plan = service.training_plan(register, rule="equal", advice=advice)
    assert fake_projection.calls == [None]  # asked once, not again for the plan
    assert plan.occupation("JGP").advice == 4 and plan.occupation("JGP").advice_source == "projection"
    assert plan.occupation("GZ").advice_source == "placeholder"


def test_advice_for_an_unknown_year_is_noted(register, fake_projection):
    advice = service.regional_advice(register, equilibrium_year=2050)
    assert advice.places == {"JGP": 3, "GZ": 1}  # planned intake for both
    assert "no advice for equilibrium year 2050 (years: 2037, 2043)" in advice.notes["JGP"]


def test_plan_on_the_demo_register_adds_up(demo_path):
    from hrplanner.services.register import Register

    with Register.open(demo_path) as register:
        for rule in ("fte", "shortage", "equal"):
            plan = service.training_plan(register, rule=rule)
            assert plan.fictitious
            for occ in plan.occupations:
                assert occ.planned + occ.shortfall == occ.advice
                assert all(0 <= line.places <= line.cap for line in occ.lines)
                assert occ.planned == min(occ.advice, occ.reachable)


# --- the command ------------------------------------------------------------------------------------------


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_command_json(register, capsys, no_projection):
    code, out, err = run_cli(capsys, "plan", "--register", str(register.path), "--format", "json", "--full")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["region"] == "Proefregio" and payload["rule"] == "fte"
    assert payload["advice_source"] == "placeholder"
    jgp = payload["occupations"][0]
    assert jgp["occupation"] == "JGP" and jgp["advice"] == 3
    assert [(o["organisation"], o["places"], o["cap"]) for o in jgp["organisations"]] == \
        [("Alfa", 1, 2), ("Beta", 2, 3), ("Gamma", 0, 0)]
    assert jgp["today_places"] == 5 and jgp["today_intake"] == 3


def test_plan_command_table(register, capsys, no_projection):
    code, out, _ = run_cli(capsys, "plan", "--register", str(register.path), "--rule", "equal", "--full")
    assert code == 0
    assert "advice not available: using planned intake" in out
    assert "GZ Healthcare psychologist: advice 1 places a year" in out
    assert "no supervisors" in out  # Gamma in JGP
    assert "(no-poach)" in out  # the competition-law note closes the table


def test_plan_command_shortfall_line(register, capsys, fake_projection):
    # fake advice JGP 4 by shortage: Alfa 2 (cap), Beta 2; GZ placeholder 1: Alfa 1, no shortfall
    code, out, _ = run_cli(capsys, "plan", "--register", str(register.path), "--rule", "shortage", "--full")
    assert code == 0
    assert "short by" not in out
    code, out, _ = run_cli(capsys, "plan", "--register", str(register.path), "--places-per-supervisor", "1", "--full",
                           "--format", "csv")
    rows = out.strip().splitlines()
    assert rows[0].startswith("occupation,advice,advice_source,rule,organisation")
    assert len(rows) == 1 + 3 + 2  # JGP: 3 organisations, GZ: 2


def test_plan_command_says_short_by(tmp_path, capsys, monkeypatch):
    module = types.ModuleType("hrplanner.services.projection")
    module.intake_advice = lambda register, scenario=None: {"JGP": 9.0, "GZ": 1.0}  # noqa: ARG005
    monkeypatch.setitem(sys.modules, "hrplanner.services.projection", module)
    with build_register(tmp_path / "p.hrplan") as register:
        path = register.path
    # JGP caps 2 + 3 + 0 = 5 against an advice of 9
    code, out, _ = run_cli(capsys, "plan", "--register", str(path), "--full")
    assert code == 0
    assert "short by 4 places: not enough supervisors" in out


def exit_code(args: list[str]) -> int:
    """cli.run's exit code; argparse errors leave through SystemExit with the code."""
    try:
        return cli.run(args)
    except SystemExit as stop:
        return int(stop.code)


@pytest.mark.parametrize("args, message", [
    (["--round", "2020-01-01"], "No round with reference date 2020-01-01"),
    (["--rule", "most"], "invalid choice: 'most'"),
    (["--places-per-supervisor", "0"], "must be a whole number from 1 to 20, not 0"),
    (["--round", "31-12-2025"], "is not a date written as YYYY-MM-DD"),
])
def test_plan_command_errors_are_one_line_exit_2(register, capsys, no_projection, args, message):
    code = exit_code(["plan", "--register", str(register.path), *args])
    _, err = capsys.readouterr()
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_plan_command_missing_register(tmp_path, capsys):
    code, _, err = run_cli(capsys, "plan", "--register", str(tmp_path / "missing.hrplan"))
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_not_found_is_a_service_error(register):
    from datetime import date

    with pytest.raises(NotFoundError):
        service.training_plan(register, advice={"JGP": 1}, round_date=date(2019, 1, 1))
