"""The project command: parameter files round trip through it, registers and scenarios feed it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from hrplanner.cli import run
from hrplanner.domain.projection.model import project
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
    code, out, _ = cli(capsys, "project", "--register", path, "--format", "json", "--full")
    data = json.loads(out)
    assert code == 0 and [d["code"] for d in data] == ["JGP", "GZ"]
    # the shared view: the region has two organisations, so no regional figure has the 3 contributors
    # the default rules ask for: both occupations are hidden, and not projected
    code, out, _ = cli(capsys, "project", "--register", path, "--format", "json")
    assert code == 0 and json.loads(out) == [{"occupation": "JGP", "hidden": True}, {"occupation": "GZ", "hidden": True}]
    code, out, err = cli(capsys, "project", "--register", path, "--occupation", "GZ")
    assert code == 2 and "hidden in the shared view" in err
    code, out, _ = cli(capsys, "project", "--register", path, "--scenario", "Meer", "--occupation", "GZ",
                       "--format", "json", "--full")
    (gz,) = json.loads(out)
    assert gz["gap_fte"] == more_gz.to_dict()["gap_fte"] != basis_gz.to_dict()["gap_fte"]
    code, out, err = cli(capsys, "project", "--register", path, "--occupation", "KP")
    assert code == 2 and "occupations with staff: JGP, GZ" in err
    code, out, err = cli(capsys, "project", "--register", path, "--scenario", "Nope")
    assert code == 2 and "No scenario named 'Nope'" in err
    code, out, err = cli(capsys, "project", "--register", path, "--explain", "1999", "--full")
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
