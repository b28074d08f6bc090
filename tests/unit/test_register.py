"""The register file: creation, round trips through the repositories, keys and checks."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import hrplanner
from hrplanner.db import repositories as repo
from hrplanner.db.engine import head_revision, read_revision
from hrplanner.db.models import Staffing
from hrplanner.domain import reference as ref
from hrplanner.domain.records import StaffingRecord
from hrplanner.services.register import Register
from tests.unit.helpers import dump, small_register


def test_new_register_records_schema_and_app_version(tmp_path):
    path = tmp_path / "new.hrplan"
    Register.create(path, region="Twente").close()
    assert read_revision(path) == head_revision()
    conn = sqlite3.connect(path)
    meta = dict(conn.execute("SELECT key, value FROM register_meta"))
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert meta["app_version"] == hrplanner.__version__
    assert meta["region"] == "Twente"
    assert int(meta["schema_version"]) == user_version == 3  # 0001 register, 0002 scenarios and audit, 0003 round delivery
    assert journal == "wal"


def test_new_register_has_the_default_occupations(tmp_path):
    with Register.create(tmp_path / "r.hrplan") as register:
        codes = [o.code for o in register.occupations()]
    assert codes == [o.code for o in ref.DEFAULT_OCCUPATIONS]
    assert len(codes) >= 12


def test_round_trip_of_every_figure_table(tmp_path):
    with small_register(tmp_path / "s.hrplan") as register:
        current = register.round_data(register.round(date(2025, 12, 31)))
    assert sorted(current.staffing, key=repr) == sorted([
        StaffingRecord("A", "GZ", "35-44", "women", 6, 4.8),
        StaffingRecord("A", "GZ", "60-64", "men", 2, 1.6),
        StaffingRecord("B", "GZ", "55-59", "women", 4, 3.0),
        StaffingRecord("A", "JGP", "25-34", "women", 10, 8.0),
    ], key=repr)
    assert len(current.establishment) == 3 and len(current.flows) == 6
    assert current.training[0].in_training == 2 and {s.percentage for s in current.sickness} == {5.5, 7.0}


def test_one_row_per_organisation_occupation_round_band_and_sex(tmp_path):
    with small_register(tmp_path / "s.hrplan") as register:
        before = dump(register)
        with pytest.raises(IntegrityError):
            with register.transaction() as session:
                org = repo.organisation_by_name("A", session=session)
                occ = repo.occupation_by_code("GZ", session=session)
                rnd = repo.round_by_date(date(2025, 12, 31), session=session)
                session.add(Staffing(organisation_id=org.id, occupation_id=occ.id, round_id=rnd.id,
                                     age_band="35-44", sex="women", persons=1, fte=1.0))
        assert dump(register) == before


def test_database_refuses_negative_figures_and_unknown_keys(tmp_path):
    with small_register(tmp_path / "s.hrplan") as register:
        before = dump(register)
        conn = sqlite3.connect(register.path)
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE staffing SET persons = -1 WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO staffing(organisation_id, occupation_id, round_id, age_band, sex, persons, fte)"
                         " VALUES (999, 1, 1, '<25', 'women', 1, 1.0)")
        conn.rollback()
        conn.close()
        assert dump(register) == before


def test_failed_transaction_changes_nothing(tmp_path):
    with small_register(tmp_path / "s.hrplan") as register:
        before = dump(register)
        rnd = register.round(date(2025, 12, 31))
        with pytest.raises(RuntimeError):
            with register.transaction() as session:
                org = repo.organisation_by_name("A", session=session)
                repo.delete_figures(rnd.id, org.id, session=session)
                raise RuntimeError("interrupted")
        assert dump(register) == before


def test_previous_round_and_latest_round(tmp_path):
    with small_register(tmp_path / "s.hrplan") as register:
        latest = register.latest_round()
        assert latest.reference_date == date(2025, 12, 31)
        assert register.previous_round(latest).reference_date == date(2024, 12, 31)
        assert register.previous_round(register.round(date(2024, 12, 31))) is None


def test_a_round_read_in_part_and_the_open_vacancies_of_every_round(demo_path):
    """``round_data(tables=...)`` reads only what is asked; ``open_positions_by_round`` adds up the
    establishment's open positions of each round in one query (checked against the full rounds)."""
    with Register.open(demo_path, read_only=True) as register:
        rounds = register.rounds()
        full = register.round_data(rounds[-1])
        persons_only = register.round_data(rounds[-1], tables=("staffing",))
        assert persons_only.staffing == full.staffing and full.staffing
        assert (persons_only.establishment, persons_only.flows, persons_only.training, persons_only.sickness) \
            == ([], [], [], [])
        with pytest.raises(ValueError, match="unknown figure tables"):
            register.round_data(rounds[-1], tables=("salaries",))
        expected = {r.reference_date: sum(e.open_positions for e in register.round_data(r).establishment)
                    for r in rounds}
        assert register.open_positions_by_round() == expected
        assert list(register.open_positions_by_round()) == [r.reference_date for r in rounds]


def test_open_vacancies_of_a_round_without_figures_are_zero(tmp_path):
    register = Register.create(tmp_path / "empty.hrplan", region="Leeg")
    with register.transaction() as session:
        repo.add_round(date(2025, 12, 31), "2025", session=session)
    assert register.open_positions_by_round() == {date(2025, 12, 31): 0}
    register.close()


def test_a_read_takes_no_lock_and_a_write_takes_the_write_lock(tmp_path, monkeypatch):
    """Reads run beside a transaction that holds the write lock (the window reads while a background
    task writes); a second writer waits for the lock instead of failing half-way."""
    from hrplanner.db import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # a blocked write gives up quickly
    path = tmp_path / "s.hrplan"
    with small_register(path) as register:
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
        try:
            assert [r.reference_date for r in register.rounds()]  # read at once, beside it
            with pytest.raises(Exception, match="locked"):
                with register.transaction() as session:
                    session.execute(text("SELECT 1"))  # its first statement begins it
        finally:
            writer.execute("ROLLBACK")
            writer.close()


def test_a_read_only_register_is_read_by_many_threads_at_once(tmp_path):
    """The pages read a register in the background, several threads at once; a register opened
    read-only (a copy in memory) serves them all, each the same figures."""
    import threading

    path = tmp_path / "s.hrplan"
    small_register(path).close()
    with Register.open(path, read_only=True) as register:
        expected = register.round_data(register.round())
        start = threading.Barrier(8)
        seen, errors = [], []

        def read() -> None:
            try:
                start.wait(timeout=30)
                for _ in range(10):
                    seen.append(register.round_data(register.round()) == expected)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(repr(exc))

        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in threads)
    assert errors == [] and seen == [True] * 80


def test_one_organisations_figures_of_a_round_are_its_own_and_only_they_go(demo_path):
    """An import reads and replaces one organisation's figures of one round (found by the
    organisation's rows, not the round's): exactly the records of the whole round that are its own, and
    deleting them leaves every other organisation's and every other round's as they were."""
    from dataclasses import fields

    with Register.open(demo_path) as register:
        rounds = register.rounds()
        latest, before = rounds[-1], rounds[-2]
        with register.transaction() as session:
            organisations = repo.list_organisations(session=session)
            whole = repo.load_round_data(latest, session=session)
            earlier = repo.load_round_data(before, session=session)
            table_names = [f.name for f in fields(whole) if isinstance(getattr(whole, f.name), list)]
            chosen = organisations[3]
            own = repo.load_round_data(latest, session=session, organisation_id=chosen.id)
            for name in table_names:
                expected = [r for r in getattr(whole, name) if r.organisation == chosen.name]
                assert getattr(own, name) == expected, name
            assert own.staffing  # the demo's organisation has staffing figures
            repo.delete_figures(latest.id, chosen.id, session=session)
            after = repo.load_round_data(latest, session=session)
            for name in table_names:
                assert getattr(after, name) == [r for r in getattr(whole, name) if r.organisation != chosen.name]
            assert repo.load_round_data(before, session=session) == earlier
