"""Publications kept between sessions: one JSON file per publication in the data folder's cache.

Making a round's publication (the optimiser's choice of hidden figures and the interval attack) takes
seconds; the same figures, rules, order and peer groups always give the same one. So each publication
made is kept as ``<data folder>/cache/publications/<digest>.json`` (the digest of what it was made
from: :func:`hrplanner.domain.disclosure.publication.made_from`), with the attack's proof. A kept one is
used only when its proof holds for the register's figures as they are (checked by the disclosure layer,
not here), so a stale, damaged or planted file can cost time but never expose a figure.

The files hold which figures are hidden and the witness tables of the proof: counts of the register the
publication was made from, so the folder is private to the user (mode 0700), like the registers and
backups in the data folder. At most :data:`KEEP` files are kept (the oldest go first). Reading and
writing never fail a command: a problem is logged and the publication is made again.
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

from hrplanner.files import FileProblem, read_regular, write_atomic
from hrplanner.paths import data_dir

log = logging.getLogger(__name__)

#: Kept publications at most (a few rounds of a few registers, each with its rules).
KEEP = 64
#: A kept file larger than this is not read (a publication of 300 organisations x 10 occupations is a
#: few megabytes).
MAX_BYTES = 32 << 20
_DIGEST = re.compile(r"[0-9a-f]{64}")


class PublicationFiles:
    """The store of :func:`hrplanner.domain.disclosure.publication.publish`: a folder of JSON files."""

    def __init__(self, folder: Path | None = None, keep: int = KEEP, read_at_most: int | None = None):
        """``read_at_most``: a kept file larger than this many bytes is left unread (None from
        :meth:`load`, nothing logged), for a caller that can wait only for a small one."""
        self.folder = folder if folder is not None else data_dir() / "cache" / "publications"
        self.keep = keep
        self.read_at_most = read_at_most

    def _path(self, digest: str) -> Path:
        if not _DIGEST.fullmatch(digest):
            raise ValueError(f"not a publication digest: {digest!r}")
        return self.folder / f"{digest}.json"

    def load(self, digest: str) -> object:
        """The kept record, or None (none kept, or it cannot be read: logged)."""
        path = self._path(digest)
        limit = MAX_BYTES
        if self.read_at_most is not None:
            limit = min(limit, self.read_at_most)
            try:
                if os.lstat(path).st_size > self.read_at_most:
                    return None
            except OSError:  # none kept (read_regular below says what else it is)
                pass
        try:
            return json.loads(read_regular(path, limit, follow=False))
        except FileProblem as exc:
            if os.path.lexists(path):
                log.warning("kept publication not used: %s", exc)
            return None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            log.warning("kept publication %s not used: not a publication record (%s)", path, exc)
            return None

    def save(self, digest: str, record: dict) -> None:
        """Keep ``record`` (atomically) and drop the oldest beyond :data:`KEEP`; a problem is logged."""
        path = self._path(digest)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(path, json.dumps(record, separators=(",", ":")).encode("utf-8"), "kept publication")
            self._prune()
        except (FileProblem, OSError) as exc:
            log.warning("publication not kept: %s", exc)

    def _prune(self) -> None:
        kept = []
        for entry in os.scandir(self.folder):
            if entry.name.endswith(".json") and _DIGEST.fullmatch(entry.name.removesuffix(".json")):
                try:
                    if entry.is_file(follow_symlinks=False):
                        kept.append((entry.stat(follow_symlinks=False).st_mtime, entry.path))
                except FileNotFoundError:  # removed meanwhile (by another window pruning)
                    continue
        for _, path in sorted(kept, reverse=True)[self.keep:]:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("old kept publication %s not removed: %s", path, exc)
