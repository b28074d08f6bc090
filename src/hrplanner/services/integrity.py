"""SQLite's integrity check of a register before it is opened for writing, run once per state of the
file.

Nothing may be written to a damaged register (see :mod:`hrplanner.services.locking.opening`), so
opening one for editing runs ``PRAGMA integrity_check``, which reads every page and index: 0.34 s for a
register of 300 organisations and 10 rounds (20 MB), on every opening. It always answers the same for
the same bytes, so this installation stamps (:mod:`hrplanner.stamps`) the bytes of a register:

- when the check has passed on them;
- when its own writer session closes a register that was sound when opened: from then on only that
  session's transactions changed the file (the writer lock kept every other writer out), and SQLite
  keeps a sound file sound through them. Only if the file is still the one opened (same device and
  inode) and all of it is in the file (no ``-wal`` left beside it).

Opened again unchanged, the file is read and its keyed digest compared (22 ms for 20 MB) instead of
checked. Any change made elsewhere (another program, a copy over it, a failing disk) changes the bytes,
and the check runs in full. The stamps live in the data folder's cache, one per register file (the
digest of its full path names it), at most :data:`KEEP`.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from hrplanner.db import engine as db
from hrplanner.paths import data_dir
from hrplanner.stamps import Stamps

log = logging.getLogger(__name__)

#: The check a stamp vouches for (its version changes when what it checks does).
CHECK = "PRAGMA integrity_check 1"
#: Stamps kept at most (one per register file; the oldest go first).
KEEP = 64
_SUFFIX = ".checked"


def folder() -> Path:
    """Where the registers' stamps are kept."""
    return data_dir() / "cache" / "registers"


def problems(path: Path) -> list[str]:
    """What SQLite's integrity check reports about the register at ``path`` (empty: sound), or nothing
    when this installation has stamped exactly its current bytes. Raises what
    :func:`hrplanner.db.engine.read_snapshot` raises for a file that cannot be read."""
    path = Path(path)
    data = db.read_snapshot(path)
    stamps, name = Stamps(folder()), _name(path)
    if stamps.holds(_stamp_path(name), CHECK, name, data):
        return []
    found = db.snapshot_integrity_problems(data)
    if not found:
        _stamp(stamps, name, data)
    return found


def identity(path: Path) -> tuple[int, int] | None:
    """The file's device and inode (None when it cannot be read): what :func:`stamp_left` compares."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def stamp_left(path: Path, opened: tuple[int, int] | None) -> None:
    """Stamp the bytes a writer session leaves in a register it opened sound (``opened``: the file's
    :func:`identity` then), after closing it and before releasing its lock. Nothing when the file is
    another one now or a ``-wal`` is left beside it (then the next opening checks it in full); a
    problem is logged."""
    path = Path(path)
    try:
        if opened is None or identity(path) != opened or os.path.lexists(f"{path}-wal"):
            return
        name = _name(path)
        _stamp(Stamps(folder()), name, db.read_snapshot(path))
    except Exception as exc:  # noqa: BLE001 - closing never fails for want of a stamp
        log.warning("the state %s was left in is not stamped as sound: %s", path, exc)


def _name(path: Path) -> str:
    return str(path.resolve())


def _stamp_path(name: str) -> Path:
    return folder() / f"{hashlib.sha256(name.encode('utf-8', 'surrogateescape')).hexdigest()}{_SUFFIX}"


def _stamp(stamps: Stamps, name: str, data: bytes) -> None:
    if stamps.put(_stamp_path(name), CHECK, name, data):
        _prune(stamps.folder)


def _prune(where: Path) -> None:
    """At most :data:`KEEP` stamps (the oldest go first)."""
    try:
        kept = sorted(((entry.stat(follow_symlinks=False).st_mtime, entry.path) for entry in os.scandir(where)
                       if entry.name.endswith(_SUFFIX)), reverse=True)
        for _, old in kept[KEEP:]:
            os.unlink(old)
    except OSError as exc:
        log.warning("old stamps in %s not removed: %s", where, exc)
