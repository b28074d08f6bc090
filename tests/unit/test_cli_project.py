"""The project command: parameter files round trip through it, registers and scenarios feed it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from hrplanner.cli import run
from hrplanner.domain.projection.model import project
from hrplanner.domain.projection.params import from_flat
from hrplanner.domain.projection.toml_file import dump_toml, load_params
from hrplanner.services import projection as P
from hrplanner.services.register import Register
from tests.unit.helpers import small_register

PARAMS = Path(__file__).parent.parent / "data" / "params" / "gz_psycholoog.toml"


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_parameter_file_round_trip_through_the_command_line(tmp_path, capsys):
    params = load_params(PARAMS)
    written = tmp_path / "again.toml"
    written.write_text(dump_toml(params), encoding="utf-8")
    code, out, err = cli(capsys, "project", "--params", written, "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    expected = project(params).to_dict()
    assert data["years"] == expected["years"]
    assert data["gap_fte"] == expected["gap_fte"]
    assert data["advice"] == expected["advice"]
    for key in ("occupation", "years", "supply_persons", "supply_fte", "demand_fte", "gap_fte", "advice",
                "impact"):
        assert key in data


def test_json_with_draws_and_explain(capsys):
    code, out, _ = cli(capsys, "project", "--params", PARAMS, "--format", "json", "--draws", "200",
                       "--explain", "2030")
    data = json.loads(out)
    assert code == 0 and data["percentiles"]["draws"] == 200
    p10, p50, p90 = (data["percentiles"]["gap_fte"][k] for k in ("p10", "p50", "p90"))
    assert all(a <= b <= c for a, b, c in zip(p10, p50, p90))
    parts = data["explain"]["supply"]["parts"]
    assert sum(p["fte"] for p in parts) == pytest.approx(data["explain"]["supply"]["fte"], abs=0.05)


def test_csv_has_one_row_per_year(capsys):
    code, out, _ = cli(capsys, "project", "--params", PARAMS, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 21 and rows[0]["year"] == "2025"


def test_a_parameter_file_error_names_the_key_and_nothing_is_computed(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text(PARAMS.read_text().replace("share = 0.8", "share = 1.8", 1))
    code, out, err = cli(capsys, "project", "--params", bad)
    assert code == 2 and out == ""
    assert "share" in err and "between 0 and 1" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_register_and_scenario(tmp_path, capsys):
    path = tmp_path / "s.hrplan"
    with small_register(path) as register:
        P.create_scenario(register, "Meer")
        P.set_parameters(register, "Meer", "GZ", {"training.lever.intake": 6})
        _, (basis_gz,) = P.run(register, occupation="GZ")
        _, (more_gz,) = P.run(register, "Meer", occupation="GZ")
    code, out, _ = cli(capsys, "project", "--register", path, "--format", "json")
    data = json.loads(out)
    assert code == 0 and [d["code"] for d in data] == ["JGP", "GZ"]
    code, out, _ = cli(capsys, "project", "--register", path, "--scenario", "Meer", "--occupation", "GZ",
                       "--format", "json")
    (gz,) = json.loads(out)
    assert gz["gap_fte"] == more_gz.to_dict()["gap_fte"] != basis_gz.to_dict()["gap_fte"]
    code, out, err = cli(capsys, "project", "--register", path, "--occupation", "KP")
    assert code == 2 and "occupations with staff: JGP, GZ" in err
    code, out, err = cli(capsys, "project", "--register", path, "--scenario", "Nope")
    assert code == 2 and "No scenario named 'Nope'" in err
    code, out, err = cli(capsys, "project", "--register", path, "--explain", "1999")
    assert code == 2 and "between 2025 and 2045" in err


def test_options_are_checked(capsys):
    for argv in (["project"], ["project", "--params", PARAMS, "--draws", "0"],
                 ["project", "--params", PARAMS, "--draws", "many"]):
        with pytest.raises(SystemExit) as exit_info:
            run([str(a) for a in argv])
        assert exit_info.value.code == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    code, _, err = cli(capsys, "project", "--params", "missing.toml")
    assert code == 2 and "not found" in err


def test_the_seed_must_be_a_whole_number_of_at_least_zero(capsys):
    # a negative seed used to reach numpy and end as an "unexpected error" (exit 3)
    with pytest.raises(SystemExit) as exit_info:
        run(["project", "--params", str(PARAMS), "--draws", "3", "--seed", "-1"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.strip().splitlines() == [
        "hrplanner project: error: argument --seed: must be a whole number of at least 0, not -1 "
        "(see hrplanner project --help)"]


def test_levers_move_the_parameters_before_projecting(capsys):
    code, out, err = cli(capsys, "project", "--params", PARAMS, "--format", "json",
                         "--lever", "intake=75", "--lever", "other_inflow=8")
    assert code == 0 and err == ""
    data = json.loads(out)
    # the same parameters written by hand: lever intake 60 -> 75, other inflow 5 -> 8 a year
    by_hand = project(from_flat(load_params(PARAMS), {"training.lever.intake": 75, "other_inflow.per_year": 8}))
    assert data["gap_fte"] == by_hand.to_dict()["gap_fte"]
    assert data["gap_fte"] != project(load_params(PARAMS)).to_dict()["gap_fte"]
    assert data["levers"] == {"intake": 75.0, "other_inflow": 8.0}
    code, out, _ = cli(capsys, "project", "--params", PARAMS, "--lever", "retention=1.1")
    assert code == 0 and out.startswith("levers: retention=1.1\n")


def test_a_lever_on_a_register_equals_the_scenario_with_that_parameter(tmp_path, capsys):
    path = tmp_path / "s.hrplan"
    with small_register(path) as register:
        P.create_scenario(register, "Meer")
        P.set_parameters(register, "Meer", "GZ", {"training.lever.intake": 6})
    code, out, _ = cli(capsys, "project", "--register", path, "--scenario", "Meer", "--occupation", "GZ",
                       "--format", "json")
    (scenario,) = json.loads(out)
    code, out, _ = cli(capsys, "project", "--register", path, "--occupation", "GZ", "--format", "json",
                       "--lever", "intake=6")
    (levered,) = json.loads(out)
    assert code == 0 and levered["gap_fte"] == scenario["gap_fte"]
    with Register.open(path) as register:  # nothing was stored
        assert [s.name for s in P.list_scenarios(register)] == ["basis", "Meer"]


def test_each_bad_lever_is_one_line_and_nothing_is_computed(capsys):
    code, out, err = cli(capsys, "project", "--params", PARAMS, "--lever", "speed=2", "--lever", "retention=x",
                         "--lever", "outflow=3", "--lever", "intake=70")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("hrplanner project: --lever: ") for line in lines)
    assert "speed = '2': is not a lever" in lines[0]
    assert "retention = 'x': must be a number" in lines[1]
    assert "outflow = 3: must be a factor (1 = unchanged) between 0.5 and 1.5" in lines[2]
