"""Backups of register files: a rolling set per register, made before every migration, import and
restore, and the one safe way to put a backup back.

Where: ``<data dir>/backups/<stem>-<hash>/`` (the user's data folder, see :func:`hrplanner.paths.data_dir`),
one folder per register, named by the file's stem and a hash of its full path. Not next to the
register: registers often live on shared or synchronised folders, where a pile of ``.bak`` files would
confuse colleagues and be synchronised too, and a copy on the local disk survives a lost network drive
or USB stick. The folder holds a ``source.txt`` naming the register it belongs to. A register that is
moved to another folder starts a new set (its old backups stay where they were).

Each backup is a complete, self-contained SQLite file made with the online backup API (consistent even
while the register is open), named ``<stem>.<UTC time>.<reason>.hrplan``. After each new backup the
oldest ones beyond ``keep`` are removed (the app's setting, else ``HRPLANNER_BACKUP_KEEP``, else 10).

A register that fails SQLite's integrity check is not backed up into the set (its damaged copy would
push a sound backup out): the backup is refused with the reason. The raw bytes of a damaged register
that a restore replaces are kept as a ``damaged`` copy, which never counts towards ``keep``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from hrplanner import REGISTER_SUFFIX, files
from hrplanner.db import engine as db
from hrplanner.paths import data_dir
from hrplanner.services.errors import NotARegisterError, RegisterFileError, ServiceError

if TYPE_CHECKING:
    from hrplanner.services.locking import WriterLock
    from hrplanner.services.register import Register

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
#: Tables every schema revision of a register has.
REGISTER_TABLES = db.CORE_TABLES
#: The reason of a damaged register's raw copy; such copies never count towards ``keep``.
DAMAGED = "damaged"
KEEP_ENVIRONMENT = "HRPLANNER_BACKUP_KEEP"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.*)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z0-9-]+)"
                   + re.escape(REGISTER_SUFFIX) + "$")


class BackupError(ServiceError):
    """A backup cannot be made or restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in a register's rolling set."""

    path: Path
    created: datetime  # timezone-aware, UTC
    reason: str
    size: int

    @property
    def created_local(self) -> datetime:
        return self.created.astimezone()


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup it put back, and the backup it made of the file it replaced."""

    register: Path
    restored_from: Path
    previous_saved_as: Path | None
    notes: tuple[str, ...] = ()


# --- where ------------------------------------------------------------------------------------------


def backups_root() -> Path:
    return data_dir() / "backups"


def _path_key(register_path: Path) -> str:
    resolved = str(Path(register_path).resolve())
    if sys.platform == "win32" or sys.platform == "darwin":  # case-insensitive file systems
        resolved = resolved.casefold()
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:12]


def backup_dir(register_path: Path | str) -> Path:
    """The folder of a register's rolling set (not created)."""
    path = Path(register_path)
    stem = re.sub(r"[^\w.-]+", "_", path.stem)[:40] or "register"
    return backups_root() / f"{stem}-{_path_key(path)}"


_keep_override: int | None = None


def set_default_keep(count: int | None) -> None:
    """How many backups to keep from now on (the app passes the user's setting; None: the default)."""
    global _keep_override
    _keep_override = None if count is None else max(1, int(count))


def configured_keep() -> int:
    """How many backups to keep per register: the app's setting, else ``HRPLANNER_BACKUP_KEEP``, else 10."""
    if _keep_override is not None:
        return _keep_override
    text = os.environ.get(KEEP_ENVIRONMENT, "").strip()
    if text.isdigit() and int(text) >= 1:
        return int(text)
    return DEFAULT_KEEP


def _reason_slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40]
    return slug or "manual"


# --- making and listing -----------------------------------------------------------------------------


def make_backup(register_path: Path | str, reason: str = "manual", *, keep: int | None = None,
                protect: tuple[Path, ...] = ()) -> Path:
    """Back a register file up into its rolling set; returns the backup's path.

    The register may be open (also by another process): the backup API copies a consistent state.
    """
    path = Path(register_path)
    _recognise(path)
    problems = db.integrity_problems(path)
    if problems:
        raise BackupError(f"{path.name} is damaged ({'; '.join(problems[:2])}); it is not backed up, so that "
                          "its sound backups are kept. Restore one of them (hrplanner restore)")
    folder = backup_dir(path)
    stamp = datetime.now(timezone.utc)
    target = folder / f"{path.stem}.{stamp.strftime(_STAMP_FORMAT)}.{_reason_slug(reason)}{REGISTER_SUFFIX}"
    try:
        _prepare_folder(folder, path)
        db.backup_file(path, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Cannot back up {path.name}: {exc}") from exc
    except files.FileProblem as exc:
        raise BackupError(f"Cannot back up {path.name}: {exc}") from exc
    except OSError as exc:
        raise BackupError(f"Cannot write the backup of {path.name} to {folder}: {files.cause(exc)}") from exc
    log.info("backup of %s (%s) written to %s", path, reason, target)
    prune(path, keep=keep, protect=(target, *protect))
    return target


def backup_before(register: "Register | Path | str", reason: str = "import", *, keep: int | None = None) -> Path:
    """The backup a service makes before a big change (an import, a restore); call it before the
    transaction starts. Accepts an open :class:`Register` or a path."""
    path = register if isinstance(register, (str, Path)) else register.path
    return make_backup(Path(path), reason, keep=keep)


def _recognise(path: Path) -> None:
    """Refuse a file that is not an hrplanner register (a register of a newer version may be copied)."""
    try:
        db.recognise(path)
    except db.NewerSchemaError:
        pass


def _prepare_folder(folder: Path, register: Path) -> None:
    """Create the set's folder and its ``source.txt`` (refusing links where either should be)."""
    folder.mkdir(parents=True, exist_ok=True)
    if folder.is_symlink() or not folder.is_dir():
        raise BackupError(f"The backup folder {folder} is not a plain folder; remove it")
    note = folder / "source.txt"
    if not os.path.lexists(note):
        with files.atomic_output(note, "backup note") as partial:
            partial.write_text(f"{register.resolve()}\n", encoding="utf-8")


def migration_backup(path: Path, reason: str = "before-migration") -> Path:
    """The backup made before a register is migrated (the opening policy passes this to Register.open)."""
    return make_backup(path, reason)


def list_backups(register_path: Path | str) -> list[BackupInfo]:
    """The register's rolling set, newest first."""
    folder = backup_dir(register_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or entry.is_symlink() or not entry.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
        found.append(BackupInfo(entry, created, match["reason"], entry.stat().st_size))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def prune(register_path: Path | str, *, keep: int | None = None, protect: tuple[Path, ...] = ()) -> list[Path]:
    """Remove the oldest backups beyond ``keep``; never those in ``protect``. Returns what went.

    Only sound backups count and go: a ``damaged`` raw copy is kept and never pushes a sound one out.
    """
    keep = configured_keep() if keep is None else max(1, keep)
    protected = {p.resolve() for p in protect}
    removed = []
    sound = [info for info in list_backups(register_path) if info.reason != DAMAGED]
    for info in sound[keep:]:
        if info.path.resolve() in protected:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
            for suffix in ("-wal", "-shm"):  # beside a damaged file's raw copy
                Path(f"{info.path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:  # a backup someone has open: try again next time
            log.warning("could not remove old backup %s: %s", info.path, exc)
    return removed


def export_copy(register_path: Path | str, target: Path | str, *, overwrite: bool = False) -> Path:
    """A backup to a file of the user's choosing (outside the rolling set)."""
    source, target = Path(register_path), Path(target)
    _recognise(source)
    problems = db.integrity_problems(source)
    if problems:
        raise BackupError(f"{source.name} is damaged ({'; '.join(problems[:2])}); it is not backed up")
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError("The backup cannot be written over the register itself")
    if target.exists() and not overwrite:
        raise BackupError(f"{target} already exists")
    if target.is_dir():
        raise BackupError(f"{target} is a folder; give a file name")
    for suffix in ("-wal", "-shm"):
        if Path(f"{target}{suffix}").exists():
            raise BackupError(f"{target} looks open in another program ({target.name}{suffix} exists)")
    try:
        return db.backup_file(source, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Cannot back up {source.name}: {exc}") from exc
    except files.FileProblem as exc:
        raise BackupError(str(exc)) from exc
    except OSError as exc:
        raise BackupError(f"Cannot write {target}: {files.cause(exc)}") from exc


# --- checking and restoring -------------------------------------------------------------------------


def verify_backup(backup_path: Path | str) -> str:
    """Check that a file is a sound hrplanner register this app can open; returns its revision.

    Runs ``PRAGMA integrity_check`` and reads the schema revision, read-only. Raises
    :class:`BackupError` (or a :class:`RegisterFileError`) with the reason.
    """
    path = Path(backup_path)
    problems = db.integrity_problems(path)
    if problems:
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        raise BackupError(f"{path.name} is damaged and cannot be restored: {shown}")
    revision = db.read_revision(path)
    if revision is None:
        raise NotARegisterError(f"{path.name} is an empty SQLite database, not an hrplanner register")
    missing = REGISTER_TABLES - db.file_tables(path)
    if missing:
        raise NotARegisterError(f"{path.name} is not an hrplanner register (no {', '.join(sorted(missing))} table)")
    if revision not in db.known_revisions():
        raise BackupError(
            f"{path.name} was written by a newer version of hrplanner (schema {revision!r}); "
            "update hrplanner to restore it"
        )
    return revision


def _is_damaged(path: Path) -> bool:
    try:
        return bool(db.integrity_problems(path))
    except RegisterFileError:
        return True


def _checkpoint_and_detach(path: Path) -> None:
    """Fold the register's -wal into the file (see ``db.detach_wal``); fails while it is open elsewhere."""
    try:
        db.detach_wal(path)
    except RegisterFileError as exc:
        raise BackupError(str(exc)) from exc


def _set_aside(path: Path, label: str) -> Path | None:
    """Keep a file we must not use (e.g. a damaged register's -wal) under another name."""
    if not path.exists():
        return None
    stamp = datetime.now(timezone.utc).strftime(_STAMP_FORMAT)
    kept = path.with_name(f"{path.name}.{label}-{stamp}")
    os.replace(path, kept)
    return kept


def restore(register_path: Path | str, backup_path: Path | str, *, lock: "WriterLock | None" = None,
            keep: int | None = None) -> RestoreResult:
    """Put a backup back in place of a register. The caller must have closed the register.

    1. The backup is checked first (integrity, hrplanner schema); nothing is touched if that fails.
    2. It is copied (backup API) to a temporary file in the register's folder (the one atomic-write
       helper, :func:`hrplanner.files.atomic_output`).
    3. The current register is backed up into the rolling set (a damaged one is copied byte for byte)
       and its -wal is folded in (a damaged one's -wal is set aside), so no stale -wal/-shm can be
       applied to the restored file.
    4. The helper flushes the copy and renames it over the register in one step.

    Takes the writer lock for the duration (or uses ``lock`` when the caller holds it), so a register
    that another process is editing is refused.
    """
    from hrplanner.services import locking

    register = Path(register_path)
    source = Path(backup_path)
    if register.is_dir() or not register.name:
        raise BackupError(f"{register} is a folder; name the register file to restore")
    if not register.parent.is_dir():
        raise BackupError(f"The folder {register.parent} does not exist")
    if not source.exists():
        raise BackupError(f"Backup not found: {source}")
    if register.exists() and source.resolve() == register.resolve():
        raise BackupError("A register cannot be restored from itself")
    verify_backup(source)
    files.require_regular(register, "register")
    held = lock if lock is not None else locking.acquire_writer(register)
    notes: list[str] = []
    previous = None
    try:
        files.remove_leftovers(register, locking.pid_alive)
        with files.atomic_output(register, "register") as partial:  # replaced only if all below worked
            db.copy_into(source, partial)
            verify_backup(partial)
            if register.exists():
                damaged = _is_damaged(register)
                previous = _save_current(register, keep, damaged=damaged, protect=source, notes=notes)
                if damaged:
                    for suffix in ("-wal", "-shm"):
                        kept = _set_aside(Path(f"{register}{suffix}"), "damaged")
                        if kept:
                            notes.append(f"set aside {kept.name}")
                else:
                    _checkpoint_and_detach(register)
            for suffix in ("-wal", "-shm"):
                leftover = Path(f"{register}{suffix}")
                if leftover.exists():
                    if suffix == "-wal" and leftover.stat().st_size > 0:
                        raise BackupError(f"{register.name} is still open somewhere ({leftover.name} is in use); "
                                          "close it everywhere and try again")
                    leftover.unlink()
    except OSError as exc:
        raise BackupError(f"{register.name} was not restored: {files.cause(exc)}; the register is as it was") from exc
    except files.FileProblem as exc:
        raise BackupError(f"{register.name} was not restored: {exc}; the register is as it was") from exc
    finally:
        if lock is None:
            held.release()
    log.info("restored %s from %s (previous saved as %s)", register, source, previous)
    return RestoreResult(register, source, previous, tuple(notes))


def _save_current(register: Path, keep: int | None, *, damaged: bool, protect: Path, notes: list[str]) -> Path:
    """Back up the register about to be replaced; a damaged one is copied as raw bytes instead."""
    if not damaged:
        return make_backup(register, "before-restore", keep=keep, protect=(protect,))
    folder = backup_dir(register)
    _prepare_folder(folder, register)
    stamp = datetime.now(timezone.utc).strftime(_STAMP_FORMAT)
    saved = folder / f"{register.stem}.{stamp}.{DAMAGED}{REGISTER_SUFFIX}"
    for source, target in ((register, saved), *((Path(f"{register}{x}"), Path(f"{saved}{x}")) for x in ("-wal", "-shm"))):
        if source.exists():
            with files.atomic_output(target, "backup") as partial:
                partial.write_bytes(files.read_regular(source, db.MAX_REGISTER_BYTES))
    notes.append(f"the replaced file was damaged; its bytes are kept as {saved}")
    return saved

