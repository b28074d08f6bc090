"""Opening a register only to read it, as quickly as possible: the read-only commands' door.

A file at the current schema is read with sqlite3 alone (:class:`~hrplanner.db.reader.RegisterReader`
over an in-memory copy of the file: no SQLAlchemy to load, no lock, no change to the file, no -wal or
-shm left behind, and it works on read-only media). A file with an older schema is opened read-only as
a :class:`~hrplanner.services.register.Register`, which upgrades its in-memory copy, never the file; a
missing file, a file that is not a register and a newer schema raise the usual RegisterFileError with
a message for the user.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hrplanner.db import engine as db
from hrplanner.db.reader import RegisterReader, RoundRow

if TYPE_CHECKING:
    from hrplanner.services.register import Register


class ReadingRegister(RegisterReader):
    """The sqlite3 reader with the service layer's errors (an unknown round is a NotFoundError)."""

    def round(self, reference_date: date | None = None) -> RoundRow:
        try:
            return super().round(reference_date)
        except LookupError as exc:
            # loaded here: the service errors bring the validation rules, which the app's first paint
            # (a preview read with this class) does without
            from hrplanner.services.errors import NotFoundError

            raise NotFoundError(str(exc)) from None


def open_to_read(path: Path | str) -> ReadingRegister | Register:
    """A register to read: the sqlite3 reader at the current schema, else the (upgraded) Register."""
    from hrplanner.db.server.address import is_server_url

    if is_server_url(path):  # a server register: read as the login's role may
        from hrplanner.services.register import Register

        return Register.open(path, read_only=True)
    path = Path(path)
    try:
        connection = db.snapshot_connection(db.read_snapshot(path))
    except sqlite3.DatabaseError as exc:
        raise db.NotARegisterError(f"{path} is not a readable hrplanner register ({exc})") from exc
    try:
        revision = db._revision_of(connection, path)
    except BaseException:
        connection.close()
        raise
    if revision is not None and revision == db.head_revision():
        return ReadingRegister(path, connection)
    connection.close()
    from hrplanner.services.register import Register

    return Register.open(path, read_only=True)
