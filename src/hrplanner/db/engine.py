"""Opening a register file: the SQLite engine with its pragmas, the schema check, the backup made
before a migration, and the Alembic upgrade.

A register is one SQLite file (``.hrplan``). Its schema is identified by the Alembic revision in
``alembic_version`` and mirrored in ``PRAGMA user_version``; ``register_meta`` records the app version
that last wrote it. A file whose schema is newer than this app knows is refused untouched.

Before anything may write, :func:`recognise` reads the file (never a FIFO or device: the header is
read without blocking) and refuses what is not an hrplanner register: not SQLite, another program's
database (even one with an ``alembic_version`` table), core tables missing. Reading never touches
the file: :func:`read_snapshot` copies it into memory (consistent also while a writer has it open)
and a read-only engine works on that copy, so no -wal/-shm is left behind and read-only media work.
Only a writer migrates, with the backup writer its caller passes (no wiring at import time).
"""

from __future__ import annotations

import ast
import functools
import logging
import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import hrplanner
from hrplanner import files

if TYPE_CHECKING:  # Alembic and SQLAlchemy are loaded where they are used: reading needs neither
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: A register larger than this is refused when read into memory (a real one is a few megabytes).
MAX_REGISTER_BYTES = 1 << 30
#: Tables every schema revision of a register has.
CORE_TABLES = frozenset({"register_meta", "organisation", "occupation", "round", "staffing"})


class RegisterFileError(Exception):
    """A register file cannot be opened; the message is meant for the user."""


class NotARegisterError(RegisterFileError):
    pass


class NewerSchemaError(RegisterFileError):
    pass


class MissingFileError(RegisterFileError):
    pass


class DamagedRegisterError(RegisterFileError):
    """The file is an hrplanner register but is damaged (integrity, missing tables)."""


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return known_revisions()[-1]


def known_revisions() -> list[str]:
    """All revisions this app knows, oldest first (read from the migration files, without Alembic)."""
    return list(_revision_chain())


@functools.cache
def _revision_chain() -> tuple[str, ...]:
    """The linear chain of ``revision`` / ``down_revision`` in migrations/versions/*.py, oldest first.

    Reading the two assignments is enough to know whether a file needs a migration; Alembic itself
    is imported only to run one. A test checks this chain against Alembic's own walk.
    """
    parents: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Constant):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                        values[target.id] = node.value.value
        if isinstance(values.get("revision"), str):
            parents[values["revision"]] = values.get("down_revision")  # type: ignore[index,assignment]
    children = {parent: child for child, parent in parents.items()}
    if len(children) != len(parents):
        raise RuntimeError("the migrations do not form one linear chain")
    chain: list[str] = []
    current = children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    if len(chain) != len(parents):
        raise RuntimeError("the migrations do not form one linear chain")
    return tuple(chain)


def schema_number(revision: str | None) -> int:
    """The schema version as a number: the position of the revision in the chain (1 = first)."""
    if revision is None:
        return 0
    return known_revisions().index(revision) + 1


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy manage transactions explicitly (pysqlite's own handling breaks SAVEPOINTs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:  # a read-only connection keeps the file's mode
        pass
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


#: The execution option of a session that only reads (:func:`reading_engine`).
READING = "hrplanner_reading"


def _on_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy connection
    # A transaction that writes takes the write lock at once (it never fails half-way for want of it);
    # one that only reads must not: in WAL mode it reads its own snapshot beside the writer, and the
    # window's reads need not wait for a background read to finish.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READING) else "BEGIN IMMEDIATE")


def reading_engine(engine: Engine) -> Engine:
    """The same engine (the same connections) for sessions that only read: their transactions take
    no lock."""
    return engine.execution_options(**{READING: True})


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for a register file with foreign keys, WAL journal and a busy timeout."""
    from sqlalchemy import URL, create_engine, event

    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False,
                                                          timeout=BUSY_TIMEOUT_MS / 1000)
        )
    else:
        engine = create_engine(
            URL.create("sqlite", database=str(path)),  # not a URL string: "#", "?", "%" stay literal
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
    event.listen(engine, "connect", _on_connect)
    if not read_only:
        event.listen(engine, "begin", _on_begin)
    return engine


def read_header(path: Path, size: int = 100) -> bytes:
    """The first bytes of a register file, refusing (without blocking) a FIFO, a device or a folder."""
    fd = None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotARegisterError(f"{path} is {files.kind_of(status.st_mode)}, not a register file")
        return os.pread(fd, size, 0) if hasattr(os, "pread") else os.read(fd, size)
    except FileNotFoundError:
        raise MissingFileError(f"Register file not found: {path}") from None
    except IsADirectoryError:
        raise NotARegisterError(f"{path} is a folder, not a register file") from None
    except OSError as exc:
        raise RegisterFileError(f"Cannot read {path}: {files.cause(exc)}") from exc
    finally:
        if fd is not None:
            os.close(fd)


def _check_is_sqlite(path: Path) -> None:
    """Refuse a missing file, a folder, a FIFO or device, and a file that is not an SQLite database."""
    path = Path(path)
    if not os.path.lexists(path):
        raise MissingFileError(f"Register file not found: {path}")
    if path.is_dir():
        raise NotARegisterError(f"{path} is a folder, not a register file")
    header = read_header(path, 16)
    if header != SQLITE_HEADER:
        raise NotARegisterError(f"{path} is not an hrplanner register (not an SQLite database)")


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only; ``?``, ``#`` and ``%`` in a file name are escaped."""
    return "file:" + quote(Path(path).as_posix(), safe="/:") + "?mode=ro"


def _wal_files(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


# --- reading without touching the file ----------------------------------------------------------------


def read_snapshot(path: Path) -> bytes:
    """A consistent copy of a register's database, read without changing or adding any file.

    When the register is not open anywhere (no ``-wal`` beside it) all of it is in the file: its
    bytes are read (twice checked against a writer starting meanwhile). When it is open, SQLite's
    backup API copies the committed state through a read-only connection (the ``-wal`` and ``-shm``
    are there already, and the writer removes them). Works on read-only media too.
    """
    path = Path(path)
    _check_is_sqlite(path)
    wal, _shm = _wal_files(path)
    for _attempt in range(5):
        if os.path.lexists(wal):
            return _snapshot_through_sqlite(path)
        before = os.stat(path)
        try:
            data = files.read_regular(path, MAX_REGISTER_BYTES)
        except files.FileProblem as exc:
            raise RegisterFileError(str(exc)) from exc
        after = os.stat(path)
        if (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size) and not os.path.lexists(wal):
            return data
    return _snapshot_through_sqlite(path)


def _snapshot_through_sqlite(path: Path) -> bytes:
    try:
        source = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            memory = sqlite3.connect(":memory:")
            try:
                source.backup(memory)
                return memory.serialize()
            finally:
                memory.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise NotARegisterError(f"{path} cannot be read as an SQLite database ({exc})") from exc


def snapshot_connection(data: bytes | bytearray) -> sqlite3.Connection:
    """An in-memory SQLite connection holding ``data`` (a database file's bytes; copied once, by SQLite:
    a register of hundreds of organisations is tens of megabytes)."""
    if len(data) >= 20 and data[18] == 2:  # WAL mode: an in-memory database cannot use it
        data = bytearray(data)
        data[18] = data[19] = 1
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.deserialize(data)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _revision_of(conn: sqlite3.Connection, path: Path) -> str | None:
    tables = _tables(conn)
    if "alembic_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise NotARegisterError(f"{path} is an SQLite database but not an hrplanner register")
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if "register_meta" not in tables:  # another program's database that happens to use Alembic
        raise NotARegisterError(f"{path} is an SQLite database of another program, not an hrplanner register")
    return revision


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in a register file, read without changing the file."""
    try:
        conn = snapshot_connection(read_snapshot(Path(path)))
        try:
            return _revision_of(conn, Path(path))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotARegisterError(f"{path} is not a readable hrplanner register ({exc})") from exc


def recognise(path: Path) -> str:
    """The schema revision of a register this app can open, checked before anything may write.

    Raises :class:`NotARegisterError` for a file that is not an hrplanner register (not SQLite, an
    empty database, another program's database, core tables missing) and :class:`NewerSchemaError`
    for a register of a newer version. Reads only; never changes the file.
    """
    path = Path(path)
    try:
        conn = snapshot_connection(read_snapshot(path))
        try:
            revision = _revision_of(conn, path)
            tables = _tables(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotARegisterError(f"{path} is not a readable hrplanner register ({exc})") from exc
    if revision is None:
        raise NotARegisterError(f"{path} is an empty SQLite database, not an hrplanner register")
    if revision not in known_revisions():
        raise NewerSchemaError(
            f"{path.name} was written by a newer version of hrplanner (schema {revision!r}); "
            f"this is version {hrplanner.__version__}. Update hrplanner to open it; the file was not changed."
        )
    missing = CORE_TABLES - tables
    if missing:
        raise DamagedRegisterError(
            f"{path.name} is damaged: the table{'s' * (len(missing) > 1)} {', '.join(sorted(missing))} "
            "is missing; restore a backup (hrplanner restore) or run hrplanner check for details")
    return revision


def backup_file(source: Path, target: Path) -> Path:
    """Copy a register with SQLite's online backup API (consistent even while it is open).

    The copy is one self-contained file (rollback journal, no -wal) written under a temporary name
    created exclusively, flushed to disk and then renamed, so ``target`` is either the complete copy
    or absent. Raises :class:`hrplanner.files.FileProblem` when it cannot be written.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _check_is_sqlite(Path(source))
    with files.atomic_output(target, "backup") as partial:
        copy_into(Path(source), partial)
    return target


def copy_into(source: Path, target: Path) -> None:
    """Copy a database into ``target`` (a new, empty file, e.g. a temporary of ``files.atomic_output``)
    with the backup API, as one self-contained file with a rollback journal."""
    src = snapshot_connection(read_snapshot(Path(source)))
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


fsync_file = files.fsync_file
fsync_dir = files.fsync_dir


def integrity_problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` reports about a file: an empty list when it is sound.

    Read-only; raises :class:`NotARegisterError` when the file is not an SQLite database at all.
    """
    return snapshot_integrity_problems(read_snapshot(Path(path)))


def snapshot_integrity_problems(data: bytes) -> list[str]:
    """What ``PRAGMA integrity_check`` reports about a database given as its bytes (:func:`read_snapshot`)."""
    try:
        conn = snapshot_connection(data)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"the database cannot be read: {exc}"]
    return [] if rows == ["ok"] else rows


def file_tables(path: Path) -> set[str]:
    """The table names in an SQLite file, read without changing it."""
    conn = snapshot_connection(read_snapshot(Path(path)))
    try:
        return _tables(conn)
    finally:
        conn.close()


#: Writes the backup made before a migration: (register, reason) -> the backup written. The opening
#: policy (``hrplanner.services.locking``) passes the rolling set's writer to :func:`open_register`.
BackupWriter = Callable[[Path, str], Path]


@dataclass
class OpenedRegister:
    """What opening a register did: the engine, and whether it migrated (and where the backup is)."""

    path: Path
    engine: Engine
    migrated_from: str | None = None
    backup: Path | None = None
    read_only: bool = False


def _write_meta_versions(engine: Engine) -> None:
    from sqlalchemy import text

    with engine.begin() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        number = schema_number(revision)
        conn.exec_driver_sql(f"PRAGMA user_version = {number}")
        for key, value in (("app_version", hrplanner.__version__), ("schema_version", str(number))):
            conn.execute(
                text("INSERT INTO register_meta(key, value) VALUES (:k, :v) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {"k": key, "v": value},
            )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` on an engine's database."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()


def detach_wal(path: Path) -> None:
    """Fold a register's -wal into the file and remove the -wal and -shm, so that none of them can be
    applied to another file put in its place. Fails (``RegisterFileError``) while anyone has it open."""
    wal, shm = _wal_files(path)
    if not os.path.lexists(wal) and not os.path.lexists(shm):
        return
    busy = RegisterFileError(f"{path.name} is still open somewhere; close it everywhere and try again")
    try:
        conn = sqlite3.connect(path, timeout=0.5, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise busy from exc
    if str(mode).lower() != "delete":
        raise busy
    for leftover in (wal, shm):
        if os.path.lexists(leftover):
            if leftover == wal and os.lstat(leftover).st_size > 0:
                raise busy
            os.unlink(leftover)


def create_register(path: Path, *, overwrite: bool = False) -> OpenedRegister:
    """Create a new, empty register file with the current schema at ``path`` (which must not exist
    unless ``overwrite``; the caller holds the writer lock). To build a whole register atomically,
    create it under a temporary name (see ``Register.build``)."""
    path = Path(path)
    files.require_regular(path, "register")
    if os.path.lexists(path) and os.path.getsize(path) > 0:
        if not overwrite:
            raise RegisterFileError(f"{path} already exists")
        detach_wal(path)
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    upgrade(engine)
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO register_meta(key, value) VALUES ('created_by', :v), ('created_at', :at)"),
            {"v": f"hrplanner {hrplanner.__version__}", "at": datetime.now().isoformat(timespec="seconds")},
        )
    _write_meta_versions(engine)
    return OpenedRegister(path, engine)


#: Connections of a read-only register kept between sessions (each its own copy of the register in
#: memory); more are made while more threads read at once, and closed again when handed back.
SNAPSHOT_POOL = 2


def snapshot_engine(data: bytes) -> Engine:
    """A read-only engine over a copy of a database in memory: every connection gets its own copy, and
    writing is switched off (``query_only``). A connection serves one session at a time, whatever the
    thread (SQLAlchemy's default for an in-memory database, one connection per thread, closes the
    connections of other threads once more than five threads read: the pages read in the background)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    def connect() -> sqlite3.Connection:
        conn = snapshot_connection(data)
        conn.execute("PRAGMA query_only = ON")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, pool_size=SNAPSHOT_POOL,
                           max_overflow=16)
    event.listen(engine, "connect", _on_connect)
    return engine


def _migrated_in_memory(data: bytes) -> bytes:
    """The bytes of a database after migrating a copy of it to the head schema in memory."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    conn = snapshot_connection(data)
    try:
        engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
        event.listen(engine, "connect", _on_connect)
        upgrade(engine)
        return conn.serialize()
    finally:
        conn.close()


def open_register(path: Path, *, read_only: bool = False, backup_writer: BackupWriter | None = None,
                  any_schema: bool = False) -> OpenedRegister:
    """Open an existing register; raises a :class:`RegisterFileError` for the user when the file is
    missing, not a register, damaged or newer than this app (and then it is not touched).

    Read-only: the register is read into memory once (:func:`read_snapshot`), so the file is never
    changed, no -wal/-shm is left beside it and read-only media work. An older schema is upgraded in
    that copy only (``any_schema`` reads it as it is, for ``check`` and ``audit``).

    For writing, the caller holds the writer lock. An older schema is then backed up with
    ``backup_writer`` and migrated; without a writer, an older register is refused untouched.
    """
    path = Path(path)
    revision = recognise(path)
    head = known_revisions()[-1]
    if read_only:
        data = read_snapshot(path)
        if revision != head and not any_schema:
            try:
                data = _migrated_in_memory(data)
            except Exception as exc:  # noqa: BLE001 - a damaged old file cannot be upgraded
                raise DamagedRegisterError(f"{path.name} (schema {revision}) cannot be read: {exc}") from exc
        return OpenedRegister(path, snapshot_engine(data), read_only=True)
    if revision != head and backup_writer is None:
        raise RegisterFileError(f"{path.name} uses an older schema ({revision}); it is upgraded when it is "
                                "opened for editing (in the app, or by a command that changes it)")
    engine = make_engine(path)
    result = OpenedRegister(path, engine)
    if revision != head:
        assert backup_writer is not None
        result.backup = backup_writer(path, "before-migration")
        log.info("migrating %s from %s to %s (backup %s)", path, revision, head, result.backup)
        upgrade(engine)
        result.migrated_from = revision
        _write_meta_versions(engine)
    return result


def table_names(engine: Engine) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(engine).get_table_names())


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
