"""The opening policy: how the app and the commands open a register, and what they may do to it.

- **Reading** (:func:`open_for_reading`): no lock, no migration, no file written. The register is
  read into memory once (see ``db.engine.open_register``): read-only media work and no -wal/-shm is
  left behind. An older schema is upgraded in that copy only.
- **Editing** (:func:`open_for_editing`): the file is recognised as an hrplanner register before
  anything is written beside it; then the writer lock is taken, the file's integrity is checked
  (once per state of the file: :mod:`hrplanner.services.integrity`),
  leftovers of killed runs are removed, and an older schema is backed up into the rolling set and
  migrated, all under the lock. When a colleague edits the register, the folder is read-only, the
  lock path is unsafe, the file is damaged or the backup before an upgrade cannot be written, the
  register is opened read-only with the reason.
- **Writing** (:func:`open_for_writing`): like editing, but a command that must change the file
  (``import``) gets the reason as an error instead of a read-only view.

Each returns a :class:`RegisterSession`, which owns the register and its lock: closing the session
closes the register and releases the lock.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from hrplanner import files
from hrplanner.db import engine as db
from hrplanner.db.server.address import is_server_url
from hrplanner.services import integrity
from hrplanner.services.errors import RegisterFileError, ServiceError
from hrplanner.services.locking.lock import (
    LockHolder,
    LockUnavailable,
    RegisterInUse,
    WriterLock,
    acquire_writer,
    pid_alive,
    read_holder,
)
from hrplanner.services.locking.storage import Storage, storage_of
from hrplanner.services.register import Register

log = logging.getLogger(__name__)


@dataclass
class RegisterSession:
    """An open register with what opening it found: the writer lock (None when read-only), why it is
    read-only, who holds the lock, and where the file lives. Closing it closes the register and
    releases the lock (idempotent)."""

    register: Register
    lock: WriterLock | None = None
    read_only_reason: str | None = None
    holder: LockHolder | None = None
    storage: Storage = field(default_factory=lambda: Storage("local"))
    #: Temporary files of killed runs that opening removed.
    removed_leftovers: list[Path] = field(default_factory=list)
    #: The file's identity when it was opened sound for writing (:func:`integrity.identity`): the state
    #: this session leaves it in is stamped as sound at closing.
    opened_sound: tuple[int, int] | None = None

    @property
    def path(self) -> Path:
        return self.register.path

    @property
    def read_only(self) -> bool:
        return self.register.read_only

    def take_lock(self) -> WriterLock | None:
        """Hand the lock to the caller (who then releases it), e.g. for a restore that replaces the file."""
        lock, self.lock = self.lock, None
        return lock

    def close(self) -> None:
        try:
            self.register.close()
            if self.lock is not None and self.opened_sound is not None:
                integrity.stamp_left(self.register.path, self.opened_sound)
        finally:
            lock, self.lock = self.lock, None
            if lock is not None:
                lock.release()

    def __enter__(self) -> "RegisterSession":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_for_reading(register_path: Path | str, *, any_schema: bool = False) -> Register:
    """Open a register read-only: no lock, no migration, no change to the file or its folder.

    With ``any_schema`` an older schema is read as it is (for ``check`` and ``audit``); otherwise an
    older schema is upgraded in the in-memory copy. A server register is read as the login's role may.
    """
    if is_server_url(register_path):
        return Register.open(register_path, read_only=True)
    return Register.open(Path(register_path), read_only=True, any_schema=any_schema)


def migration_backup_writer():  # noqa: ANN201 - db.engine.BackupWriter
    """The backup writer for a migration: the register's rolling set of backups."""
    from hrplanner.services import backups

    return backups.migration_backup


def _damage(path: Path) -> str | None:
    problems = integrity.problems(path)
    if not problems:
        return None
    shown = "; ".join(problems[:2]) + (f" (and {len(problems) - 2} more)" if len(problems) > 2 else "")
    return (f"{path.name} fails the SQLite integrity check ({shown}); nothing may be written to it. "
            "Restore a backup (hrplanner restore, or File > Restore from backup)")


def _writable(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        read_only_disk = bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except (OSError, AttributeError):  # no statvfs (Windows): os.access below decides
        read_only_disk = False
    if read_only_disk:
        raise LockUnavailable(f"{path.name} is on a read-only disk or folder")
    if not os.access(path, os.W_OK):
        raise LockUnavailable(f"{path.name} is write-protected")
    if not os.access(folder, os.W_OK):
        raise LockUnavailable(f"the folder of {path.name} is read-only")


def open_for_writing(register_path: Path | str) -> RegisterSession:
    """Open a register as its one writer, or raise why that is not possible.

    Raises :class:`RegisterFileError` (missing, not a register, newer, damaged), :class:`RegisterInUse`
    or :class:`LockUnavailable`; in every such case the file is untouched. A server register has no
    file lock: the server keeps concurrent edits apart (row versions) and its roles decide who writes.
    """
    if is_server_url(register_path):
        return RegisterSession(Register.open(register_path))
    path = Path(register_path)
    db.recognise(path)  # before anything is written beside it
    _writable(path)
    lock = acquire_writer(path)
    try:
        opened = integrity.identity(path)
        damage = _damage(path)
        if damage:
            raise db.DamagedRegisterError(damage)
        removed = files.remove_leftovers(path, pid_alive)
        for leftover in removed:
            log.info("removed %s, left by a run that was stopped", leftover)
        register = Register.open(path, backup_writer=migration_backup_writer())
    except BaseException:
        lock.release()
        raise
    return RegisterSession(register, lock, None, None, storage_of(path), removed, opened)


def open_for_editing(register_path: Path | str) -> RegisterSession:
    """Open a register to edit it, or read-only (with the reason in ``read_only_reason``) when someone
    else edits it, the folder is read-only, the lock path is unsafe or the file is damaged.

    Raises the usual :class:`RegisterFileError` for a missing, foreign or newer file.
    """
    if is_server_url(register_path):
        return open_for_writing(register_path)
    path = Path(register_path)
    try:
        return open_for_writing(path)
    except RegisterInUse as busy:
        why, reason = busy, f"{busy}. It is opened read-only; you can make changes once it is closed there."
    except LockUnavailable as unavailable:
        why, reason = unavailable, f"{unavailable}. It is opened read-only."
    except db.DamagedRegisterError as damaged:
        why, reason = damaged, f"{damaged}. It is opened read-only."
    except ServiceError as failed:  # e.g. the backup before an upgrade cannot be written
        why, reason = failed, f"{failed}. It is opened read-only and was not changed."
    try:
        register = open_for_reading(path)
    except RegisterFileError as exc:
        raise RegisterFileError(f"{why}, and it cannot be shown read-only: {exc}") from exc
    return RegisterSession(register, None, reason, read_holder(path), storage_of(path))
