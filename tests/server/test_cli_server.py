"""The ``server`` commands and ``--register postgresql://...`` on the command line, end to end."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from hrplanner.cli import run as _run

from .conftest import ADMIN_PASSWORD, ORG_A, PASSWORDS


def run(argv: list[str]) -> int:
    """cli.run's exit code; argparse's own errors leave through SystemExit with the code."""
    try:
        return _run(argv)
    except SystemExit as stop:
        return int(stop.code)


@pytest.fixture
def as_user(monkeypatch):
    """Run commands with a login's password in PGPASSWORD (libpq's own way) and no keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    def use(user: str) -> None:
        monkeypatch.setenv("PGPASSWORD", ADMIN_PASSWORD if user == "postgres" else PASSWORDS[user])

    return use


def test_init_add_user_push_pull_from_the_command_line(pg, base_register, demo_template, tmp_path, as_user, monkeypatch, capsys):
    name = pg.create_database("cli_flow")
    as_user("postgres")
    assert run(["server", "init", pg.url("postgres", name)]) == 0
    assert "Set up the hrplanner register" in capsys.readouterr().out
    as_user("coord")
    assert run(["server", "push", "--register", str(demo_template), pg.url("coord", name)]) == 0
    out = capsys.readouterr().out
    orgs = sqlite3.connect(demo_template).execute("SELECT count(*) FROM organisation").fetchone()[0]
    assert f"{orgs} organisations" in out
    as_user("postgres")
    monkeypatch.setattr("sys.stdin", io.StringIO("a-new-password\n"))
    assert run(["server", "add-user", pg.url("postgres", name), "cli_lead", "--role", "hr-lead",
                "--organisation", ORG_A]) == 0
    assert capsys.readouterr().out.strip() == f"Added cli_lead as hr-lead of {ORG_A}"
    monkeypatch.setenv("PGPASSWORD", "a-new-password")
    target = tmp_path / "mine.hrplan"
    assert run(["server", "pull", pg.url("cli_lead", name), str(target)]) == 0
    assert f"Wrote {target} as hr-lead: 1 organisations" in capsys.readouterr().out
    # the snapshot is a register the other commands open
    assert run(["summary", "--register", str(target), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["persons"] > 0
    with pg.connect("postgres", "postgres", autocommit=True) as conn:
        conn.execute("DROP OWNED BY cli_lead")
        conn.execute("DROP ROLE cli_lead")


def test_summary_of_a_server_register_shows_what_the_role_may_see(pg, base_register, demo_template, as_user, capsys):
    with sqlite3.connect(demo_template) as db:
        day, = db.execute("SELECT max(reference_date) FROM round").fetchone()
        own = db.execute("SELECT sum(s.persons) FROM staffing s JOIN round r ON r.id = s.round_id "
                         "JOIN organisation o ON o.id = s.organisation_id WHERE r.reference_date = ? AND o.name = ?",
                         (day, ORG_A)).fetchone()[0]
        region = db.execute("SELECT sum(s.persons) FROM staffing s JOIN round r ON r.id = s.round_id "
                            "WHERE r.reference_date = ?", (day,)).fetchone()[0]
    as_user("lead_a")
    assert run(["summary", "--register", pg.url("lead_a", base_register), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["persons"] == own
    as_user("coord")
    assert run(["summary", "--register", pg.url("coord", base_register), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["persons"] == region
    assert own < region


def test_steering_gets_one_line_from_raw_commands_and_reads_published(pg, base_register, as_user, capsys):
    as_user("steer")
    assert run(["summary", "--register", pg.url("steer", base_register)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused by the server: permission denied" in err
    assert run(["server", "published", pg.url("steer", base_register), "--round", "2025-12-31"]) == 0
    out = capsys.readouterr().out
    assert "(region)" in out and ORG_A in out and "<5" in out


def test_wrong_password_and_unreachable_server_are_one_line(pg, base_register, as_user, monkeypatch, capsys):
    as_user("lead_a")
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    assert run(["summary", "--register", pg.url("lead_a", base_register)]) == 2
    err = capsys.readouterr().err
    assert err == (f"hrplanner summary: error: {base_register} (127.0.0.1:{pg.port}): the server refused the "
                   "login of lead_a: wrong or missing password\n")
    assert run(["server", "pull", f"postgresql://lead_a@127.0.0.1:1/{base_register}", "x.hrplan"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hrplanner server: error: ") and "cannot connect to the server" in err
    assert err.count("\n") == 1


def test_an_address_with_a_password_is_refused(capsys):
    assert run(["summary", "--register", "postgresql://lead:secret@localhost/region"]) == 2
    err = capsys.readouterr().err
    assert "must not contain a password" in err and "secret" not in err


def test_audit_of_a_server_register(pg, base_register, as_user, capsys):
    as_user("lead_a")
    assert run(["audit", "--register", pg.url("lead_a", base_register), "--entity", "staffing", "--limit", "5",
                "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 6  # header + 5
    assert all(f",{ORG_A}/" in line for line in lines[1:])


def test_plan_and_project_read_a_server_register(pg, base_register, as_user, capsys):
    as_user("coord")
    assert run(["plan", "--register", pg.url("coord", base_register), "--format", "json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["occupations"]
    assert run(["project", "--register", pg.url("coord", base_register), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)
