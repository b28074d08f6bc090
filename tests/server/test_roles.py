"""The roles as the server enforces them, tested as the roles themselves through plain psycopg and raw
SQL (what a person could type in psql with their own login)."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from hrplanner.db.engine import head_revision

from .conftest import ORG_A, ORG_B

FIGURE_TABLES = ("staffing", "establishment", "flow", "training", "sickness")
#: Every table the steering group may not read: all with figures or about organisations.
RAW_TABLES = (*FIGURE_TABLES, "organisation", "scenario", "scenario_parameter", "audit_log",
              "hr_lead_organisation", "published_figure")


def file_count(path, sql: str, *args) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchone()[0]


def org_id(pg, db: str, name: str) -> int:
    with pg.connect("coord", db) as conn:
        return conn.execute("SELECT id FROM organisation WHERE name = %s", (name,)).fetchone()[0]


def open_round_id(pg, db: str) -> int:
    with pg.connect("coord", db) as conn:
        return conn.execute("SELECT id FROM round WHERE NOT closed ORDER BY reference_date DESC").fetchone()[0]


# --- the schema and its owner ---------------------------------------------------------------------------


def test_migrations_reach_the_head_and_no_login_owns_or_bypasses(pg, base_register):
    with pg.connect("postgres", base_register) as conn:
        assert conn.execute("SELECT version_num FROM hrplanner.alembic_version").fetchone()[0] == head_revision()
        owners = {r[0] for r in conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'hrplanner'")}
        assert owners == {"hrplanner_owner"}
        forced = dict(conn.execute(
            "SELECT c.relname, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'hrplanner' AND c.relkind = 'r'").fetchall())
        for table in (*FIGURE_TABLES, "organisation", "audit_log", "published_figure", "hr_lead_organisation"):
            assert forced[table] is True, table
        hrplanner_roles = conn.execute(
            "SELECT rolname, rolcanlogin, rolbypassrls, rolsuper FROM pg_roles "
            "WHERE rolname LIKE 'hrplanner%' OR rolname IN ('coord', 'lead_a', 'lead_a2', 'lead_b', 'steer')").fetchall()
        assert len(hrplanner_roles) == 9
        for name, can_login, bypass, superuser in hrplanner_roles:
            assert not bypass and not superuser, name
            assert can_login == (not name.startswith("hrplanner_")), name
        # each login is a member of exactly one group
        memberships = dict(conn.execute(
            "SELECT m.rolname, array_agg(g.rolname) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
            "JOIN pg_roles g ON g.oid = a.roleid WHERE m.rolname IN ('coord', 'lead_a', 'lead_b', 'steer') "
            "GROUP BY m.rolname").fetchall())
        assert memberships == {"coord": ["hrplanner_coordinator"], "lead_a": ["hrplanner_hr_lead"],
                               "lead_b": ["hrplanner_hr_lead"], "steer": ["hrplanner_steering"]}


# --- coordinator ----------------------------------------------------------------------------------------


def test_coordinator_sees_every_row(pg, base_register, demo_template):
    with pg.connect("coord", base_register) as conn:
        for table in FIGURE_TABLES:
            expected = file_count(demo_template, f"SELECT count(*) FROM {table}")
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected, table
        assert conn.execute("SELECT count(*) FROM organisation").fetchone()[0] == \
            file_count(demo_template, "SELECT count(*) FROM organisation")


# --- hr-lead --------------------------------------------------------------------------------------------


def test_hr_lead_sees_only_the_own_organisation(pg, base_register, demo_template):
    b = org_id(pg, base_register, ORG_B)
    with pg.connect("lead_a", base_register) as conn:
        orgs = [r[0] for r in conn.execute("SELECT name FROM organisation")]
        assert orgs == [ORG_A]
        for table in FIGURE_TABLES:
            expected = file_count(demo_template,
                                  f"SELECT count(*) FROM {table} t JOIN organisation o ON o.id = t.organisation_id "
                                  "WHERE o.name = ?", ORG_A)
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected, table
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE organisation_id = %s", (b,)).fetchone()[0] == 0
        # the demo has rows for A in staffing, so the filter is not vacuous
        assert conn.execute("SELECT count(DISTINCT organisation_id) FROM staffing").fetchone()[0] == 1
        # the audit log: only entries about A
        names = {r[0].split("/")[0] for r in conn.execute("SELECT key FROM audit_log WHERE entity = 'staffing'")}
        assert names == {ORG_A}


def test_hr_lead_cannot_change_another_organisations_rows(pg, register_db):
    b = org_id(pg, register_db, ORG_B)
    rnd = open_round_id(pg, register_db)
    with pg.connect("coord", register_db) as conn:
        before = conn.execute("SELECT sum(persons), count(*) FROM staffing WHERE organisation_id = %s", (b,)).fetchone()
    assert before[1] > 0
    with pg.connect("lead_a", register_db, autocommit=True) as conn:
        assert conn.execute("UPDATE staffing SET persons = persons + 100 WHERE organisation_id = %s", (b,)).rowcount == 0
        assert conn.execute("DELETE FROM staffing WHERE organisation_id = %s", (b,)).rowcount == 0
        occ = conn.execute("SELECT id FROM occupation ORDER BY id LIMIT 1").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO sickness (organisation_id, round_id, percentage) VALUES (%s, %s, 1)", (b, rnd))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO staffing (organisation_id, occupation_id, round_id, age_band, sex, persons, fte) "
                         "VALUES (%s, %s, %s, '<25', 'f', 1, 1)", (b, occ, rnd))
        # moving an own row to B is refused too
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE staffing SET organisation_id = %s WHERE round_id = %s", (b, rnd))
        # no way around it by taking another role
        for role in ("hrplanner_coordinator", "hrplanner_owner", "lead_b", "coord"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SET ROLE {role}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM hr_lead_organisation")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO audit_log (at, \"user\", action, entity, key, old, new, source) "
                         "VALUES (now(), 'lead_b', 'edit', 'staffing', 'x', '1', '2', 'forged')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")
    with pg.connect("coord", register_db) as conn:
        after = conn.execute("SELECT sum(persons), count(*) FROM staffing WHERE organisation_id = %s", (b,)).fetchone()
    assert after == before


def test_hr_lead_writes_own_rows_only_in_open_rounds(pg, register_db):
    a = org_id(pg, register_db, ORG_A)
    with pg.connect("coord", register_db) as conn:
        closed = conn.execute("SELECT id FROM round WHERE closed").fetchone()[0]
        opened = conn.execute("SELECT id FROM round WHERE NOT closed").fetchone()[0]
        n_closed = conn.execute("SELECT count(*) FROM staffing WHERE organisation_id = %s AND round_id = %s",
                                (a, closed)).fetchone()[0]
        n_open = conn.execute("SELECT count(*) FROM staffing WHERE organisation_id = %s AND round_id = %s",
                              (a, opened)).fetchone()[0]
    assert n_closed > 0 and n_open > 0
    with pg.connect("lead_a", register_db, autocommit=True) as conn:
        # the closed round's rows can be read, not changed
        assert conn.execute("SELECT count(*) FROM staffing WHERE round_id = %s", (closed,)).fetchone()[0] == n_closed
        assert conn.execute("UPDATE staffing SET persons = persons + 1 WHERE round_id = %s", (closed,)).rowcount == 0
        assert conn.execute("UPDATE staffing SET persons = persons + 1 WHERE round_id = %s", (opened,)).rowcount == n_open


# --- steering -------------------------------------------------------------------------------------------


def test_steering_cannot_read_raw_tables(pg, base_register):
    with pg.connect("steer", base_register, autocommit=True) as conn:
        for table in RAW_TABLES:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT hrplanner.publish('2025-12-31', '[]')")
        # what it may read holds no figures: round dates, occupation names, the region's name
        granted = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.role_table_grants WHERE grantee = 'hrplanner_steering' "
            "AND table_schema = 'hrplanner'")}
        assert granted == {"alembic_version", "round", "occupation", "register_meta", "published_figures",
                           "published_region"}


def test_steering_reads_the_published_figures(pg, base_register, demo_template):
    with sqlite3.connect(demo_template) as db:
        day, = db.execute("SELECT max(reference_date) FROM round").fetchone()
        total_persons = db.execute("SELECT sum(s.persons) FROM staffing s JOIN round r ON r.id = s.round_id "
                                   "WHERE r.reference_date = ?", (day,)).fetchone()[0]
        per_org = dict(db.execute(
            "SELECT o.name, sum(s.persons) FROM staffing s JOIN round r ON r.id = s.round_id "
            "JOIN organisation o ON o.id = s.organisation_id WHERE r.reference_date = ? GROUP BY o.name", (day,)))
        kinds: dict[str, list[str]] = {}
        for name, kind in db.execute("SELECT name, kind FROM organisation"):
            if name in per_org:
                kinds.setdefault(kind, []).append(name)
    # a peer group's row (group:KIND) adds up its organisations
    for kind, members in kinds.items():
        per_org[f"group:{kind}"] = sum(per_org[m] for m in members)
    with pg.connect("steer", base_register) as conn:
        rows = conn.execute("SELECT organisation, occupation, measure, value, shown FROM published_figures "
                            "WHERE round_date = %s", (day,)).fetchall()
    assert rows
    region = {(r[1], r[2]): r for r in rows if r[0] is None}
    assert region[("", "persons")][3] == total_persons
    for organisation, occupation, measure, value, shown in rows:
        if measure == "persons" and value is not None:
            assert value == 0 or value >= 5  # no small count is ever shown
        if value is None:
            assert shown == "x"  # the one mark of a hidden figure (domain.disclosure)
        if measure == "persons" and occupation == "" and organisation is not None and value is not None:
            assert value == per_org[organisation]
    hidden = [r for r in rows if r[2] == "persons" and r[3] is None]
    assert hidden, "the demo has small cells; some must be hidden"
    # the independent interval attack (tests/unit/attack.py) on every count the steering group reads
    from tests.unit.test_disclosure import attack_of

    class Published:
        def as_rows(self):  # noqa: ANN202
            return [{"table": m, "organisation": o, "occupation": c or None, "value": v}
                    for o, c, m, v, _ in rows if m not in ("fte", "open_positions", "open_fte")]

    assert attack_of(Published(), kinds).exposed(5) == {}


def test_hr_lead_reads_only_the_regions_published_figures(pg, base_register):
    with pg.connect("lead_a", base_register, autocommit=True) as conn:
        orgs = {r[0] for r in conn.execute("SELECT organisation FROM published_region")}
        assert orgs == {None}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM published_figures")
