"""Opening a register file: the SQLite engine with its pragmas, the schema check, the backup made
before a migration, and the Alembic upgrade.

A register is one SQLite file (``.hrplan``). Its schema is identified by the Alembic revision in
``alembic_version`` and mirrored in ``PRAGMA user_version``; ``register_meta`` records the app version
that last wrote it. A file whose schema is newer than this app knows is refused untouched.
"""

from __future__ import annotations

import ast
import functools
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event, inspect, text

import hrplanner

if TYPE_CHECKING:  # Alembic (about 0.2 s to import) is loaded only when a migration runs
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class RegisterFileError(Exception):
    """A register file cannot be opened; the message is meant for the user."""


class NotARegisterError(RegisterFileError):
    pass


class NewerSchemaError(RegisterFileError):
    pass


class MissingFileError(RegisterFileError):
    pass


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


def _on_begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy connection
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for a register file with foreign keys, WAL journal and a busy timeout."""
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


def _check_is_sqlite(path: Path) -> None:
    if not path.exists():
        raise MissingFileError(f"Register file not found: {path}")
    if path.is_dir():
        raise NotARegisterError(f"{path} is a folder, not a register file")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise RegisterFileError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise NotARegisterError(f"{path} is not an hrplanner register (not an SQLite database)")


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only; ``?``, ``#`` and ``%`` in a file name are escaped."""
    return "file:" + quote(Path(path).as_posix(), safe="/:") + "?mode=ro"


def _wal_files(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def _quiet_read_uri(path: Path) -> str:
    """A read-only URI that leaves no -wal/-shm files beside a closed WAL-mode file.

    A WAL-mode file without a -wal file is not open anywhere, so all of it is in the main file and
    SQLite may read it as immutable; otherwise a read-only connection would create (and leave) empty
    -wal and -shm files next to a file it promised not to touch.
    """
    uri = read_only_uri(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return uri
    wal, _shm = _wal_files(path)
    if len(header) == 20 and header[18] == 2 and not wal.exists():
        uri += "&immutable=1"
    return uri


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in a register file, read without changing the file."""
    uri = _quiet_read_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise NotARegisterError(f"{path} is an SQLite database but not an hrplanner register")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotARegisterError(f"{path} is not a readable hrplanner register ({exc})") from exc


def backup_file(source: Path, target: Path) -> Path:
    """Copy a register with SQLite's online backup API (consistent even while it is open).

    The copy is one self-contained file (rollback journal, no -wal) written under a temporary name,
    flushed to disk and then renamed, so ``target`` is either the complete copy or absent.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(read_only_uri(Path(source)), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def fsync_file(path: Path) -> None:
    """Flush a file's content to the disk."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def integrity_problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` reports about a file: an empty list when it is sound.

    Read-only; raises :class:`NotARegisterError` when the file is not an SQLite database at all.
    """
    _check_is_sqlite(Path(path))
    try:
        conn = sqlite3.connect(_quiet_read_uri(Path(path)), uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"the database cannot be read: {exc}"]
    return [] if rows == ["ok"] else rows


def file_tables(path: Path) -> set[str]:
    """The table names in an SQLite file, read without changing it."""
    conn = sqlite3.connect(_quiet_read_uri(Path(path)), uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


#: Writes the backup made before a migration: (register, reason) -> the backup written.
#: ``hrplanner.services.backups`` installs its rolling set; without it the copy goes next to the file.
BackupWriter = Callable[[Path, str], Path]
_backup_writer: BackupWriter | None = None


def set_backup_writer(writer: BackupWriter | None) -> None:
    """Choose where the backup before a migration goes (None: next to the register)."""
    global _backup_writer
    _backup_writer = writer


def backup_before_migration(path: Path) -> Path:
    if _backup_writer is not None:
        return _backup_writer(path, "before-migration")
    return backup_file(path, backup_path_for(path, "before-migration"))


def backup_path_for(path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}.bak")


@dataclass
class OpenedRegister:
    """What opening a register did: the engine, and whether it migrated (and where the backup is)."""

    path: Path
    engine: Engine
    migrated_from: str | None = None
    backup: Path | None = None
    read_only: bool = False


def _write_meta_versions(engine: Engine) -> None:
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


def create_register(path: Path, *, overwrite: bool = False) -> OpenedRegister:
    """Create a new, empty register file with the current schema."""
    path = Path(path)
    if path.exists():
        if not overwrite:
            raise RegisterFileError(f"{path} already exists")
        path.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO register_meta(key, value) VALUES ('created_by', :v), ('created_at', :at)"),
            {"v": f"hrplanner {hrplanner.__version__}", "at": datetime.now().isoformat(timespec="seconds")},
        )
    _write_meta_versions(engine)
    return OpenedRegister(path, engine)


def open_register(path: Path, *, read_only: bool = False) -> OpenedRegister:
    """Open an existing register: check it, back it up and migrate it when its schema is older.

    Raises a :class:`RegisterFileError` with a message for the user when the file is missing, is not
    a register, or has a newer schema than this app knows (in which case it is not touched).
    """
    path = Path(path)
    _check_is_sqlite(path)
    revision = read_revision(path)
    known = known_revisions()
    if revision is not None and revision not in known:
        raise NewerSchemaError(
            f"{path.name} was written by a newer version of hrplanner (schema {revision!r}); "
            f"this is version {hrplanner.__version__}. Update hrplanner to open it; the file was not changed."
        )
    if revision is None:
        raise NotARegisterError(f"{path} is an empty SQLite database, not an hrplanner register")
    head = known[-1]
    if read_only:
        if revision != head:
            raise RegisterFileError(
                f"{path.name} uses an older schema and must be upgraded before it can be opened read-only"
            )
        return OpenedRegister(path, make_engine(path, read_only=True), read_only=True)
    engine = make_engine(path)
    result = OpenedRegister(path, engine)
    if revision != head:
        result.backup = backup_before_migration(path)
        log.info("migrating %s from %s to %s (backup %s)", path, revision, head, result.backup)
        upgrade(engine)
        result.migrated_from = revision
        _write_meta_versions(engine)
    return result


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
