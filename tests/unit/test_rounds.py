"""Round status: it follows templates sent, imports, edits and acceptance; opening and closing rounds;
the ``round`` command."""

from __future__ import annotations

import json
from datetime import date

import pytest

from hrplanner.cli import run
from hrplanner.services import rounds
from hrplanner.services.editing import Cell, Editor
from hrplanner.services.errors import RoundClosedError
from hrplanner.services.excel import import_files, write_templates
from hrplanner.services.register import Register
from hrplanner.domain.records import RoundData, StaffingRecord
from hrplanner.domain.validation import ValidationError

from .excel_helpers import fill_with_figures
from .helpers import small_register

NEW = date(2026, 12, 31)


def _by_name(status: rounds.RoundStatus) -> dict[str, rounds.OrganisationStatus]:
    return {o.organisation: o for o in status.organisations}


def test_status_follows_template_import_edit_acceptance_and_closing(tmp_path):
    register = small_register(tmp_path / "r.hrplan")
    rounds.open_round(register, NEW, label="Ronde 2026", user="coordinator")
    status = rounds.round_status(register)
    assert status.reference_date == NEW and not status.closed
    orgs = _by_name(status)
    assert {o.state for o in orgs.values()} == {rounds.NOT_STARTED}
    # Last round (2025-12-31): A had 6 + 2 + 10 = 18 persons, B 4: both carried over, nothing delivered.
    assert (orgs["A"].persons_last_round, orgs["B"].persons_last_round) == (18, 4)
    assert orgs["A"].carried_over and orgs["B"].carried_over
    assert (status.delivered, status.expected, status.persons_region, status.coverage) == (0, 2, 22, 0.0)

    rounds.mark_template_sent(register, NEW, ["A"], user="coordinator")
    orgs = _by_name(rounds.round_status(register))
    assert orgs["A"].state == rounds.TEMPLATE_SENT and orgs["A"].template_sent_by == "coordinator"
    assert orgs["B"].state == rounds.NOT_STARTED

    # A sends its template back with 12 persons (9.6 fte) for GZ and 10 (8.0 fte) for JGP, nothing else.
    [template] = write_templates(register, NEW, ["A"], tmp_path / "a.xlsx")
    figures = RoundData(NEW, staffing=[StaffingRecord("A", "GZ", "35-44", "women", 12, 9.6),
                                       StaffingRecord("A", "JGP", "25-34", "women", 10, 8.0)])
    filled = fill_with_figures(template, figures, tmp_path / "a-filled.xlsx")
    [report] = import_files(register, [filled], "hr-lead-a")
    assert report.ok, report.lines()
    status = rounds.round_status(register)
    a = _by_name(status)["A"]
    assert a.state == rounds.RECEIVED
    assert (a.received_by, a.received_via, a.received_source) == ("hr-lead-a", "template", "a-filled.xlsx")
    assert a.topics == {"staffing": True, "establishment": False, "flows": False, "training": False,
                        "absence": False}
    assert a.persons == 22 and not a.carried_over
    # Region: A's 12 + 10 = 22 persons now, B's 4 carried over: 22 / 26 covered.
    assert (status.delivered, status.persons_delivered, status.persons_carried_over) == (1, 22, 4)
    assert status.coverage == pytest.approx(22 / 26)
    assert status.missing == ["B"]
    assert status.topic_count("staffing") == 1 and status.topic_count("absence") == 0

    # B enters its sickness absence in the app.
    Editor(register, user="hr-lead-b").set_figure(Cell("sickness", "B", "", NEW, (), "percentage"), 6.5)
    b = _by_name(rounds.round_status(register))["B"]
    assert (b.state, b.received_by, b.received_via) == (rounds.RECEIVED, "hr-lead-b", "app")
    assert b.topics["absence"] and not b.topics["staffing"]

    rounds.accept(register, NEW, "A", user="coordinator")
    a = _by_name(rounds.round_status(register))["A"]
    assert (a.state, a.accepted_by) == (rounds.ACCEPTED, "coordinator")
    # A later edit of A's figures makes the acceptance stale: the status follows the figures.
    Editor(register, user="hr-lead-a").set_figure(Cell("staffing", "A", "GZ", NEW, ("35-44", "women"), "persons"), 13,
                                                  confirm_warnings=True)
    a = _by_name(rounds.round_status(register))["A"]
    assert a.state == rounds.RECEIVED and a.accepted is None and a.persons == 23

    assert rounds.close_round(register, NEW, user="coordinator") is True
    assert rounds.round_status(register, NEW).closed
    with pytest.raises(RoundClosedError):
        Editor(register, user="x").set_figure(Cell("sickness", "A", "", NEW, (), "percentage"), 4.0)
    with pytest.raises(RoundClosedError):
        rounds.accept(register, NEW, "A", user="coordinator")
    register.close()


def test_figures_breaking_a_rule_are_checked_with_warnings(tmp_path):
    register = small_register(tmp_path / "r.hrplan")
    rounds.open_round(register, NEW, user="c")
    # 10 persons with 2.0 fte: 0.2 fte per person is fine; 10 persons with 15 fte (1.5 per person) is not.
    Editor(register, user="b").set_figure(Cell("staffing", "B", "GZ", NEW, ("35-44", "women"), "persons"), 10)
    Editor(register, user="b").set_figure(Cell("staffing", "B", "GZ", NEW, ("35-44", "women"), "fte"), 15.0,
                                          confirm_warnings=True)
    b = _by_name(rounds.round_status(register))["B"]
    assert b.state == rounds.WARNINGS
    assert b.warnings + b.errors >= 1 and any("fte" in f for f in b.findings)
    with pytest.raises(ValidationError):  # A has nothing to accept
        rounds.accept(register, NEW, "A", user="c")
    register.close()


def test_a_new_round_must_come_after_the_latest(tmp_path):
    register = small_register(tmp_path / "r.hrplan")
    with pytest.raises(ValidationError, match="after the latest round"):
        rounds.open_round(register, date(2025, 6, 30), user="c")
    assert [r.reference_date for r in register.rounds()] == [date(2024, 12, 31), date(2025, 12, 31)]
    register.close()


def test_status_without_delivery_records_counts_existing_figures_as_received(tmp_path):
    register = small_register(tmp_path / "r.hrplan")
    status = rounds.round_status(register)  # both rounds open: the latest open one
    assert status.reference_date == date(2025, 12, 31)
    orgs = _by_name(status)
    assert {o.state for o in orgs.values()} <= {rounds.RECEIVED, rounds.WARNINGS}
    assert orgs["A"].received is None and orgs["A"].persons == 18
    assert status.coverage == 1.0
    # B has figures for staffing, establishment, flows and sickness but no training
    assert orgs["B"].topics == {"staffing": True, "establishment": True, "flows": True, "training": False,
                                "absence": True}
    register.close()


def test_round_commands(tmp_path, capsys):
    path = tmp_path / "r.hrplan"
    small_register(path).close()
    assert run(["round", "open", "--register", str(path), "2026-12-31", "--user", "anna"]) == 0
    assert "2 organisations are expected" in capsys.readouterr().out
    assert run(["round", "status", "--register", str(path), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["reference_date"] == "2026-12-31" and payload["expected"] == 2 and payload["delivered"] == 0
    assert payload["persons_region"] == 22 and payload["missing"] == ["A", "B"]
    assert run(["round", "status", "--register", str(path)]) == 0
    table = capsys.readouterr().out
    assert "not started" in table and "Missing: A, B" in table and "(18)" in table
    assert run(["round", "status", "--register", str(path), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("organisation,state,") and lines[1].startswith("A,not_started,")
    assert run(["round", "close", "--register", str(path), "2026-12-31", "--user", "anna"]) == 0
    assert "read-only" in capsys.readouterr().out
    with Register.open(path, read_only=True) as register:
        assert register.round(NEW).closed


@pytest.mark.parametrize("argv, message", [
    (["round", "open", "2025-01-01"], "must come after the latest round (2025-12-31)"),
    (["round", "close", "2030-12-31"], "No round with reference date 2030-12-31"),
    (["round", "status", "--round", "2030-12-31"], "No round with reference date 2030-12-31"),
    (["round", "accept", "--organisation", "Z"], "No organisation named 'Z'"),
])
def test_round_command_errors_are_one_line(tmp_path, capsys, argv, message):
    path = tmp_path / "r.hrplan"
    small_register(path).close()
    full = argv[:2] + ["--register", str(path)] + argv[2:]
    assert run(full) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_template_command_records_when_it_was_sent(tmp_path, capsys):
    path = tmp_path / "r.hrplan"
    small_register(path).close()
    assert run(["round", "open", "--register", str(path), "2026-12-31"]) == 0
    assert run(["template", "--register", str(path), "--round", "2026-12-31", "--all", str(tmp_path / "t"),
                "--user", "coordinator"]) == 0
    with Register.open(path, read_only=True) as register:
        orgs = _by_name(rounds.round_status(register))
    assert {o.state for o in orgs.values()} == {rounds.TEMPLATE_SENT}
    assert {o.template_sent_by for o in orgs.values()} == {"coordinator"}


def test_templates_written_while_someone_else_edits_are_not_recorded_as_sent(tmp_path, capsys):
    from hrplanner.services.locking import acquire_writer

    path = tmp_path / "r.hrplan"
    small_register(path).close()
    assert run(["round", "open", "--register", str(path), "2026-12-31"]) == 0
    capsys.readouterr()
    lock = acquire_writer(path)  # a colleague edits the register
    try:
        assert run(["template", "--register", str(path), "--round", "2026-12-31", "--all", str(tmp_path / "t")]) == 0
        out = capsys.readouterr().out
        assert "Not recorded as sent in the round status" in out
        assert len(list((tmp_path / "t").glob("*.xlsx"))) == 2  # the templates are written all the same
        assert run(["round", "accept", "--register", str(path), "--organisation", "A"]) == 2
        assert "nothing accepted" in capsys.readouterr().err
    finally:
        lock.release()
    with Register.open(path, read_only=True) as register:
        assert {o.state for o in rounds.round_status(register).organisations} == {rounds.NOT_STARTED}


def test_an_acceptance_can_be_taken_back(tmp_path):
    register = small_register(tmp_path / "r.hrplan")
    day = date(2025, 12, 31)
    before = rounds.accept(register, day, "A", user="c")
    assert before == (None, "")
    assert _by_name(rounds.round_status(register, day))["A"].state == rounds.ACCEPTED
    rounds.restore_acceptance(register, day, "A", before, user="c")
    assert _by_name(rounds.round_status(register, day))["A"].state != rounds.ACCEPTED
    register.close()

