"""The summary command against figures worked out by hand from a small register."""

from __future__ import annotations

import csv
import io
import json

import pytest

from hrplanner.services.publication import FULL_BANNER

from hrplanner.cli import run
from tests.unit.helpers import small_register


def run_cli(capsys, *argv):
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "small.hrplan"
    small_register(path).close()
    return path


def test_json_summary_matches_hand_arithmetic(capsys, small):
    code, out, err = run_cli(capsys, "summary", "--register", str(small), "--format", "json", "--full")
    assert code == 0 and err == FULL_BANNER + "\n"  # the banner, on stderr: the JSON stays parseable
    data = json.loads(out)
    assert data["region"] == "Testregio" and data["fictitious"] is False
    assert data["reference_date"] == "2025-12-31" and data["previous_date"] == "2024-12-31"
    gz = next(o for o in data["occupations"] if o["occupation"] == "GZ")
    assert gz["persons"] == 8 + 4
    assert gz["fte"] == pytest.approx(4.8 + 1.6 + 3.0)
    assert gz["open_positions"] == 2 + 1
    assert gz["vacancy_rate"] == pytest.approx((1.6 + 0.8) / (9.4 + 2.4))
    assert gz["long_open_share"] == pytest.approx((1 + 1) / 3)
    # leavers 1 + 1 + 2 = 4 over the average of 14 at the start (previous round 9 + 5) and 12 now
    assert gz["turnover"] == pytest.approx(4 / ((14 + 12) / 2))
    # joiners from the region 2 + 1 out of all joiners 2 + 1 + 1
    assert gz["circulation_share"] == pytest.approx(3 / 4)
    assert gz["share_55_plus"] == pytest.approx((4 + 2) / 12)
    assert gz["share_60_plus"] == pytest.approx(2 / 12)
    jgp = next(o for o in data["occupations"] if o["occupation"] == "JGP")
    assert jgp["vacancy_rate"] == 0.0 and jgp["long_open_share"] is None and jgp["circulation_share"] is None
    assert jgp["turnover"] == 0.0
    total = data["total"]
    assert total["persons"] == 22
    assert total["vacancy_rate"] == pytest.approx(2.4 / (17.4 + 2.4))
    assert total["turnover"] == pytest.approx(4 / ((24 + 22) / 2))
    assert total["share_55_plus"] == pytest.approx(6 / 22)
    assert [o["occupation"] for o in data["occupations"]] == ["JGP", "GZ"]  # the occupation list's order


def test_previous_round_has_no_flows(capsys, small):
    code, out, _ = run_cli(capsys, "summary", "--register", str(small), "--round", "2024-12-31", "--full",
                           "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["previous_date"] is None
    gz = next(o for o in data["occupations"] if o["occupation"] == "GZ")
    assert gz["persons"] == 14 and gz["turnover"] == 0.0 and gz["open_positions"] == 0


def test_csv_and_table_formats(capsys, small):
    code, out, _ = run_cli(capsys, "summary", "--register", str(small), "--format", "csv", "--full")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["occupation"] for r in rows] == ["JGP", "GZ", "total"]
    assert float(rows[1]["vacancy_rate"]) == pytest.approx(2.4 / 11.8)
    code, out, _ = run_cli(capsys, "summary", "--register", str(small), "--full")
    lines = out.splitlines()
    assert lines[0] == FULL_BANNER
    assert lines[1] == "Testregio, reference date 2025-12-31"
    gz_line = next(line for line in lines if line.startswith("GZ"))
    # 2.4 / 11.8 = 20.3 %, 4 / 13 = 30.8 %, 3 / 4 = 75.0 %
    assert gz_line.split() == ["GZ", "12", "9.4", "3", "20.3%", "66.7%", "30.8%", "75.0%", "50.0%", "16.7%"]


@pytest.mark.parametrize("argv, message", [
    (["summary", "--register", "missing.hrplan"], "Register file not found"),
    (["summary", "--register", "{small}", "--round", "2023-12-31"], "No round with reference date 2023-12-31"),
    (["summary", "--register", "{text}"], "is not an hrplanner register"),
])
def test_errors_are_one_line_without_traceback(capsys, small, tmp_path, argv, message):
    text_file = tmp_path / "notes.hrplan"
    text_file.write_text("hello")
    argv = [a.format(small=small, text=text_file) for a in argv]
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_option_values_are_one_line(capsys, small):
    with pytest.raises(SystemExit) as exit_info:
        run(["summary", "--register", str(small), "--round", "31-12-2025"])
    _, err = capsys.readouterr()
    assert exit_info.value.code == 2
    assert len(err.strip().splitlines()) == 1 and "YYYY-MM-DD" in err


def test_demo_command_refuses_to_overwrite(capsys, tmp_path):
    path = tmp_path / "x.hrplan"
    path.write_text("precious")
    code, _, err = run_cli(capsys, "demo", str(path))
    assert code == 2 and "already exists" in err and path.read_text() == "precious"
    code, _, err = run_cli(capsys, "demo", str(tmp_path / "x.sqlite"))
    assert code == 2 and ".hrplan" in err


def test_table_rounds_halves_up_like_the_app():
    from hrplanner.cli.common import format_cell, format_ratio

    # 524.25 fte is shown as 524,3 in the app; Python's own rounding would print 524.2
    assert f"{524.25:.1f}" == "524.2"
    assert format_cell("fte", 524.25) == "524.3"
    assert format_cell("fte", 2082.25) == "2,082.3"
    assert format_ratio(0.02125) == "2.1%" and format_ratio(0.02135) == "2.1%" and format_ratio(0.0215) == "2.2%"
