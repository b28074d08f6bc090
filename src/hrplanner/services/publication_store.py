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

Checking a proof takes a moment (60 ms for the demo region, 0.6 s for 300 organisations), and the
window's first paint waits for it. So once this installation has checked a kept record, it stamps it
(:mod:`hrplanner.stamps`): ``<digest>.checked`` says that the check passed on the record's bytes for
the figures its name is the digest of. A record whose stamp holds is not checked again; one changed
since, or brought from elsewhere, is checked in full. The stamps' secret is the folder's
(``checked.key``).
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

from hrplanner.files import FileProblem, read_regular, write_atomic
from hrplanner.paths import data_dir
from hrplanner.stamps import KEY_NAME, Stamps

log = logging.getLogger(__name__)

#: Kept publications at most (a few rounds of a few registers, each with its rules).
KEEP = 64
#: A kept file larger than this is not read (a publication of 300 organisations x 10 occupations is a
#: few megabytes).
MAX_BYTES = 32 << 20
_DIGEST = re.compile(r"[0-9a-f]{64}")
STAMP_SUFFIX = ".checked"


class PublicationFiles:
    """The store of :func:`hrplanner.domain.disclosure.publication.publish`: a folder of JSON files."""

    def __init__(self, folder: Path | None = None, keep: int = KEEP, read_at_most: int | None = None):
        """``read_at_most``: a kept file larger than this many bytes is left unread (None from
        :meth:`load`, nothing logged), for a caller that can wait only for a small one."""
        self.folder = folder if folder is not None else data_dir() / "cache" / "publications"
        self.keep = keep
        self.read_at_most = read_at_most
        self._stamps = Stamps(self.folder)
        #: The bytes of each record :meth:`load` gave, by digest: what a stamp is made of.
        self._loaded: dict[str, bytes] = {}

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
        self._loaded.pop(digest, None)
        try:
            raw = read_regular(path, limit, follow=False)
            record = json.loads(raw)
        except FileProblem as exc:
            if os.path.lexists(path):
                log.warning("kept publication not used: %s", exc)
            return None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            log.warning("kept publication %s not used: not a publication record (%s)", path, exc)
            return None
        self._loaded[digest] = raw
        return record

    def checked(self, digest: str, check: str) -> bool:
        """Whether the record :meth:`load` last gave for ``digest`` bears this folder's stamp that
        ``check`` (the name and version of a check) passed on exactly these bytes."""
        raw = self._loaded.get(digest)
        return raw is not None and self._stamps.holds(self._stamp_path(digest), check, digest, raw)

    def check_passed(self, digest: str, check: str) -> None:
        """Stamp the record :meth:`load` last gave for ``digest``: ``check`` passed on it (see
        :meth:`checked`). A problem is logged: the record is checked again next time."""
        raw = self._loaded.get(digest)
        if raw is not None:
            self._stamps.put(self._stamp_path(digest), check, digest, raw)

    def _stamp_path(self, digest: str) -> Path:
        return self._path(digest).with_suffix(STAMP_SUFFIX)

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
        kept, stamps = [], set()
        for entry in os.scandir(self.folder):
            if entry.name.endswith(STAMP_SUFFIX) and _DIGEST.fullmatch(entry.name.removesuffix(STAMP_SUFFIX)):
                stamps.add(entry.name.removesuffix(STAMP_SUFFIX))
            if entry.name.endswith(".json") and _DIGEST.fullmatch(entry.name.removesuffix(".json")):
                try:
                    if entry.is_file(follow_symlinks=False):
                        kept.append((entry.stat(follow_symlinks=False).st_mtime, entry.path))
                except FileNotFoundError:  # removed meanwhile (by another window pruning)
                    continue
        newest = sorted(kept, reverse=True)
        dropped = [Path(path) for _, path in newest[self.keep:]]
        # a stamp goes with its record, and one whose record is gone goes too
        records = {Path(path).stem for _, path in newest[:self.keep]}
        dropped += [self.folder / f"{digest}{STAMP_SUFFIX}" for digest in stamps - records]
        for path in dropped:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("old kept publication %s not removed: %s", path, exc)


__all__ = ["KEY_NAME", "PublicationFiles"]
