"""Backups: the rolling set per register, what a backup contains, and restoring one without ever making
things worse (a bad backup is refused before anything changes; the replaced file is kept)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hrplanner.cli import run
from hrplanner.db import engine as db
from hrplanner.db import repositories as repo
from hrplanner.services import backups
from hrplanner.services.backups import BackupError
from hrplanner.services.locking import RegisterInUse
from hrplanner.services.register import Register


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def figure_rows(path: Path) -> dict[str, list[tuple]]:
    """Every figure row of a register file, by table (read-only)."""
    conn = sqlite3.connect(db.read_only_uri(path), uri=True)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("organisation", "round", "staffing", "establishment", "flow", "training", "sickness")}
    finally:
        conn.close()


def persons(path: Path, organisation: str) -> int:
    conn = sqlite3.connect(db.read_only_uri(path), uri=True)
    try:
        return conn.execute("SELECT coalesce(sum(s.persons), 0) FROM staffing s JOIN organisation o "
                            "ON o.id = s.organisation_id WHERE o.name = ?", (organisation,)).fetchone()[0]
    finally:
        conn.close()


def delete_organisation_figures(path: Path, organisation: str) -> None:
    with Register.open(path) as register, register.transaction() as session:
        org = repo.organisation_by_name(organisation, session=session)
        for round_ in repo.list_rounds(session=session):
            repo.delete_figures(round_.id, org.id, session=session)



@pytest.fixture
def org_name(demo_path) -> str:
    with Register.open(demo_path) as register:
        return register.organisations()[0].name


def test_backup_goes_into_the_registers_own_folder_as_one_complete_file(demo_path):
    written = backups.make_backup(demo_path, "manual")
    assert written.parent == backups.backup_dir(demo_path)
    assert written.parent.parent == backups.backups_root()
    assert (written.parent / "source.txt").read_text(encoding="utf-8").strip() == str(demo_path.resolve())
    assert written.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: no -wal needed beside it
    assert not Path(f"{written}-wal").exists()
    assert db.integrity_problems(written) == []
    assert figure_rows(written) == figure_rows(demo_path)
    [info] = backups.list_backups(demo_path)
    assert (info.path, info.reason, info.size) == (written, "manual", written.stat().st_size)


def test_two_registers_with_the_same_name_have_separate_sets(demo_template, tmp_path):
    a = db.backup_file(demo_template, tmp_path / "a" / "twente.hrplan")
    b = db.backup_file(demo_template, tmp_path / "b" / "twente.hrplan")
    assert backups.backup_dir(a) != backups.backup_dir(b)
    assert backups.backup_dir(a).name.startswith("twente-")
    backups.make_backup(a)
    assert len(backups.list_backups(a)) == 1 and backups.list_backups(b) == []


def test_backup_of_an_open_register_holds_its_committed_changes(demo_path, org_name):
    with Register.open(demo_path) as register:
        with register.transaction() as session:
            org = repo.organisation_by_name(org_name, session=session)
            for round_ in repo.list_rounds(session=session):
                repo.delete_figures(round_.id, org.id, session=session)
        assert Path(f"{demo_path}-wal").stat().st_size > 0  # the change is still in the -wal
        written = backups.backup_before(register, reason="import")
    assert written.name.endswith(".import.hrplan")
    assert persons(written, org_name) == 0
    assert figure_rows(written) == figure_rows(demo_path)


def test_rolling_set_keeps_the_newest(demo_path):
    made = [backups.make_backup(demo_path, f"step {i}", keep=3) for i in range(5)]
    kept = backups.list_backups(demo_path)
    assert [b.path for b in kept] == [made[4], made[3], made[2]]  # newest first
    assert [b.reason for b in kept] == ["step-4", "step-3", "step-2"]
    assert not made[0].exists() and not made[1].exists()


def test_default_keep_is_ten_and_configurable(demo_path, monkeypatch):
    monkeypatch.setattr(backups, "_keep_override", None)  # the app's setting, when a window set one
    monkeypatch.delenv(backups.KEEP_ENVIRONMENT, raising=False)
    assert backups.configured_keep() == 10
    for _ in range(12):
        backups.make_backup(demo_path)
    assert len(backups.list_backups(demo_path)) == 10
    monkeypatch.setenv(backups.KEEP_ENVIRONMENT, "4")
    backups.make_backup(demo_path)
    assert len(backups.list_backups(demo_path)) == 4
    monkeypatch.setenv(backups.KEEP_ENVIRONMENT, "none")
    assert backups.configured_keep() == 10
    backups.set_default_keep(3)  # the app passes its setting; it wins over the environment
    assert backups.configured_keep() == 3
    backups.set_default_keep(0)  # never fewer than one
    assert backups.configured_keep() == 1


def test_restore_puts_the_figures_back_and_keeps_the_replaced_file(demo_path, org_name):
    original = figure_rows(demo_path)
    good = backups.make_backup(demo_path, "manual")
    delete_organisation_figures(demo_path, org_name)
    changed = figure_rows(demo_path)
    assert persons(demo_path, org_name) == 0 and changed != original

    result = backups.restore(demo_path, good)

    assert figure_rows(demo_path) == original
    assert persons(demo_path, org_name) > 0
    assert result.previous_saved_as is not None
    assert figure_rows(result.previous_saved_as) == changed  # nothing is lost by restoring
    assert [b.reason for b in backups.list_backups(demo_path)] == ["before-restore", "manual"]
    assert db.integrity_problems(demo_path) == []
    assert not Path(f"{demo_path}-wal").exists() and not Path(f"{demo_path}-shm").exists()
    assert [p.name for p in demo_path.parent.iterdir() if p.name.startswith(".")] == []  # no temp left
    with Register.open(demo_path) as register:  # and the app opens it as usual
        assert persons(demo_path, org_name) == sum(
            s.persons for r in register.rounds() for s in register.round_data(r).staffing if s.organisation == org_name)


def test_restore_folds_in_a_wal_left_by_a_crash_instead_of_applying_it_to_the_backup(demo_path, org_name):
    good = backups.make_backup(demo_path, "manual")
    # another process deletes an organisation's figures, commits, and dies without closing: the
    # change lives only in the -wal beside the register
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(demo_path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL"); conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("DELETE FROM staffing WHERE organisation_id = (SELECT id FROM organisation WHERE name = ?)",
                     ({org_name!r},))
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert Path(f"{demo_path}-wal").stat().st_size > 0
    assert persons(demo_path, org_name) == 0

    result = backups.restore(demo_path, good)

    assert figure_rows(demo_path) == figure_rows(good)
    assert persons(result.previous_saved_as, org_name) == 0  # the crashed session's change is kept
    assert not Path(f"{demo_path}-wal").exists()


def test_a_damaged_backup_is_refused_before_anything_changes(demo_path):
    good = backups.make_backup(demo_path, "manual")
    damaged = good.with_name("damaged.hrplan")
    data = bytearray(good.read_bytes())
    page = 4096
    data[page * 5: page * 5 + 200] = b"\xde\xad" * 100  # scribble over a b-tree page
    damaged.write_bytes(bytes(data))
    before = sha256(demo_path)
    with pytest.raises(BackupError, match="damaged"):
        backups.restore(demo_path, damaged)
    assert sha256(demo_path) == before
    assert [b.path for b in backups.list_backups(demo_path)] == [good]  # not even a before-restore backup


@pytest.mark.parametrize("kind", ["not sqlite", "other sqlite", "newer schema"])
def test_a_backup_that_is_not_a_usable_register_is_refused(demo_path, tmp_path, kind):
    candidate = tmp_path / "candidate.hrplan"
    if kind == "not sqlite":
        candidate.write_bytes(b"PK\x03\x04 an Excel file, perhaps")
    elif kind == "other sqlite":
        with sqlite3.connect(candidate) as conn:
            conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
            conn.execute("INSERT INTO alembic_version VALUES ('0002')")
            conn.execute("CREATE TABLE addresses (name TEXT)")
        conn.close()
    else:
        db.backup_file(demo_path, candidate)
        with sqlite3.connect(candidate) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '7777'")
        conn.close()
    before = sha256(demo_path)
    with pytest.raises((BackupError, db.RegisterFileError)) as refused:
        backups.restore(demo_path, candidate)
    assert {"not sqlite": "not an hrplanner register", "other sqlite": "not an hrplanner register",
            "newer schema": "newer version"}[kind] in str(refused.value)
    assert sha256(demo_path) == before
    assert backups.list_backups(demo_path) == []


def test_restore_is_refused_while_another_process_edits(demo_path):
    good = backups.make_backup(demo_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from hrplanner.services.locking import acquire_writer
            lock = acquire_writer({str(demo_path)!r})
            print("locked", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = sha256(demo_path)
        with pytest.raises(RegisterInUse, match="being edited by"):
            backups.restore(demo_path, good)
        assert sha256(demo_path) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_restore_needs_a_register_file_name(demo_path, tmp_path):
    good = backups.make_backup(demo_path)
    with pytest.raises(BackupError, match="is a folder"):
        backups.restore(tmp_path, good)
    with pytest.raises(BackupError, match="does not exist"):
        backups.restore(tmp_path / "no such folder" / "x.hrplan", good)


def test_restore_refuses_a_register_still_open_in_this_process(demo_path):
    good = backups.make_backup(demo_path)
    with Register.open(demo_path) as register:
        register.organisations()  # a live connection
        with pytest.raises(BackupError, match="still open"):
            backups.restore(demo_path, good)
        assert register.organisations()  # still usable


def test_restoring_the_oldest_backup_of_a_full_set_keeps_that_backup(demo_path):
    made = [backups.make_backup(demo_path, keep=3) for _ in range(3)]
    oldest = made[0]
    backups.restore(demo_path, oldest, keep=3)
    assert oldest.exists()
    assert figure_rows(demo_path) == figure_rows(oldest)


def test_restore_over_a_damaged_register_keeps_its_bytes(demo_path, tmp_path):
    good = backups.make_backup(demo_path)
    data = bytearray(demo_path.read_bytes())
    data[4096 * 3: 4096 * 3 + 300] = os.urandom(300)
    demo_path.write_bytes(bytes(data))
    damaged_bytes = sha256(demo_path)
    Path(f"{demo_path}-wal").write_bytes(b"not really a wal")

    result = backups.restore(demo_path, good)

    assert figure_rows(demo_path) == figure_rows(good)
    assert result.previous_saved_as.name.endswith(".damaged.hrplan")
    assert sha256(result.previous_saved_as) == damaged_bytes
    assert Path(f"{result.previous_saved_as}-wal").read_bytes() == b"not really a wal"
    assert not Path(f"{demo_path}-wal").exists()


def test_export_copy_writes_a_chosen_file_and_does_not_overwrite(demo_path, tmp_path):
    target = tmp_path / "copy.hrplan"
    backups.export_copy(demo_path, target)
    assert figure_rows(target) == figure_rows(demo_path)
    with pytest.raises(BackupError, match="already exists"):
        backups.export_copy(demo_path, target)
    with pytest.raises(BackupError, match="over the register itself"):
        backups.export_copy(demo_path, demo_path, overwrite=True)


def test_backup_and_restore_commands(demo_path, tmp_path, capsys, org_name):
    assert run(["backup", "--register", str(demo_path)]) == 0
    [made] = backups.list_backups(demo_path)
    assert str(made.path) in capsys.readouterr().out
    assert run(["backup", "--register", str(demo_path), "--list"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and str(made.path) in listing
    target = tmp_path / "elsewhere.hrplan"
    assert run(["backup", "--register", str(demo_path), "--to", str(target)]) == 0
    assert run(["backup", "--register", str(demo_path), "--to", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err

    delete_organisation_figures(demo_path, org_name)
    assert run(["restore", "--register", str(demo_path), "--from", str(made.path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-restore" in out
    assert persons(demo_path, org_name) == persons(made.path, org_name) > 0

    assert run(["restore", "--register", str(demo_path), "--from", str(tmp_path / "missing.hrplan")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.hrplan" in err[0]


def test_the_migration_backup_is_made_by_the_writer_the_opener_passes(tmp_path):
    """No import-time wiring: Register.open receives its backup writer; without one an old file is
    refused untouched and nothing is written beside it."""
    import hashlib
    import shutil

    fixture = Path(__file__).parents[1] / "data" / "registers" / "schema_0001.hrplan"
    path = tmp_path / "old.hrplan"
    shutil.copyfile(fixture, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(db.RegisterFileError, match="older schema"):
        db.open_register(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before and sorted(tmp_path.iterdir()) == [path]
    calls = []

    def writer(register: Path, reason: str) -> Path:
        calls.append((register, reason, db.read_revision(register)))  # still the old schema when called
        return db.backup_file(register, tmp_path / "elsewhere.bak")

    opened = db.open_register(path, backup_writer=writer)
    opened.engine.dispose()
    assert calls == [(path, "before-migration", "0001")]
    assert opened.backup == tmp_path / "elsewhere.bak" and db.read_revision(opened.backup) == "0001"
    assert opened.migrated_from == "0001" and db.read_revision(path) == db.head_revision()
