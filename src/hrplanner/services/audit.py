"""The audit log of a register: who changed what, when, from which value to which, and from which
source; filtered queries for the audit page and the ``audit`` command, and CSV export.

Times are stored in UTC; filters on dates take the user's local calendar days, and rows carry both.
A register at the first schema has no audit log yet: its queries return nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import IO

from sqlalchemy import func, or_
from sqlmodel import select

from hrplanner.db.engine import table_names
from hrplanner.db.models import AuditEntry
from hrplanner.services.register import Register

CSV_HEADER = ("when", "user", "action", "entity", "key", "old", "new", "source")
#: Cells starting with these would be run as formulas by a spreadsheet program.
_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; every given criterion must hold. Dates are local, both inclusive."""

    entity: str | None = None
    user: str | None = None
    action: str | None = None
    text: str | None = None  # anywhere in key, old, new, source, action, entity or user
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as shown to the user."""

    id: int
    at: datetime  # UTC, timezone-aware
    user: str
    action: str
    entity: str
    key: str
    old: str
    new: str
    source: str

    @property
    def at_local(self) -> datetime:
        return self.at.astimezone()

    def cells(self) -> tuple[str, ...]:
        """The row in CSV_HEADER order, the time in local time."""
        return (self.at_local.strftime("%Y-%m-%d %H:%M:%S"), self.user, self.action, self.entity,
                self.key, self.old, self.new, self.source)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _local_midnight(day: date) -> datetime:
    """The start of a local calendar day (timezone-aware)."""
    return datetime.combine(day, time()).astimezone()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def has_audit_log(register: Register) -> bool:
    return "audit_log" in table_names(register.engine)


def query(register: Register, where: AuditFilter | None = None, *, limit: int | None = None) -> list[AuditRow]:
    """Audit entries matching ``where``, newest first."""
    if not has_audit_log(register):
        return []
    where = where or AuditFilter()
    statement = select(AuditEntry)
    if where.entity:
        statement = statement.where(func.lower(AuditEntry.entity) == where.entity.strip().lower())
    if where.user:
        statement = statement.where(func.lower(AuditEntry.user) == where.user.strip().lower())
    if where.action:
        statement = statement.where(func.lower(AuditEntry.action) == where.action.strip().lower())
    if where.text and where.text.strip():
        pattern = f"%{_escape_like(where.text.strip())}%"
        columns = (AuditEntry.key, AuditEntry.old, AuditEntry.new, AuditEntry.source, AuditEntry.action,
                   AuditEntry.entity, AuditEntry.user)
        matches = (c.ilike(pattern, escape="\\") for c in columns)  # type: ignore[attr-defined]
        statement = statement.where(or_(*matches))
    if where.since:
        statement = statement.where(AuditEntry.at >= _local_midnight(where.since))
    if where.until:
        statement = statement.where(AuditEntry.at < _local_midnight(where.until + timedelta(days=1)))
    statement = statement.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())  # type: ignore[union-attr]
    if limit:
        statement = statement.limit(limit)
    with register.session() as session:
        return [AuditRow(e.id, _utc(e.at), e.user, e.action, e.entity, e.key,  # type: ignore[arg-type]
                         e.old, e.new, e.source) for e in session.exec(statement)]


def distinct_values(register: Register, column: str) -> list[str]:
    """The entities, users or actions that occur in the log (for filter choices)."""
    if column not in ("entity", "user", "action") or not has_audit_log(register):
        return []
    attribute = getattr(AuditEntry, column)
    with register.session() as session:
        return sorted(v for v in session.exec(select(attribute).distinct()) if v)


def _safe_cell(value: str) -> str:
    if value.startswith(_FORMULA_STARTS) or (value.startswith("-") and not value[1:2].isdigit()):
        return "'" + value
    return value


def csv_text(rows: Iterable[AuditRow]) -> str:
    """The rows as CSV (header first); cells that a spreadsheet would run as a formula are quoted."""
    buffer = io.StringIO()
    write_csv(rows, buffer)
    return buffer.getvalue()


def write_csv(rows: Iterable[AuditRow], target: Path | str | IO[str]) -> int:
    """Write rows as CSV to a file (UTF-8 with a byte-order mark, for Excel) or a text stream.

    Returns the number of rows written.
    """
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            return write_csv(rows, handle)
    writer = csv.writer(target, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    count = 0
    for row in rows:
        writer.writerow([_safe_cell(c) for c in row.cells()])
        count += 1
    return count


def record(register: Register, action: str, entity: str, *, key: str = "", old: str = "", new: str = "",
           user: str = "", source: str = "") -> None:
    """Write one entry to the register's audit log in its own transaction (for events that change
    the register outside the editing services, such as a restore from a backup)."""
    from hrplanner.db import repositories as repo

    with register.transaction() as session:
        repo.add_audit(action, entity, session=session, key=key, old=old, new=new, user=user, source=source)
