"""Publications kept between sessions: one JSON file per publication in the data folder's cache.

Making a round's publication (the optimiser's choice of hidden figures and the interval attack) takes
seconds; the same figures, rules, order and peer groups always give the same one. So each publication
made is kept as ``<data folder>/cache/publications/<digest>.json`` (the digest of what it was made
from: :func:`hrplanner.domain.disclosure.publication.made_from`), with the attack's proof. A kept one is
used only when its proof holds for the register's figures as they are (checked by the disclosure layer,
not here), so a stale, damaged or planted file can cost time but never expose a figure.

A record's witness tables (nearly all of it: 17 MB of a round of 300 organisations, against 0.1 MB
for the hidden figures and the proof's index) are kept beside it in ``<digest>.witnesses``, read only
when the proof is checked. The files hold which figures are hidden and the witness tables of the proof:
counts of the register the publication was made from, so the folder is private to the user (mode 0700), like the registers and
backups in the data folder. At most :data:`KEEP` files are kept (the oldest go first). Reading and
writing never fail a command: a problem is logged and the publication is made again.

Checking a proof takes a moment (60 ms for the demo region, 0.6 s for 300 organisations), and the
window's first paint waits for it. So once this installation has checked a kept record, it stamps it
(:mod:`hrplanner.stamps`): ``<digest>.checked`` says that the check passed on the record's bytes for
the figures its name is the digest of. A record whose stamp holds is not checked again, and its
witnesses are not read; one changed since, or brought from elsewhere, is checked in full. The stamps' secret is the folder's
(``checked.key``).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator
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
#: The witness tables of a record's proof, beside it.
WITNESSES_SUFFIX = ".witnesses"


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

    def load(self, digest: str, witnesses: bool = True) -> object:
        """The kept record, or None (none kept, or it cannot be read: logged). Its witness tables are
        kept in a file of their own (``<digest>.witnesses``: nearly all of a large region's record) and
        read only with ``witnesses``; the record :meth:`checked` speaks of is the rest."""
        path, apart = self._path(digest), self._witnesses_path(digest)
        limit = MAX_BYTES
        if self.read_at_most is not None:
            limit = min(limit, self.read_at_most)
            if _size(path) + _size(apart) > self.read_at_most:  # the size of the region's publication
                return None
        self._loaded.pop(digest, None)
        try:
            raw = read_regular(path, limit, follow=False)
            record = json.loads(raw)
            if witnesses and isinstance(record, dict) and "witnesses" not in record and os.path.lexists(apart):
                record["witnesses"] = json.loads(read_regular(apart, limit, follow=False))
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

    def _witnesses_path(self, digest: str) -> Path:
        return self._path(digest).with_suffix(WITNESSES_SUFFIX)

    def save(self, digest: str, record: dict) -> None:
        """Keep ``record`` (atomically; its witness tables apart, written first) and drop the oldest
        beyond :data:`KEEP`; a problem is logged."""
        path = self._path(digest)
        rest = dict(record)
        witnesses = rest.pop("witnesses", None)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if witnesses is not None:
                write_atomic(self._witnesses_path(digest), _json_pieces(witnesses), "witnesses of a kept publication")
            write_atomic(path, _json(rest), "kept publication")
            self._prune()
        except (FileProblem, OSError) as exc:
            log.warning("publication not kept: %s", exc)

    def _prune(self) -> None:
        kept, beside = [], set()
        for entry in os.scandir(self.folder):
            for suffix in (STAMP_SUFFIX, WITNESSES_SUFFIX):
                if entry.name.endswith(suffix) and _DIGEST.fullmatch(entry.name.removesuffix(suffix)):
                    beside.add(entry.name)
            if entry.name.endswith(".json") and _DIGEST.fullmatch(entry.name.removesuffix(".json")):
                try:
                    if entry.is_file(follow_symlinks=False):
                        kept.append((entry.stat(follow_symlinks=False).st_mtime, entry.path))
                except FileNotFoundError:  # removed meanwhile (by another window pruning)
                    continue
        newest = sorted(kept, reverse=True)
        dropped = [Path(path) for _, path in newest[self.keep:]]
        # a record's stamp and witnesses go with it, and those whose record is gone go too
        records = {Path(path).stem for _, path in newest[:self.keep]}
        dropped += [self.folder / name for name in beside if name.partition(".")[0] not in records]
        for path in dropped:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("old kept publication %s not removed: %s", path, exc)


#: The kept files' JSON: compact.
_ENCODER = json.JSONEncoder(separators=(",", ":"))


def _json(value: object) -> bytes:
    return _ENCODER.encode(value).encode("utf-8")


def _json_pieces(value: object, size: int = 1 << 20) -> Iterator[bytes]:
    """The bytes of :func:`_json` in pieces of at most ``size`` characters: a large record's text
    (the 17 MB of a round's witness tables) is not held whole, nor a second time as bytes."""
    for text in _ENCODER.iterencode(value):
        for start in range(0, len(text), size):
            yield text[start:start + size].encode("utf-8")


def _size(path: Path) -> int:
    try:
        return os.lstat(path).st_size
    except OSError:  # none (reading says what else is wrong)
        return 0


__all__ = ["KEY_NAME", "PublicationFiles"]
