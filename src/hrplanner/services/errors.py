"""Typed service exceptions; their messages are written for the user and are shown as they are."""

from __future__ import annotations

from hrplanner.db.engine import (  # noqa: F401  (re-exported: services are the UI's only door)
    DamagedRegisterError,
    MissingFileError,
    NewerSchemaError,
    NotARegisterError,
    RegisterFileError,
)
from hrplanner.domain.validation import Issue, ValidationError  # noqa: F401
from hrplanner.files import FileProblem  # noqa: F401


class ServiceError(Exception):
    """A use case cannot be carried out; the message says why in the user's terms."""


class NotFoundError(ServiceError):
    pass


class ReadOnlyError(ServiceError):
    pass


class RoundClosedError(ReadOnlyError):
    pass


class NeedsConfirmation(ServiceError):
    """The entry is valid but unusual; the user must confirm the warnings to save it."""

    def __init__(self, warnings: list[Issue]):
        self.warnings = warnings
        super().__init__("; ".join(w.message() for w in warnings))


USER_ERRORS = (ServiceError, RegisterFileError, ValidationError, FileProblem)
