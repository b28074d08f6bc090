"""Schema migrations: an old register is upgraded with its figures intact and a backup made; a newer one
is refused untouched; the migrations from an empty file give exactly the tables of the models."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from hrplanner.cli import run
from hrplanner.db import engine as db
from hrplanner.services import backups
from hrplanner.services.errors import NewerSchemaError
from hrplanner.services.locking import lock_path, open_for_editing
from hrplanner.services.register import Register

FIXTURE = Path(__file__).parents[1] / "data" / "registers" / "schema_0001.hrplan"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))


@pytest.fixture
def old_register(tmp_path) -> Path:
    target = tmp_path / "twente.hrplan"
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_a_small_clean_first_schema_file():
    assert FIXTURE.stat().st_size < 200_000
    assert FIXTURE.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert siblings(FIXTURE) == []
    assert db.read_revision(FIXTURE) == "0001"
    assert db.known_revisions()[0] == "0001"


def test_old_register_is_upgraded_with_figures_intact_and_a_backup(old_register):
    with open_for_editing(old_register) as session:
        register = session.register
        assert session.lock is not None and register.migrated_from == "0001"
        assert db.current_revision(register.engine) == db.head_revision()
        assert register.region == "Twente (migratietest)"
        assert register.meta()["schema_version"] == str(len(db.known_revisions()))
        assert [o.name for o in register.organisations()] == ["De Linde Jeugdzorg", "Wijkteam Hengelo"]
        assert [o.code for o in register.occupations()] == ["PM", "JGP", "GZ"]
        rounds = register.rounds()
        assert [(r.reference_date, r.closed) for r in rounds] == [(date(2023, 12, 31), True), (date(2024, 12, 31), False)]
        latest = register.round_data(rounds[1])
        # staffing 2024: PM 11 + 2 persons at De Linde, JGP 7 + 5, GZ 1 -> 26 persons, 21.0 fte
        assert sum(s.persons for s in latest.staffing) == 11 + 2 + 7 + 1 + 5
        assert sum(s.fte for s in latest.staffing) == pytest.approx(8.8 + 1.5 + 5.9 + 0.8 + 4.0)
        gz = [e for e in latest.establishment if e.occupation == "GZ"]
        assert [(e.organisation, e.budgeted_fte, e.open_positions, e.open_fte, e.open_long) for e in gz] == [
            ("De Linde Jeugdzorg", 1.8, 1, 1.0, 1)]
        assert sorted((f.direction, f.category, f.persons) for f in latest.flows if f.organisation == "De Linde Jeugdzorg"
                      and f.occupation == "PM") == [("in", "education", 2), ("out", "retirement", 1)]
        assert [(t.route, t.in_training, t.planned_intake, t.places, t.supervisors) for t in latest.training] == [
            ("mbo_bbl", 3, 2, 4, 2)]
        assert sorted((s.organisation, s.percentage) for s in latest.sickness) == [
            ("De Linde Jeugdzorg", 7.25), ("Wijkteam Hengelo", 3.5)]
        first = register.round_data(rounds[0])
        assert sum(s.persons for s in first.staffing) == 10 + 2 + 6 + 4
        backup = register.migration_backup
    # the backup before the migration is in the rolling set and is the file as it was (schema 0001)
    found = backups.list_backups(old_register)
    assert [(b.path, b.reason) for b in found] == [(backup, "before-migration")]
    assert backup.parent == backups.backup_dir(old_register)
    assert db.read_revision(backup) == "0001"
    assert db.integrity_problems(backup) == []
    with sqlite3.connect(backup) as conn:
        totals = conn.execute("SELECT sum(persons), round(sum(fte), 2) FROM staffing").fetchone()
        assert totals == (22 + 26, round(17.9 + 21.0, 2))
    # opened again: nothing more to migrate, no further backup
    with open_for_editing(old_register) as again:
        assert again.register.migrated_from is None
    assert len(backups.list_backups(old_register)) == 1


def test_only_a_writer_migrates_and_readers_read_an_old_register_untouched(old_register):
    before = sha256(old_register)
    with pytest.raises(db.RegisterFileError, match="older schema"):
        Register.open(old_register)  # writable, but without the opening policy's lock and backup writer
    with Register.open(old_register, read_only=True) as register:  # upgraded in memory only
        assert register.migrated_from is None
        assert [o.name for o in register.organisations()] == ["De Linde Jeugdzorg", "Wijkteam Hengelo"]
        latest = register.round_data(register.rounds()[-1])
        assert sum(s.persons for s in latest.staffing) == 11 + 2 + 7 + 1 + 5
    assert sha256(old_register) == before and siblings(old_register) == []
    assert db.read_revision(old_register) == "0001"
    assert backups.list_backups(old_register) == []


def test_read_commands_never_migrate_an_old_register(old_register, capsys):
    before = sha256(old_register)
    for command in (["summary"], ["plan"], ["project"], ["audit"], ["check"]):
        code = run([*command, "--register", str(old_register)])
        assert code in (0, 1), (command, capsys.readouterr().err)
    assert sha256(old_register) == before and siblings(old_register) == []
    assert backups.list_backups(old_register) == []


def _make_newer(path: Path, *, wal: bool) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    conn.close()
    assert siblings(path) == []


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_newer_schema_is_refused_and_left_untouched(old_register, wal):
    _make_newer(old_register, wal=wal)
    before = sha256(old_register)
    with pytest.raises(NewerSchemaError) as refused:
        Register.open(old_register)
    message = str(refused.value)
    assert "newer version of hrplanner" in message and "9999_from_the_future" in message
    assert "not changed" in message
    with pytest.raises(NewerSchemaError):
        open_for_editing(old_register)
    with pytest.raises(NewerSchemaError):
        Register.open(old_register, read_only=True)
    assert sha256(old_register) == before
    assert siblings(old_register) == []  # no -wal, -shm or .lock left behind
    assert not lock_path(old_register).exists()
    assert backups.list_backups(old_register) == []


def test_newer_schema_check_command_says_so_in_one_line(old_register, capsys):
    _make_newer(old_register, wal=False)
    before = sha256(old_register)
    assert run(["check", "--register", str(old_register)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "newer version of hrplanner" in err[0]
    assert sha256(old_register) == before and siblings(old_register) == []


def test_migrations_from_an_empty_file_give_the_models_tables(tmp_path):
    path = tmp_path / "empty.hrplan"
    sqlite3.connect(path).close()  # an empty file
    engine = db.make_engine(path)
    db.upgrade(engine, "0001")
    assert db.current_revision(engine) == "0001"
    assert "audit_log" not in db.table_names(engine)
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    assert differences == []


def test_empty_files_are_not_registers(tmp_path):
    zero_bytes = tmp_path / "zero.hrplan"
    zero_bytes.write_bytes(b"")
    with pytest.raises(db.NotARegisterError, match="not an SQLite database"):
        Register.open(zero_bytes)
    no_tables = tmp_path / "no-tables.hrplan"
    conn = sqlite3.connect(no_tables)
    conn.execute("PRAGMA user_version = 7")  # writes the header page, creates no table
    conn.close()
    with pytest.raises(db.NotARegisterError, match="empty SQLite database"):
        Register.open(no_tables)
