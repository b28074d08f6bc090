"""Logging to a file in the user's data folder, shared by the app and the command line.

The file is rotated when a process starts and finds it at :data:`MAX_BYTES` or more: it becomes
``hrplanner.log.1`` (the one before that ``.2``, and so on; :data:`BACKUPS` are kept). A single session
writes far less than that. The standard library's rotating handler would do it on every write, but its
module (``logging.handlers``, with sockets and pickling for handlers never used here) cost every start
6 to 11 ms.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from hrplanner.paths import data_dir

#: A log file of this size or more is rotated when a process starts.
MAX_BYTES = 1_000_000
#: Rotated files kept (``hrplanner.log.1`` to ``hrplanner.log.3``).
BACKUPS = 3


def log_file() -> Path:
    return data_dir() / "logs" / "hrplanner.log"


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """Move ``path`` to ``path.1`` (and each older one a place up, the oldest beyond ``backups``
    dropped) when it has ``max_bytes`` or more; a link is moved, never followed."""
    try:
        if os.lstat(path).st_size < max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if os.path.lexists(older):
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to the log file (created on demand, rotated first when it is full); returns
    its path. A log file that cannot be written sends warnings to standard error instead."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "_hrplanner", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            rotate(path)
        except OSError:  # another process rotating at the same moment, say: go on in the file as it is
            pass
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._hrplanner = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
