"""Opening a register only to read it, as quickly as possible: the read-only commands' door.

A file at the current schema is read with sqlite3 alone (:class:`~hrplanner.db.reader.RegisterReader`:
no SQLAlchemy to load, no lock, no change to the file). A file with an older schema is opened as a
:class:`~hrplanner.services.register.Register`, which upgrades it first (after a backup), as opening a
register always did; a missing file, a file that is not a register and a newer schema raise the usual
RegisterFileError with a message for the user.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hrplanner.db import engine as db
from hrplanner.db.reader import RegisterReader, RoundRow
from hrplanner.services.errors import NotFoundError

if TYPE_CHECKING:
    from hrplanner.services.register import Register


class ReadingRegister(RegisterReader):
    """The sqlite3 reader with the service layer's errors (an unknown round is a NotFoundError)."""

    def round(self, reference_date: date | None = None) -> RoundRow:
        try:
            return super().round(reference_date)
        except LookupError as exc:
            raise NotFoundError(str(exc)) from None


def open_to_read(path: Path | str) -> ReadingRegister | Register:
    """A register to read: the sqlite3 reader at the current schema, else the (upgraded) Register."""
    path = Path(path)
    db._check_is_sqlite(path)
    revision = db.read_revision(path)
    if revision is not None and revision == db.head_revision():
        return ReadingRegister(path, db.read_only_uri(path))
    from hrplanner.services.register import Register

    return Register.open(path)
