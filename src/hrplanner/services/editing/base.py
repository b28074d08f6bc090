"""What every kind of edit shares: who edits (user and source, written into each audit entry) and
the rule that any error stops the whole change."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from hrplanner.db import repositories as repo
from hrplanner.domain.validation import Issue, ValidationError
from hrplanner.services.register import Register

#: The audit source of hand edits.
SOURCE = "register editor"


class EditorBase:
    """Changes a register on behalf of one user; every method of a subclass is one transaction."""

    def __init__(self, register: Register, *, user: str = "", source: str = SOURCE):
        self.register = register
        self.user = user
        self.source = source

    def _audit(self, session: Session, action: str, entity: str, key: str, old: str, new: str) -> None:
        repo.add_audit(action, entity, session=session, key=key, old=old, new=new, user=self.user,
                       source=self.source)


def raise_errors(issues: Iterable[Issue]) -> None:
    """Raise :class:`ValidationError` with the errors among ``issues`` (warnings alone pass)."""
    errors = [i for i in issues if i.is_error]
    if errors:
        raise ValidationError(errors)
