"""Stamps: this installation's own record that a slow check passed on exactly these bytes.

Some checks take long and always answer the same for the same bytes: SQLite's integrity check of a
register (:mod:`hrplanner.services.integrity`), the proof of a kept publication
(:mod:`hrplanner.services.publication_store`). Once one has passed, a stamp says so: a file of its own
holding a keyed digest (HMAC-SHA256) of the check's name and version, the subject's name and the
subject's bytes. Comparing a stamp costs a read and a digest of the bytes (22 ms for 20 MB), not the
check.

The key is a random secret of the stamps' folder (``checked.key``, the user's alone: mode 0600, in a
folder of mode 0700, made at the first stamp). So bytes changed since, or brought from elsewhere with
a stamp copied along, are checked in full again; whoever could make a stamp could read the secret, and
with it whatever else is in the same private folder. A lost, unreadable or replaced key only means
that everything is checked again. Reading and writing stamps never fail the caller: a problem is
logged, and the check runs.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from pathlib import Path

from hrplanner.files import FileProblem, read_regular, write_atomic

log = logging.getLogger(__name__)

#: The secret of a folder's stamps.
KEY_NAME = "checked.key"
_KEY_BYTES = 32
#: A stamp is a hex digest; anything longer is not one of ours.
_STAMP_BYTES = 256


class Stamps:
    """The stamps kept in one folder (each caller names its stamp files; the key is the folder's)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def holds(self, stamp: Path, check: str, name: str, data: bytes) -> bool:
        """Whether the stamp file ``stamp`` says that ``check`` passed on exactly ``data`` (the bytes of
        the subject called ``name``)."""
        key = self._key(create=False)
        if key is None:
            return False
        try:
            found = read_regular(stamp, _STAMP_BYTES, follow=False)
        except FileProblem:  # none (not checked yet), or not a file we wrote: checked in full
            return False
        return hmac.compare_digest(found, _digest(key, check, name, data))

    def put(self, stamp: Path, check: str, name: str, data: bytes) -> bool:
        """Write the stamp that ``check`` passed on ``data`` (atomically); False, logged, when it cannot
        be written (the check then runs again next time)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            key = self._key(create=True)
            if key is None:
                return False
            write_atomic(stamp, _digest(key, check, name, data), f"stamp of {check}")
        except (FileProblem, OSError) as exc:
            log.warning("%s of %s not stamped as passed: %s", check, name, exc)
            return False
        return True

    def _key(self, create: bool) -> bytes | None:
        """The folder's secret; made when ``create`` and there is none (None: none, or not readable:
        logged)."""
        path = self.folder / KEY_NAME
        try:
            key = read_regular(path, _KEY_BYTES, follow=False)
        except FileProblem as exc:
            if os.path.lexists(path):
                log.warning("stamps in %s not used: %s", self.folder, exc)
                return None
            if not create:
                return None
            import secrets  # made once per folder: not loaded at every start

            key = secrets.token_bytes(_KEY_BYTES)
            try:
                write_atomic(path, key, "secret of the stamps", overwrite=False)
                os.chmod(path, 0o600)  # the user's alone, like the folder
            except FileProblem:
                if not os.path.lexists(path):
                    raise
                return self._key(create=False)  # another process made it meanwhile: that one counts
        return key if len(key) == _KEY_BYTES else None


def _digest(key: bytes, check: str, name: str, data: bytes) -> bytes:
    """The stamp that ``check`` passed on the bytes ``data`` of ``name``."""
    mac = hmac.new(key, f"{check}\n{name}\n".encode("utf-8", "surrogateescape"), hashlib.sha256)
    mac.update(data)
    return mac.hexdigest().encode("ascii")
