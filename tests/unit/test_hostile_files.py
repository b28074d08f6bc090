"""Nothing outside the app can destroy a register (issue 11): links, FIFOs and devices where files
should be, a register edited by someone else, read-only folders, full disks, damaged registers, formula
text, odd inputs and mistyped commands. Each case: one clear line on stderr, exit 1 or 2 (never 3 or a
traceback), and the register unchanged or changed exactly as reported.

The folder and disk cases mount a small tmpfs or a read-only bind mount (the tests run as root, where
file permission bits do not stop anything); they skip, saying why, only where mounting is impossible.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path

import pytest

from hrplanner import files
from hrplanner.cli import run
from hrplanner.db import engine as db
from hrplanner.services import backups
from hrplanner.services.locking import acquire_writer, lock_path, open_for_writing
from tests.unit.excel_helpers import ROUND, set_cells, template_for
from tests.unit.helpers import dump, small_register

HRPLANNER = [sys.executable, "-m", "hrplanner"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(path: Path) -> list[str]:
    """Every file next to a register whose name starts with the register's name (or is a temporary)."""
    return sorted(p.name for p in path.parent.iterdir()
                  if p.name != path.name and (p.name.startswith(path.name) or p.name.startswith(f".{path.name}")))


def one_error_line(capsys, command: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"hrplanner {command}: error: "), err
    assert "Traceback" not in err and "Exception ignored" not in err
    return lines[0]


@pytest.fixture
def small_path(tmp_path) -> Path:
    small_register(tmp_path / "small.hrplan").close()
    return tmp_path / "small.hrplan"


@pytest.fixture
def changed_template(small_path, tmp_path) -> Path:
    """A's prefilled template with one figure raised (GZ women 35-44: 6 -> 7 persons)."""
    with db_register(small_path) as register:
        path = template_for(register, "A", tmp_path, prefill=True, name="a.xlsx")
    return set_cells(path, {("Bezetting", "F25"): 7})


@contextmanager
def db_register(path: Path):
    from hrplanner.services.register import Register

    register = Register.open(path, read_only=True)
    try:
        yield register
    finally:
        register.close()


# --- mounts ---------------------------------------------------------------------------------------------


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip() or 'mount failed'}); this case needs root "
                    "and mount rights, as in CI")


@contextmanager
def tmpfs(folder: Path, size: str):
    """A small RAM disk at ``folder`` (which is created), unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextmanager
def read_only(folder: Path):
    """``folder`` made read-only by a read-only bind mount over itself."""
    _mount("--bind", str(folder), str(folder))
    try:
        result = subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot remount read-only here ({result.stderr.strip()})")
        probe = folder / ".probe"
        with pytest.raises(OSError):
            probe.write_text("x")  # really read-only, also for root
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path) -> None:
    """Fill a tmpfs to the last byte."""
    with open(folder / "filler", "wb", buffering=0) as handle:  # unbuffered: closing has nothing to flush
        for size in (65536, 4096, 512, 1):  # then the last bytes, smaller and smaller
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass
    assert os.statvfs(folder).f_bavail == 0


# --- 1. links, FIFOs and other files where a lock file should be ------------------------------------------


def test_a_lock_file_that_links_to_the_register_is_refused_and_nothing_is_written(small_path, changed_template,
                                                                                  capsys):
    before = sha256(small_path)
    lock_path(small_path).symlink_to(small_path.name)
    assert run(["import", "--register", str(small_path), str(changed_template)]) == 2
    line = one_error_line(capsys, "import")
    assert "nothing imported" in line and "small.hrplan.lock" in line and "symbolic link" in line
    assert sha256(small_path) == before and lock_path(small_path).is_symlink()


def test_a_lock_file_that_links_elsewhere_leaves_that_file_alone(small_path, changed_template, tmp_path, capsys):
    victim = tmp_path / "notes.txt"
    victim.write_text("my notes\n")
    lock_path(small_path).symlink_to(victim)
    assert run(["import", "--register", str(small_path), str(changed_template)]) == 2
    assert "symbolic link" in one_error_line(capsys, "import")
    assert victim.read_text() == "my notes\n"


@pytest.mark.parametrize("kind", ["hard link", "fifo", "folder", "other file"])
def test_a_lock_path_that_is_not_a_lock_file_is_refused(small_path, tmp_path, kind):
    path = lock_path(small_path)
    other = tmp_path / "other.txt"
    other.write_text("x" * 10)
    if kind == "hard link":
        os.link(small_path, path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.write_text("not a lock: some other content\n")
    before = sha256(small_path)
    with pytest.raises(Exception) as refused:  # noqa: PT011 - the type is checked below
        acquire_writer(small_path)
    assert type(refused.value).__name__ in ("UnsafeLockFile", "LockUnavailable")
    assert "small.hrplan.lock" in str(refused.value)
    assert sha256(small_path) == before


def test_backups_and_temporaries_never_follow_a_link(small_path, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "copy.hrplan"
    target.symlink_to(victim)
    with pytest.raises(files.FileProblem, match="symbolic link"):
        db.backup_file(small_path, target)
    partial = files.partial_path(tmp_path / "out.hrplan")
    partial.symlink_to(victim)  # a link where our temporary name goes: replaced, never written through
    db.backup_file(small_path, tmp_path / "out.hrplan")
    assert victim.read_text() == "keep me" and not os.path.lexists(partial)
    assert db.read_revision(tmp_path / "out.hrplan") == db.head_revision()


# --- 2. commands that replace a file take the writer lock -------------------------------------------------


def test_demo_force_refuses_a_register_someone_edits(small_path, capsys):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from hrplanner.services.locking import acquire_writer
        lock = acquire_writer({str(small_path)!r})
        print("locked", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = sha256(small_path)
        assert run(["demo", "--force", str(small_path)]) == 2
        assert "is being edited by" in one_error_line(capsys, "demo")
        assert sha256(small_path) == before
    finally:
        holder.kill()
        holder.wait()


def test_demo_force_replaces_only_a_register(tmp_path, capsys):
    notes = tmp_path / "notes.hrplan"
    notes.write_text("not a register")
    assert run(["demo", "--force", str(notes)]) == 2
    assert "not an hrplanner register" in one_error_line(capsys, "demo")
    assert notes.read_text() == "not a register"
    fifo = tmp_path / "pipe.hrplan"
    os.mkfifo(fifo)
    assert run(["demo", "--force", str(fifo)]) == 2
    assert "named pipe" in one_error_line(capsys, "demo")


def test_demo_force_replaces_a_register_atomically(small_path, capsys):
    assert run(["demo", "--force", str(small_path)]) == 0
    with db_register(small_path) as register:
        assert register.fictitious and len(register.organisations()) > 2
    assert beside(small_path) == []  # no lock, no -wal, no temporary left


# --- 3. read commands never write -----------------------------------------------------------------------


def _wal_register(path: Path) -> Path:
    """A closed register in WAL mode (as the app leaves it): no -wal or -shm beside it."""
    assert path.read_bytes()[18] == 2 and beside(path) == []
    return path


def test_read_commands_leave_no_file_behind(small_path, tmp_path, capsys):
    _wal_register(small_path)
    before = sha256(small_path)
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["summary", "--register", str(small_path)],
        ["plan", "--register", str(small_path)],
        ["project", "--register", str(small_path)],
        ["audit", "--register", str(small_path)],
        ["check", "--register", str(small_path)],
        ["export", "--register", str(small_path), str(out / "meeting.xlsx")],
        ["backup", "--register", str(small_path), "--list"],
        ["import", "--dry-run", "--register", str(small_path), str(out / "missing.xlsx")],
    ]
    for argv in commands:
        code = run(argv)
        assert code in (0, 1), (argv, capsys.readouterr().err)
        assert sha256(small_path) == before and beside(small_path) == [], argv
    # template is a writer since the round status records each template sent: it writes the register
    # under the writer lock, and leaves nothing beside it either
    assert run(["template", "--register", str(small_path), "--round", "2025-12-31", "--all", str(out)]) == 0
    assert sha256(small_path) != before and beside(small_path) == []


def test_a_foreign_database_with_an_alembic_table_is_refused_untouched(tmp_path, capsys):
    foreign = tmp_path / "other-app.hrplan"
    conn = sqlite3.connect(foreign)
    conn.executescript("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
                       "INSERT INTO alembic_version VALUES ('ae1027a6acf');"
                       "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL);")
    conn.close()
    before = sha256(foreign)
    for command in ("summary", "plan", "project", "audit", "check", "backup"):
        assert run([command, "--register", str(foreign)]) == 2
        assert "not an hrplanner register" in one_error_line(capsys, command)
    with pytest.raises(db.NotARegisterError):
        open_for_writing(foreign)
    assert sha256(foreign) == before and beside(foreign) == []
    assert backups.list_backups(foreign) == []


# --- 4. full disks, read-only folders, an unwritable data folder ----------------------------------------


def test_import_on_a_full_disk_reports_every_file(tmp_path, monkeypatch, capsys):
    """Four files; the disk fills while the third is written: the first two are imported, the third
    failed (nothing of it), the fourth not tried; exit 1 and every file named."""
    from sqlalchemy.exc import OperationalError

    from hrplanner.services.excel import importer

    path = tmp_path / "reg.hrplan"
    small_register(path).close()
    made = []
    with db_register(path) as register:
        for k, (org, cell, value) in enumerate([("A", "F25", 7), ("B", "H25", 5), ("A", "I26", 3),
                                                ("B", "H25", 6)]):
            folder = tmp_path / f"f{k}"
            folder.mkdir()
            made.append(set_cells(template_for(register, org, folder, prefill=True, name=f"file{k}.xlsx"),
                                  {("Bezetting", cell): value}))
    real_insert = importer.repo.insert_figures
    calls = []

    def insert_until_full(*args, **kwargs):  # noqa: ANN002, ANN003
        calls.append(1)
        if len(calls) == 3:
            raise OperationalError("INSERT INTO staffing ...", {}, sqlite3.OperationalError("database or disk is full"))
        return real_insert(*args, **kwargs)

    monkeypatch.setattr(importer.repo, "insert_figures", insert_until_full)
    code = run(["import", "--register", str(path), *map(str, made)])
    out = capsys.readouterr().out
    assert code == 1
    assert "file0.xlsx: imported (A, 2025-12-31)" in out and "file1.xlsx: imported (B, 2025-12-31)" in out
    assert "file2.xlsx: failed; nothing imported" in out and "database or disk is full" in out
    assert "file3.xlsx: not imported; nothing imported" in out and "stopped at file2.xlsx" in out
    assert "4 files: 2 imported, 1 failed, 1 not imported" in out
    with db_register(path) as register:  # exactly the first two: A's GZ women 6 -> 7, B's GZ 4 -> 5
        data = register.round_data(register.round(ROUND))
        gz = {(s.organisation, s.age_band, s.sex): s.persons for s in data.staffing if s.occupation == "GZ"}
    assert gz == {("A", "35-44", "women"): 7, ("A", "60-64", "men"): 2, ("B", "55-59", "women"): 5}
    assert db.integrity_problems(path) == []


def test_import_on_a_real_full_disk_is_one_report_per_file(tmp_path, capsys):
    disk = tmp_path / "disk"
    with tmpfs(disk, "2m"):
        path = disk / "reg.hrplan"
        small_register(path).close()
        made = []
        with db_register(path) as register:
            for k in range(3):
                made.append(set_cells(template_for(register, "A", tmp_path, prefill=True, name=f"a{k}.xlsx"),
                                      {("Bezetting", "F25"): 7 + k}))
        fill_disk(disk)
        before = dump_path(path)
        code = run(["import", "--register", str(path), *map(str, made)])
        captured = capsys.readouterr()
        assert code in (1, 2) and "Traceback" not in captured.err
        if code == 2:  # refused before any file: one line naming the cause
            assert len(captured.err.strip().splitlines()) == 1 and "full" in captured.err
        else:
            assert "a0.xlsx: failed; nothing imported" in captured.out and "No space left" in captured.out
            assert "3 files: 1 failed, 2 not imported" in captured.out
        assert dump_path(path) == before and db.integrity_problems(path) == []


def dump_path(path: Path) -> dict:
    with db_register(path) as register:
        return dump(register)


def test_demo_export_template_and_restore_on_a_full_disk(small_path, tmp_path, capsys):
    disk = tmp_path / "disk"
    made = backups.make_backup(small_path, "manual")
    with tmpfs(disk, "1m"):
        old = disk / "meeting.xlsx"
        old.write_bytes(b"last month's workbook")
        register_copy = disk / "reg.hrplan"
        db.backup_file(small_path, register_copy)
        fill_disk(disk)
        before = sha256(register_copy)
        for argv, command in [
            (["demo", str(disk / "new.hrplan")], "demo"),
            (["export", "--register", str(small_path), str(old)], "export"),
            (["template", "--register", str(small_path), "--round", "2025-12-31", "--organisation", "A",
              "--force", str(disk / "a.xlsx")], "template"),
            (["restore", "--register", str(register_copy), "--from", str(made)], "restore"),
        ]:
            assert run(argv) == 2, argv
            line = one_error_line(capsys, command)
            assert "No space left on device" in line or "full" in line, line
        assert old.read_bytes() == b"last month's workbook"
        assert sha256(register_copy) == before
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "meeting.xlsx", "reg.hrplan"]


def test_a_register_in_a_read_only_folder_can_be_read_by_every_read_command(small_path, tmp_path, capsys):
    folder = small_path.parent
    out = tmp_path.parent / f"{tmp_path.name}-out"
    out.mkdir()
    with read_only(folder):
        for argv in (["summary"], ["plan"], ["project"], ["audit"], ["check"],
                     ["export", str(out / "meeting.xlsx")],
                     ["template", "--round", "2025-12-31", "--all", str(out / "templates")]):
            code = run([argv[0], "--register", str(small_path), *argv[1:]])
            captured = capsys.readouterr()
            assert code == 0, (argv, captured.err)
            if argv[0] == "check":
                assert "Result: passed: 0 error(s)" in captured.out
        assert run(["import", "--register", str(small_path), str(out / "x.xlsx")]) == 2
        assert "read-only" in one_error_line(capsys, "import")
    assert (out / "meeting.xlsx").exists() and len(list((out / "templates").iterdir())) == 2


def test_an_unwritable_data_folder_stops_an_import_before_it_changes_anything(small_path, changed_template,
                                                                             tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(data))
    before = dump_path(small_path)
    with read_only(data):
        code = run(["import", "--register", str(small_path), str(changed_template)])
    out = capsys.readouterr().out
    assert code == 1 and "a.xlsx: failed; nothing imported" in out and "backup" in out.lower()
    assert dump_path(small_path) == before


def test_an_old_register_with_an_unwritable_data_folder_opens_read_only_unchanged(tmp_path, monkeypatch):
    import shutil

    from hrplanner.services.locking import open_for_editing

    old = tmp_path / "old.hrplan"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "registers" / "schema_0001.hrplan", old)
    before = sha256(old)
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(data))
    with read_only(data), open_for_editing(old) as session:
        assert session.read_only and session.lock is None
        assert "Cannot write the backup of old.hrplan" in session.read_only_reason
        assert "not changed" in session.read_only_reason
        assert [o.name for o in session.register.organisations()] == ["De Linde Jeugdzorg", "Wijkteam Hengelo"]
    assert sha256(old) == before and beside(old) == []


# --- 5. damaged registers ---------------------------------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    conn = sqlite3.connect(path)
    if how == "dangling reference":
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE staffing SET organisation_id = 999 WHERE rowid = (SELECT min(rowid) FROM staffing)")
    elif how == "impossible date":
        conn.execute("UPDATE round SET reference_date = '2025-02-30' WHERE reference_date = '2024-12-31'")
    elif how == "dropped table":
        conn.execute("DROP TABLE scenario_parameter") if _has(conn, "scenario_parameter") else \
            conn.execute("DROP TABLE audit_log")
    elif how == "index out of step":  # PRAGMA integrity_check fails, the tables still read
        conn.execute("PRAGMA writable_schema = ON")
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE name IN "
                                  "('ix_flow_round_id', 'ix_staffing_round_id')").fetchall())
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'ix_flow_round_id'",
                     (roots["ix_staffing_round_id"],))
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'ix_staffing_round_id'",
                     (roots["ix_flow_round_id"],))
    conn.commit()
    conn.close()


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None


@pytest.mark.parametrize("how", ["dangling reference", "impossible date", "dropped table", "index out of step"])
def test_a_damaged_register_gives_one_line_everywhere_and_check_reports_it(small_path, tmp_path, how, capsys):
    _damage(small_path, how)
    out = tmp_path / "out"
    out.mkdir()
    code = run(["check", "--register", str(small_path)])
    captured = capsys.readouterr()
    assert code == 1 and "Result: FAILED" in captured.out and "Traceback" not in captured.err, captured
    for argv in (["summary"], ["plan"], ["project"], ["audit"], ["export", str(out / "m.xlsx")],
                 ["template", "--round", "2025-12-31", "--all", str(out)], ["backup"]):
        code = run([argv[0], "--register", str(small_path), *argv[1:]])
        captured = capsys.readouterr()
        assert code in (0, 1, 2), (argv, code, captured.err)
        assert "Traceback" not in captured.err and len(captured.err.strip().splitlines()) <= 1, (argv, captured.err)


def test_a_register_that_fails_the_integrity_check_is_not_imported_into_or_backed_up(small_path, changed_template,
                                                                                   capsys):
    sound = backups.make_backup(small_path, "manual")
    _damage(small_path, "index out of step")
    before = sha256(small_path)
    assert run(["import", "--register", str(small_path), str(changed_template)]) == 2
    assert "integrity check" in one_error_line(capsys, "import")
    assert run(["backup", "--register", str(small_path), "--keep", "1"]) == 2
    assert "is damaged" in one_error_line(capsys, "backup")
    assert sha256(small_path) == before
    assert [b.path for b in backups.list_backups(small_path)] == [sound]  # the sound one stays


def test_damaged_copies_never_push_sound_backups_out(small_path):
    sound = [backups.make_backup(small_path, "manual") for _ in range(2)]
    folder = backups.backup_dir(small_path)
    for k in range(3):  # raw copies of damaged registers, newer than the sound ones
        (folder / f"small.2999010{k + 1}T000000000000Z.damaged.hrplan").write_bytes(b"damaged bytes")
    backups.prune(small_path, keep=2)
    left = backups.list_backups(small_path)
    assert sorted(b.path for b in left if b.reason != "damaged") == sorted(sound)
    assert len([b for b in left if b.reason == "damaged"]) == 3


# --- 6. formula text in CSV -------------------------------------------------------------------------------


ATTACK = "-1+1+cmd|' /C calc'!A0"


def test_the_audit_csv_neutralises_a_minus_followed_by_a_digit(small_path, capsys):
    from hrplanner.db import repositories as repo
    from hrplanner.services.register import Register

    with Register.open(small_path) as register, register.transaction() as session:
        repo.add_audit("edit", "staffing", session=session, key=ATTACK, old="-12.5", new="=2+3", user="@me",
                       source="test")
    assert run(["audit", "--register", str(small_path), "--format", "csv"]) == 0
    row = [line for line in capsys.readouterr().out.splitlines() if "cmd|" in line][0]
    assert f"'{ATTACK}" in row and ",'=2+3," in row and ",'@me," in row
    assert ",-12.5," in row  # a plain number stays a number


def test_every_csv_text_cell_passes_the_one_guard():
    from hrplanner.cli.common import render_csv
    from hrplanner.textsafe import csv_cell, needs_guard

    text = render_csv(["name", "n"], [[ATTACK, -3], ["=HYPERLINK(\"x\")", 2.5], ["Stichting De Brug", 1]])
    assert text.splitlines() == ["name,n", f"'{ATTACK},-3", "\"'=HYPERLINK(\"\"x\"\")\",2.5",
                                 "Stichting De Brug,1"]
    assert [needs_guard(t) for t in ("-1", "+3.5", "-1e5", "-1+1", "+31 53", "@x", "plain")] == [
        False, False, False, True, True, True, False]
    assert csv_cell(-1) == -1 and csv_cell("\uff1dSUM(A1)") == "'\uff1dSUM(A1)"


def test_project_csv_neutralises_the_occupation(tmp_path):
    from hrplanner.domain.projection.examples import gz_psycholoog
    from hrplanner.domain.projection.model import project
    from hrplanner.domain.projection.report import format_csv

    import dataclasses

    params = dataclasses.replace(gz_psycholoog(), occupation="=cmd|' /C calc'!A0")
    result = project(params)
    lines = format_csv(result).splitlines()
    assert all(line.startswith("'=cmd|") for line in lines[1:])


# --- 7. FIFOs, devices, odd numbers and dates -----------------------------------------------------------


def _cli(*argv: str, timeout: int = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*HRPLANNER, *argv], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def test_a_fifo_or_a_link_to_dev_zero_as_import_file_is_refused_at_once(small_path, tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.xlsx"
    zero.symlink_to("/dev/zero")
    before = sha256(small_path)
    result = _cli("import", "--register", str(small_path), str(fifo), str(zero))
    assert result.returncode == 1, result.stderr
    assert "pipe.xlsx: is a named pipe (FIFO), not a regular file" in result.stdout
    assert "zero.xlsx: is a device, not a regular file" in result.stdout
    assert sha256(small_path) == before


def test_a_fifo_as_register_is_refused_by_every_command(tmp_path):
    fifo = tmp_path / "pipe.hrplan"
    os.mkfifo(fifo)
    for command in ("summary", "plan", "project", "audit", "check", "backup", "export"):
        argv = [command, "--register", str(fifo)] + ([str(tmp_path / "x.xlsx")] if command == "export" else [])
        result = _cli(*argv)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.count("\n") == 1 and "named pipe" in result.stderr, result.stderr


def test_a_fifo_or_device_as_parameter_file_is_named(tmp_path, capsys):
    fifo = tmp_path / "params.toml"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.toml"
    zero.symlink_to("/dev/zero")
    assert run(["project", "--params", str(fifo)]) == 2
    assert "is a named pipe (FIFO), not a regular file" in one_error_line(capsys, "project")
    assert run(["project", "--params", str(zero)]) == 2
    assert "is a device, not a regular file" in one_error_line(capsys, "project")


def test_odd_numbers_and_dates_give_one_line_or_work(small_path, capsys):
    assert run(["audit", "--register", str(small_path), "--since", "0001-01-01", "--until", "9999-12-31"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:
        run(["audit", "--register", str(small_path), "--limit", str(2**63)])
    assert exited.value.code == 2 and "from 1 to 1000000000" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        run(["demo", "--seed", "-1", str(small_path.parent / "d.hrplan")])
    assert exited.value.code == 2 and "of at least 0, not -1" in capsys.readouterr().err


@pytest.mark.parametrize("text, expected", [
    ("x = " + "[" * 5000 + "]" * 5000, "nests tables or lists more than 20 levels deep"),
    ("x = " + "{a = " * 3000 + "1" + "}" * 3000, "nests tables or lists more than 20 levels deep"),
])
def test_deeply_nested_parameter_files_are_refused(tmp_path, text, expected, capsys):
    path = tmp_path / "deep.toml"
    path.write_text(text)
    assert run(["project", "--params", str(path)]) == 2
    assert expected in one_error_line(capsys, "project")


def test_huge_amounts_and_thousands_of_groups_are_refused(tmp_path, capsys):
    from hrplanner.domain.projection.examples import gz_psycholoog
    from hrplanner.domain.projection.toml_file import dump_toml

    text = dump_toml(gz_psycholoog())
    huge = tmp_path / "huge.toml"
    huge.write_text(text.replace("persons = ", "persons = 1e308 #", 1))
    assert run(["project", "--params", str(huge)]) == 2
    assert "must be at most 1,000,000,000 in size" in one_error_line(capsys, "project")
    head, _, rest = text.partition("[[supply.group]]")
    tail = rest[rest.index("\n[training"):]
    group = ('[[supply.group]]\nname = "g{k}"\nshare = 0.0003\nfte = 0.8\n'
             'outflow = {{1 = 0.05}}\nretention = {{1 = 1.0}}\n')
    many = tmp_path / "many.toml"
    many.write_text(head + "".join(group.format(k=k) for k in range(3000)) + tail)
    assert run(["project", "--params", str(many)]) == 2
    assert "has 3000 groups; at most 100 are accepted" in one_error_line(capsys, "project")


# --- 8. a mistyped command ----------------------------------------------------------------------------------


def test_a_mistyped_command_is_not_opened_as_a_file(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([*HRPLANNER, "sumary", "--register", "x.hrplan"], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path, env={**os.environ, **env})
    assert result.returncode == 2
    assert result.stderr.strip() == "hrplanner: unknown command 'sumary'; did you mean 'summary'? " \
                                    "(see hrplanner --help)"


# --- 9. confirming a big drop on the command line --------------------------------------------------------


def test_import_asks_to_confirm_a_big_drop_by_name(small_path, tmp_path, capsys):
    with db_register(small_path) as register:
        path = template_for(register, "A", tmp_path, prefill=True, name="drop.xlsx")
    set_cells(path, {("Bezetting", "E13"): None, ("Bezetting", "L13"): None})  # A: 18 -> 8 persons
    before = dump_path(small_path)
    assert run(["import", "--register", str(small_path), "--accept-warnings", str(path)]) == 1
    out = capsys.readouterr().out
    assert 'A: persons 18 -> 8 (-56%), a drop of more than 20%' in out and '--confirm-drop "A"' in out
    assert dump_path(small_path) == before
    assert run(["import", "--register", str(small_path), "--accept-warnings", "--confirm-drop", "A", str(path)]) == 0
    with db_register(small_path) as register:
        assert sum(s.persons for s in register.round_data(register.round(ROUND)).staffing
                   if s.organisation == "A") == 8


def test_the_commands_drop_share_is_the_importers():
    from hrplanner.cli.excel import DROP_SHARE as shown
    from hrplanner.services.excel.importer import DROP_SHARE

    assert shown == DROP_SHARE == 0.20


# --- 10. leftovers of killed runs -------------------------------------------------------------------------


def test_a_writer_removes_the_leftovers_of_killed_runs_only(small_path, tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    alive = str(os.getppid())
    folder = small_path.parent
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    stale = [folder / f".small.hrplan.partial-{dead}", folder / f".small.hrplan.restoring-{dead}",
             folder / f".small.hrplan.partial-{dead}-wal"]
    for path in stale:
        path.write_bytes(b"half")
    linked = folder / f".small.hrplan.partial-{int(dead) + 1000000}"
    linked.symlink_to(victim)
    running = folder / f".small.hrplan.partial-{alive}"
    running.write_bytes(b"someone is writing this")
    other = folder / f".other.hrplan.partial-{dead}"
    other.write_bytes(b"not ours")
    with open_for_writing(small_path) as session:
        assert sorted(p.name for p in session.removed_leftovers) == sorted([*(p.name for p in stale), linked.name])
    assert not any(os.path.lexists(p) for p in (*stale, linked))
    assert running.exists() and other.exists() and victim.read_text() == "keep"
