"""One set of rules (issue 12, item 3): a figure is an error everywhere or a warning everywhere.

validation.RULES is the single source of severities; import, paste, forms (through the check functions)
and ``check`` (over a stored register) all read it.
"""

from __future__ import annotations

import json

import pytest

from hrplanner.cli import run
from hrplanner.domain import validation as v
from hrplanner.services.check import check_register
from tests.unit.excel_helpers import set_cells
from tests.unit.helpers import small_register

#: Inputs that break each rule once, with the rule's name (worked out by hand against the rule texts).
BROKEN = [
    ("fte_per_person", lambda: v.check_fte_per_person(10, 20)),  # 2.0 fte per person
    ("fte_without_persons", lambda: v.check_fte_per_person(0, 1.0)),
    ("vacancies_long", lambda: v.check_vacancies(1, 2, 0.5)),
    ("open_fte_without_vacancies", lambda: v.check_vacancies(0, 0, 0.5)),
    ("leavers", lambda: v.check_leavers(12, 1, 10)),  # 12 > 10 + 1
    ("band_total_persons", lambda: v.check_band_total(10, 8.0, 11, None)),
    ("band_total_fte", lambda: v.check_band_total(10, 8.0, None, 8.02)),  # 0.02 > 0.011
    ("establishment_identity", lambda: v.check_establishment_identity(10.0, 8.0, 1.0)),  # 10 != 9
    ("number", lambda: v.parse_number("persons", "-1")[1]),
    ("number", lambda: v.parse_number("persons", "1.5", whole=True)[1]),
    ("choice", lambda: v.check_choice("sex", "x", ("women", "men"))),
    ("text", lambda: v.check_text("name", "")),
    ("date", lambda: v.check_date("reference_date", "31-12-2025")[1]),
    ("percentage", lambda: v.check_percentage("percentage", 101.0)),
    ("code", lambda: v.check_occupation({"code": "a b", "name_nl": "x", "name_en": "x", "level": "HBO",
                                         "register": "none"}).issues),
]


@pytest.mark.parametrize("rule, broken", BROKEN, ids=[f"{r}-{i}" for i, (r, _) in enumerate(BROKEN)])
def test_every_issue_takes_its_severity_from_the_table(rule, broken):
    issues = [i for i in broken() if i.code == rule]
    assert len(issues) == 1
    assert issues[0].severity == v.RULES[rule].severity


def test_the_table_says_which_rules_are_warnings():
    warnings = sorted(name for name, rule in v.RULES.items() if rule.severity == v.WARNING)
    assert warnings == ["establishment_identity", "fte_per_person"]
    with pytest.raises(KeyError):
        v.severity("no such rule")


def test_a_figure_that_passes_the_rules_has_no_issue():
    # the tolerance itself is not broken: 10.011 vs 9 + 1, and 0.05 / 1.2 fte per person exactly
    assert v.check_establishment_identity(10.011, 9.0, 1.0) == []
    assert v.check_fte_per_person(100, 5.0) == [] and v.check_fte_per_person(10, 12.0) == []


@pytest.fixture
def small_path(tmp_path):
    small_register(tmp_path / "small.hrplan").close()
    return tmp_path / "small.hrplan"


def _import_with_mismatch(small_path, tmp_path, capsys, *, accept: bool) -> int:
    template = tmp_path / f"a-{len(list(tmp_path.glob('a-*.xlsx')))}.xlsx"
    assert run(["template", "--register", str(small_path), "--round", "2025-12-31", "--organisation", "A",
                "--prefill", str(template)]) == 0
    # A's GZ: filled 4.8 + 1.6 = 6.4 fte, vacant 1.6 fte: an establishment of 9.0 is 1.0 fte off
    set_cells(template, {("Formatie en vacatures", "C13"): 9.0})
    capsys.readouterr()
    argv = ["import", "--register", str(small_path), *(["--accept-warnings"] if accept else []), str(template)]
    return run(argv)


def test_check_agrees_with_import_about_an_establishment_mismatch(small_path, tmp_path, capsys):
    assert _import_with_mismatch(small_path, tmp_path, capsys, accept=False) == 1
    assert "warning: " in capsys.readouterr().out
    assert _import_with_mismatch(small_path, tmp_path, capsys, accept=True) == 0
    capsys.readouterr()
    # what the import accepted as a warning, check reports as a warning: exit 0, no error
    assert run(["check", "--register", str(small_path), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["errors"] == 0 and payload["ok"] is True
    identity = [f for f in payload["findings"] if f["section"] == "identity"]
    assert [(f["severity"], f["organisation"], f["occupation"]) for f in identity] == [("warning", "A", "GZ")]
    assert "difference +1.00 fte" in identity[0]["message"]


def test_changing_the_table_changes_import_and_check_together(small_path, tmp_path, capsys, monkeypatch):
    assert _import_with_mismatch(small_path, tmp_path, capsys, accept=True) == 0  # a warning, accepted
    monkeypatch.setitem(v.RULES, "establishment_identity",
                        v.Rule("establishment_identity", v.ERROR, "establishment = filled + vacant"))
    # with the rule an error in the table, check reports the stored figure as an error ...
    report = check_register(small_path)
    assert [(f.severity, f.section) for f in report.findings if f.organisation == "A" and f.occupation == "GZ"] \
        == [(v.ERROR, "identity")]
    assert not report.ok
    # ... and the import refuses the same figure, even with --accept-warnings
    assert _import_with_mismatch(small_path, tmp_path, capsys, accept=True) == 1
    assert "1 error" in capsys.readouterr().out
