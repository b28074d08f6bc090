"""Many people at once on a server register: conflicts instead of lost saves, no blocking between
organisations, nothing half-written after a killed client, and the server's own audit trail."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from datetime import date

import psycopg
from sqlalchemy import text
import pytest

from hrplanner.services.editing import Cell, Change, ConflictError, Editor
from hrplanner.services.register import Register

from .conftest import ORG_A, ORG_B, PASSWORDS


def staffing_cell(pg, db: str, organisation: str) -> tuple[Cell, int, int]:
    """A staffing cell of ``organisation`` in the open round: (cell, its persons, its row id)."""
    with pg.connect("coord", db) as conn:
        row = conn.execute(
            "SELECT s.id, c.code, r.reference_date, s.age_band, s.sex, s.persons FROM staffing s "
            "JOIN organisation o ON o.id = s.organisation_id JOIN occupation c ON c.id = s.occupation_id "
            "JOIN round r ON r.id = s.round_id WHERE o.name = %s AND NOT r.closed AND s.persons > 0 "
            "ORDER BY s.id LIMIT 1", (organisation,)).fetchone()
    row_id, code, day, band, sex, persons = row
    return Cell("staffing", organisation, code, day, (band, sex), "persons"), persons, row_id


def persons_of(pg, db: str, row_id: int) -> int:
    with pg.connect("coord", db) as conn:
        return conn.execute("SELECT persons FROM staffing WHERE id = %s", (row_id,)).fetchone()[0]


def open_as(pg, user: str, db: str) -> Register:
    return Register.open(pg.url(user, db), password=PASSWORDS[user])


def test_second_save_of_the_same_figure_is_a_conflict_with_both_values(pg, register_db):
    cell, start, row_id = staffing_cell(pg, register_db, ORG_A)
    with open_as(pg, "lead_a", register_db) as first, open_as(pg, "lead_a2", register_db) as second:
        # both read the same value, then both save a change of it
        assert Editor(first).figure(cell) == start
        assert Editor(second).figure(cell) == start
        Editor(first).apply_changes([Change(cell, start + 1, expected=start)], confirm_warnings=True)
        with pytest.raises(ConflictError) as refused:
            Editor(second).apply_changes([Change(cell, start + 2, expected=start)], confirm_warnings=True)
    message = str(refused.value)
    assert f"to {start + 1} while you changed {start} to {start + 2}" in message
    assert "by lead_a " in message and "not saved" in message
    assert persons_of(pg, register_db, row_id) == start + 1


def test_row_versions_refuse_a_stale_update_in_plain_sql(pg, register_db):
    _cell, start, row_id = staffing_cell(pg, register_db, ORG_A)
    with pg.connect("lead_a", register_db, autocommit=True) as a, pg.connect("lead_a2", register_db, autocommit=True) as b:
        seen_a = a.execute("SELECT row_version FROM staffing WHERE id = %s", (row_id,)).fetchone()[0]
        seen_b = b.execute("SELECT row_version FROM staffing WHERE id = %s", (row_id,)).fetchone()[0]
        assert seen_a == seen_b
        assert b.execute("UPDATE staffing SET persons = %s WHERE id = %s AND row_version = %s",
                         (start + 5, row_id, seen_b)).rowcount == 1
        assert a.execute("UPDATE staffing SET persons = %s WHERE id = %s AND row_version = %s",
                         (start + 7, row_id, seen_a)).rowcount == 0
        assert a.execute("SELECT persons, row_version FROM staffing WHERE id = %s", (row_id,)).fetchone() == \
            (start + 5, seen_a + 1)


def test_two_hr_leads_of_different_organisations_do_not_block_each_other(pg, register_db):
    cell_a, start_a, row_a = staffing_cell(pg, register_db, ORG_A)
    cell_b, start_b, row_b = staffing_cell(pg, register_db, ORG_B)
    holder = pg.connect("lead_a", register_db)  # a transaction on A's rows, left open
    try:
        holder.execute("UPDATE staffing SET persons = persons + 10 WHERE id = %s", (row_a,))
        with pg.connect("lead_a", register_db) as probe:  # A's row is really locked now
            probe.execute("SET lock_timeout = '200ms'")
            with pytest.raises(psycopg.errors.LockNotAvailable):
                probe.execute("SELECT 1 FROM staffing WHERE id = %s FOR UPDATE", (row_a,))
        with open_as(pg, "lead_b", register_db) as lead_b:
            with lead_b.engine.connect() as conn:  # the save fails instead of waiting if it were blocked
                conn.exec_driver_sql("SET lock_timeout = '2s'")
            Editor(lead_b).apply_changes([Change(cell_b, start_b + 3, expected=start_b)], confirm_warnings=True)
        holder.commit()
    finally:
        holder.close()
    assert persons_of(pg, register_db, row_a) == start_a + 10
    assert persons_of(pg, register_db, row_b) == start_b + 3


def test_two_hr_leads_of_one_organisation_both_keep_their_work(pg, register_db):
    cell, start, row_id = staffing_cell(pg, register_db, ORG_A)
    other = Cell(cell.table, cell.organisation, cell.occupation, cell.round, cell.detail, "fte")
    with open_as(pg, "lead_a", register_db) as a, open_as(pg, "lead_a2", register_db) as a2:
        fte = Editor(a).figure(other)
        holder = pg.connect("lead_a", register_db)
        try:
            holder.execute("SELECT 1 FROM staffing WHERE id = %s FOR UPDATE", (row_id,))
            outcome: list[object] = []
            thread = threading.Thread(target=lambda: outcome.append(
                Editor(a2).apply_changes([Change(other, fte + 1, expected=fte)], confirm_warnings=True)))
            thread.start()  # waits for the row while the other save is under way
            holder.execute("UPDATE staffing SET persons = %s WHERE id = %s", (start + 1, row_id))
            holder.commit()
            thread.join()
        finally:
            holder.close()
    assert len(outcome) == 1
    with pg.connect("coord", register_db) as conn:
        assert conn.execute("SELECT persons, fte FROM staffing WHERE id = %s", (row_id,)).fetchone() == \
            (start + 1, pytest.approx(fte + 1))


KILLED_CLIENT = textwrap.dedent("""
    import sys, time, psycopg
    host, port, db, password, org = sys.argv[1:]
    conn = psycopg.connect(host=host, port=int(port), user="lead_a", password=password, dbname=db,
                           options="-c search_path=hrplanner")
    n = conn.execute("UPDATE staffing SET persons = 999 WHERE organisation_id = "
                     "(SELECT id FROM organisation WHERE name = %s) "
                     "AND round_id IN (SELECT id FROM round WHERE NOT closed)", (org,)).rowcount
    print(n, flush=True)
    time.sleep(600)
""")


def test_a_killed_client_leaves_nothing_half_written(pg, register_db):
    with pg.connect("coord", register_db) as conn:
        before = conn.execute("SELECT sum(persons), count(*) FROM staffing s JOIN organisation o "
                              "ON o.id = s.organisation_id WHERE o.name = %s", (ORG_A,)).fetchone()
        in_open_round = conn.execute(
            "SELECT count(*) FROM staffing s JOIN organisation o ON o.id = s.organisation_id "
            "JOIN round r ON r.id = s.round_id WHERE o.name = %s AND NOT r.closed", (ORG_A,)).fetchone()[0]
    assert 0 < in_open_round < before[1]
    client = subprocess.Popen([sys.executable, "-c", KILLED_CLIENT, pg.host, str(pg.port), register_db,
                               PASSWORDS["lead_a"], ORG_A], stdout=subprocess.PIPE, text=True)
    try:
        updated = int(client.stdout.readline())
        assert updated == in_open_round
    finally:
        client.kill()
        client.wait()
        client.stdout.close()
    # the server notices the lost client and rolls its transaction back; its locks go with it
    with pg.connect("lead_a2", register_db, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '60s'")
        assert conn.execute("UPDATE staffing SET persons = persons WHERE organisation_id = "
                            "(SELECT id FROM organisation WHERE name = %s) "
                            "AND round_id IN (SELECT id FROM round WHERE NOT closed)", (ORG_A,)).rowcount == in_open_round
    with pg.connect("coord", register_db) as conn:
        after = conn.execute("SELECT sum(persons), count(*) FROM staffing s JOIN organisation o "
                             "ON o.id = s.organisation_id WHERE o.name = %s", (ORG_A,)).fetchone()
        assert conn.execute("SELECT count(*) FROM staffing WHERE persons = 999").fetchone()[0] == 0
    assert after == before


def test_a_lost_connection_is_reported_and_the_next_action_reconnects(pg, register_db):
    cell, start, row_id = staffing_cell(pg, register_db, ORG_A)
    with open_as(pg, "lead_a", register_db) as register:
        editor = Editor(register)
        editor.apply_changes([Change(cell, start + 1, expected=start)], confirm_warnings=True)
        with pg.connect("postgres", "postgres", autocommit=True) as admin:
            killed = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE usename = 'lead_a' AND datname = %s", (register_db,)).fetchone()[0]
        assert killed >= 1
        # the pool notices the dead connection and opens a new one: the next save works
        editor.apply_changes([Change(cell, start + 2, expected=start + 1)], confirm_warnings=True)
    assert persons_of(pg, register_db, row_id) == start + 2


def test_the_server_writes_the_audit_log_with_the_database_login(pg, register_db):
    cell, start, _row_id = staffing_cell(pg, register_db, ORG_A)
    with pg.connect("postgres", register_db) as conn:
        t0 = conn.execute("SELECT now() AT TIME ZONE 'UTC'").fetchone()[0]
    with open_as(pg, "lead_a", register_db) as register:
        # the name the client claims is not what the log records
        Editor(register, user="somebody else").apply_changes([Change(cell, start + 4, expected=start)],
                                                             confirm_warnings=True)
    with pg.connect("coord", register_db) as conn:
        rows = conn.execute('SELECT "user", action, old, new, at FROM audit_log WHERE entity = %s AND key = %s '
                            "AND at >= %s ORDER BY id", ("staffing", cell.key, t0)).fetchall()
    assert [(u, a, o, n) for u, a, o, n, _at in rows] == [("lead_a", "edit", str(start), str(start + 4))]
    assert isinstance(rows[0][4].date(), date)


def test_a_closed_round_refuses_an_hr_leads_save(pg, register_db):
    with pg.connect("coord", register_db) as conn:
        day = conn.execute("SELECT reference_date FROM round WHERE closed").fetchone()[0]
        code, band, sex = conn.execute(
            "SELECT c.code, s.age_band, s.sex FROM staffing s JOIN organisation o ON o.id = s.organisation_id "
            "JOIN occupation c ON c.id = s.occupation_id JOIN round r ON r.id = s.round_id "
            "WHERE o.name = %s AND r.closed LIMIT 1", (ORG_A,)).fetchone()
    with open_as(pg, "lead_a", register_db) as register:
        from hrplanner.services.errors import RoundClosedError

        with pytest.raises(RoundClosedError):
            Editor(register).set_figure(Cell("staffing", ORG_A, code, day, (band, sex), "persons"), 1)


def test_an_hr_lead_imports_an_excel_template_into_the_own_rows_only(pg, register_db, tmp_path):
    import dataclasses

    from hrplanner.services.excel import import_files
    from tests.unit.excel_helpers import ROUND, fill_with_figures, template_for

    with open_as(pg, "lead_a", register_db) as register:
        data = register.round_data(register.round(ROUND))
        first = data.staffing[0]
        data.staffing[0] = dataclasses.replace(first, persons=first.persons + 3)
        filled = fill_with_figures(template_for(register, ORG_A, tmp_path), data, tmp_path / "filled.xlsx")
        reports = import_files(register, [filled], "lead_a", accept_warnings=True)
    assert [r.status for r in reports] == ["imported"], [r.issues for r in reports]
    with pg.connect("coord", register_db) as conn:
        persons = conn.execute(
            "SELECT s.persons FROM staffing s JOIN organisation o ON o.id = s.organisation_id "
            "JOIN occupation c ON c.id = s.occupation_id JOIN round r ON r.id = s.round_id "
            "WHERE o.name = %s AND c.code = %s AND r.reference_date = %s AND s.age_band = %s AND s.sex = %s",
            (ORG_A, first.occupation, ROUND, first.age_band, first.sex)).fetchone()[0]
        logged_by = {r[0] for r in conn.execute(
            "SELECT DISTINCT \"user\" FROM audit_log WHERE entity = 'staffing' AND at > now() AT TIME ZONE 'UTC' "
            "- interval '1 hour' AND source LIKE 'server:%%'")}
    assert persons == first.persons + 3
    assert "lead_a" in logged_by

    # a template of another organisation is refused: for lead_a that organisation does not exist
    with open_as(pg, "coord", register_db) as coordinator:
        other = template_for(coordinator, ORG_B, tmp_path, prefill=True, name="other.xlsx")
    with pg.connect("coord", register_db) as conn:
        before = conn.execute("SELECT sum(persons) FROM staffing").fetchone()[0]
    with open_as(pg, "lead_a", register_db) as register:
        reports = import_files(register, [other], "lead_a", accept_warnings=True)
    assert reports[0].status != "imported"
    with pg.connect("coord", register_db) as conn:
        assert conn.execute("SELECT sum(persons) FROM staffing").fetchone()[0] == before


def test_a_connection_lost_during_a_save_says_nothing_was_saved(pg, register_db, monkeypatch):
    from hrplanner.db.server.connect import ServerError
    from hrplanner.services.editing import figures as editing

    cell, start, row_id = staffing_cell(pg, register_db, ORG_A)
    original = editing.FigureBatch.check_conflicts

    def cut_off(batch):  # the server goes away after the rows were read, before they are written
        original(batch)
        pid = batch.session.execute(text("SELECT pg_backend_pid()")).scalar()
        with pg.connect("postgres", "postgres", autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    with open_as(pg, "lead_a", register_db) as register:
        monkeypatch.setattr(editing.FigureBatch, "check_conflicts", cut_off)
        with pytest.raises(ServerError) as lost:
            Editor(register).apply_changes([Change(cell, start + 9, expected=start)], confirm_warnings=True)
        assert "nothing of this action was saved" in str(lost.value)
        monkeypatch.setattr(editing.FigureBatch, "check_conflicts", original)
        assert persons_of(pg, register_db, row_id) == start
        # the next save reconnects and works
        Editor(register).apply_changes([Change(cell, start + 1, expected=start)], confirm_warnings=True)
    assert persons_of(pg, register_db, row_id) == start + 1


def test_two_people_adding_the_same_new_figure_at_once_get_one_row_and_one_clear_refusal(pg, register_db):
    from hrplanner.db.server.connect import ServerError
    from hrplanner.services.editing import ABSENT

    with pg.connect("coord", register_db) as conn:
        day = conn.execute("SELECT reference_date FROM round WHERE NOT closed").fetchone()[0]
        code = conn.execute(
            "SELECT c.code FROM occupation c WHERE NOT EXISTS (SELECT 1 FROM training t JOIN organisation o "
            "ON o.id = t.organisation_id JOIN round r ON r.id = t.round_id WHERE t.occupation_id = c.id "
            "AND o.name = %s AND r.reference_date = %s AND t.route = 'mbo_bbl') ORDER BY c.code LIMIT 1",
            (ORG_A, day)).fetchone()[0]
    cell = Cell("training", ORG_A, code, day, ("mbo_bbl",), "places")
    holder = pg.connect("lead_a", register_db)  # the first one's new row, not yet committed
    try:
        holder.execute(
            "INSERT INTO training (organisation_id, occupation_id, round_id, route, in_training, planned_intake, "
            "places, supervisors) SELECT o.id, c.id, r.id, 'mbo_bbl', 0, 0, 2, 0 FROM organisation o, occupation c, "
            "round r WHERE o.name = %s AND c.code = %s AND r.reference_date = %s", (ORG_A, code, day))
        outcome: list[BaseException] = []

        def second() -> None:
            with open_as(pg, "lead_a2", register_db) as register:
                try:
                    Editor(register).apply_changes([Change(cell, 3, expected=ABSENT)], confirm_warnings=True)
                except BaseException as exc:  # noqa: BLE001 - kept for the assertion below
                    outcome.append(exc)

        thread = threading.Thread(target=second)
        thread.start()
        with pg.connect("postgres", "postgres", autocommit=True) as admin:  # until it waits on the unique key
            for _ in range(600):
                if admin.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = 'lead_a2' "
                                 "AND wait_event_type = 'Lock'").fetchone()[0]:
                    break
                thread.join(0.1)
            else:
                raise AssertionError("the second save never waited for the first one's new row")
        holder.commit()
        thread.join()
    finally:
        holder.close()
    assert len(outcome) == 1 and isinstance(outcome[0], ServerError)
    assert "someone else saved the same new entry at the same moment" in str(outcome[0])
    with pg.connect("coord", register_db) as conn:
        assert conn.execute(
            "SELECT t.places FROM training t JOIN organisation o ON o.id = t.organisation_id JOIN occupation c "
            "ON c.id = t.occupation_id JOIN round r ON r.id = t.round_id WHERE o.name = %s AND c.code = %s "
            "AND r.reference_date = %s AND t.route = 'mbo_bbl'", (ORG_A, code, day)).fetchall() == [(2,)]
