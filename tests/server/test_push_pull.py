"""Push a register file to a server and pull snapshots back: the figures survive the round trip, a
snapshot holds only what the caller may see, and a failed push leaves the server register empty."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from hrplanner.db.server.connect import ServerError
from hrplanner.services import server
from hrplanner.services.register import Register

from .conftest import ADMIN_PASSWORD, ORG_A, PASSWORDS


def sorted_round(data):
    return {name: sorted(getattr(data, name), key=repr)
            for name in ("staffing", "establishment", "flows", "training", "sickness")}


def test_pull_as_coordinator_gives_back_the_pushed_register(pg, base_register, demo_template, tmp_path):
    target = tmp_path / "copy.hrplan"
    result = server.pull(pg.url("coord", base_register), target, password=PASSWORDS["coord"])
    assert result.role == "coordinator"
    with Register.open(demo_template, read_only=True) as original, Register.open(target) as copy:
        assert [o.name for o in copy.organisations()] == [o.name for o in original.organisations()]
        assert [o.code for o in copy.occupations()] == [o.code for o in original.occupations()]
        assert [(r.reference_date, r.label, r.closed) for r in copy.rounds()] == \
            [(r.reference_date, r.label, r.closed) for r in original.rounds()]
        for mine, theirs in zip(copy.rounds(), original.rounds()):
            assert sorted_round(copy.round_data(mine)) == sorted_round(original.round_data(theirs))
        assert copy.fictitious and copy.region == original.region
        assert copy.meta()["pulled_from"] == pg.url("coord", base_register)
    # the original's audit entry came along (marked as pushed history) and a pull entry was added
    with sqlite3.connect(target) as db:
        sources = [r[0] for r in db.execute("SELECT source FROM audit_log")]
    assert any(s.startswith("history of demo.hrplan, pushed by coord") for s in sources)
    assert sources[-1].startswith("hrplanner server pull")


def test_pull_as_hr_lead_holds_only_the_own_organisation(pg, base_register, demo_template, tmp_path):
    target = tmp_path / "lead.hrplan"
    server.pull(pg.url("lead_a", base_register), target, password=PASSWORDS["lead_a"])
    with Register.open(demo_template, read_only=True) as original, Register.open(target) as copy:
        assert [o.name for o in copy.organisations()] == [ORG_A]
        for mine, theirs in zip(copy.rounds(), original.rounds()):
            expected = original.round_data(theirs)
            got = copy.round_data(mine)
            assert sorted(got.staffing, key=repr) == sorted((r for r in expected.staffing if r.organisation == ORG_A),
                                                            key=repr)
            assert {r.organisation for r in got.flows} <= {ORG_A}
    with sqlite3.connect(target) as db:
        keys = [r[0] for r in db.execute("SELECT key FROM audit_log WHERE entity = 'staffing'")]
    assert keys and all(k.startswith(ORG_A + "/") for k in keys)


def test_pull_as_steering_is_refused_and_writes_nothing(pg, base_register, tmp_path):
    target = tmp_path / "steer.hrplan"
    with pytest.raises(ServerError, match="steering group reads only published figures"):
        server.pull(pg.url("steer", base_register), target, password=PASSWORDS["steer"])
    assert list(tmp_path.iterdir()) == []


def test_pull_does_not_overwrite_without_force_nor_write_through_a_link(pg, base_register, tmp_path):
    existing = tmp_path / "there.hrplan"
    existing.write_text("keep me")
    with pytest.raises(ServerError, match="already exists"):
        server.pull(pg.url("coord", base_register), existing, password=PASSWORDS["coord"])
    assert existing.read_text() == "keep me"
    link = tmp_path / "link.hrplan"
    link.symlink_to(existing)
    with pytest.raises(ServerError, match="not a regular file"):
        server.pull(pg.url("coord", base_register), link, password=PASSWORDS["coord"], overwrite=True)
    assert existing.read_text() == "keep me"


def test_push_to_a_register_that_is_not_empty_is_refused(pg, register_db, demo_template):
    with pytest.raises(ServerError, match="is not empty"):
        server.push(demo_template, pg.url("coord", register_db), password=PASSWORDS["coord"])


def test_a_failed_push_leaves_the_server_register_empty(pg, base_register, demo_template, monkeypatch):
    name = pg.create_database("failing_push")
    server.init(pg.url("postgres", name), password=ADMIN_PASSWORD)

    def fail(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(server, "_publish_round", fail)  # the last step of the push
    with pytest.raises(RuntimeError, match="disk full"):
        server.push(demo_template, pg.url("coord", name), password=PASSWORDS["coord"])
    with pg.connect("postgres", name) as conn:
        for table in ("organisation", "occupation", "round", "staffing", "audit_log", "register_meta"):
            assert conn.execute(f"SELECT count(*) FROM hrplanner.{table}").fetchone()[0] == 0, table


def test_push_needs_a_coordinator(pg, base_register, demo_template):
    name = pg.create_database("lead_push")
    server.init(pg.url("postgres", name), password=ADMIN_PASSWORD)
    with pytest.raises(ServerError, match="needs the role coordinator"):
        server.push(demo_template, pg.url("steer", name), password=PASSWORDS["steer"])


def test_init_twice_is_refused_and_upgrade_keeps_the_figures(pg, register_db):
    with pytest.raises(ServerError, match="already holds an hrplanner register"):
        server.init(pg.url("postgres", register_db), password=ADMIN_PASSWORD)
    with pg.connect("coord", register_db) as conn:
        before = conn.execute("SELECT count(*), sum(persons) FROM staffing").fetchone()
    before_rev, after_rev = server.upgrade(pg.url("postgres", register_db), password=ADMIN_PASSWORD)
    assert before_rev == after_rev
    with pg.connect("coord", register_db) as conn:
        assert conn.execute("SELECT count(*), sum(persons) FROM staffing").fetchone() == before
    with pg.connect("lead_a", register_db) as conn:  # the policies are still in place after the refresh
        assert [r[0] for r in conn.execute("SELECT name FROM organisation")] == [ORG_A]


def test_upgrade_and_init_need_an_administrator(pg, register_db):
    with pytest.raises(ServerError, match="database administrator"):
        server.upgrade(pg.url("coord", register_db), password=PASSWORDS["coord"])


def test_add_user_rules(pg, register_db):
    coord = pg.url("coord", register_db)
    with pytest.raises(ServerError, match="hr-lead must be given --organisation"):
        server.add_user(coord, "new_lead", "hr-lead", "long-enough-1", password=PASSWORDS["coord"])
    with pytest.raises(ServerError, match="is not an organisation of this register"):
        server.add_user(coord, "new_lead", "hr-lead", "long-enough-1", organisation="Nowhere",
                        password=PASSWORDS["coord"])
    with pytest.raises(ServerError, match="exists already"):
        server.add_user(coord, "lead_a", "steering", "long-enough-1", password=PASSWORDS["coord"])
    with pytest.raises(ServerError, match="must not start with pg_ or hrplanner_"):
        server.add_user(coord, "hrplanner_owner2", "steering", "long-enough-1", password=PASSWORDS["coord"])
    with pytest.raises(ServerError, match="needs the role|only a coordinator|refused"):
        server.add_user(pg.url("lead_a", register_db), "sneaky", "coordinator", "long-enough-1",
                        password=PASSWORDS["lead_a"])
    with pg.connect("postgres", "postgres") as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname IN ('new_lead', 'sneaky')").fetchone()[0] == 0


def test_wrong_password_is_one_clear_line(pg, base_register):
    with pytest.raises(ServerError) as refused:
        Register.open(pg.url("lead_a", base_register), password="wrong-password")
    assert str(refused.value) == f"{base_register} (127.0.0.1:{pg.port}): the server refused the login of " \
                                 "lead_a: wrong or missing password"


def test_the_password_can_come_from_the_keyring(pg, base_register, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        from hrplanner.services.server_connect import address_of, forget_password, store_password

        address = address_of(pg.url("lead_a", base_register))
        assert store_password(address, PASSWORDS["lead_a"])
        assert Memory.store == {("hrplanner", f"lead_a@127.0.0.1:{pg.port}/{base_register}"): PASSWORDS["lead_a"]}
        with Register.open(address.url) as register:
            assert [o.name for o in register.organisations()] == [ORG_A]
        forget_password(address)
        assert Memory.store == {}
    finally:
        keyring.set_keyring(previous)


def test_steering_register_reads_are_refused_with_one_line(pg, base_register):
    from hrplanner.services.errors import USER_ERRORS

    with Register.open(pg.url("steer", base_register), password=PASSWORDS["steer"]) as register:
        with pytest.raises(USER_ERRORS) as refused:
            register.organisations()
    assert "refused by the server: permission denied for table organisation" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_the_pulled_file_is_a_register_the_services_use(pg, base_register, tmp_path):
    from hrplanner.services.summary import summarise

    target = tmp_path / "lead.hrplan"
    server.pull(pg.url("lead_a", base_register), target, password=PASSWORDS["lead_a"])
    with Register.open(target) as copy, \
            Register.open(pg.url("lead_a", base_register), password=PASSWORDS["lead_a"]) as live:
        assert summarise(copy, None).total == summarise(live, None).total


def test_raw_psycopg_cannot_reach_the_database_without_a_group(pg, base_register):
    with pg.connect("postgres", "postgres", autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS outsider")
        conn.execute("CREATE ROLE outsider LOGIN PASSWORD 'outsider-pw'")
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(host=pg.host, port=pg.port, user="outsider", password="outsider-pw",
                            dbname=base_register).close()
    finally:
        with pg.connect("postgres", "postgres", autocommit=True) as conn:
            conn.execute("DROP ROLE outsider")


def test_times_are_stored_as_utc_whatever_the_servers_time_zone(pg, register_db):
    from hrplanner.services.projection import create_scenario

    with pg.connect("postgres", register_db, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{register_db}" SET timezone = \'Europe/Amsterdam\'')  # UTC+1 in winter
    with Register.open(pg.url("coord", register_db), password=PASSWORDS["coord"]) as register:
        create_scenario(register, "Krapte", "test", user="coord")
    with pg.connect("coord", register_db) as conn:
        assert conn.execute("SHOW timezone").fetchone()[0] == "Europe/Amsterdam"
        created, utc_now = conn.execute(
            "SELECT created, now() AT TIME ZONE 'UTC' FROM scenario WHERE name = 'Krapte'").fetchone()
    # stored in UTC: a few seconds before the server's UTC clock, not an hour (or two) after it
    assert abs((utc_now - created).total_seconds()) < 1800
