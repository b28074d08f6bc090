"""What a figure is and where it lives: the figure tables and their fields, the address of one
figure (:class:`Cell`), a requested change (:class:`Change`), what a batch did (:class:`AppliedChanges`)
and the :class:`RowKey` a cell resolves to in a register.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlmodel import Session, select

from hrplanner.db import repositories as repo
from hrplanner.db.models import (
    Establishment,
    Flow,
    Occupation,
    Organisation,
    Round,
    Sickness,
    Staffing,
    Training,
)
from hrplanner.domain import reference as ref
from hrplanner.domain import validation as v
from hrplanner.domain.validation import Issue


class _Absent:
    """The marker for "no row": as an old value it means the row did not exist."""

    _instance: "_Absent | None" = None

    def __new__(cls) -> "_Absent":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = _Absent()


class _Unseen:
    """The marker for "no expected value given": the change is applied whatever the cell holds."""

    def __repr__(self) -> str:
        return "UNSEEN"


UNSEEN = _Unseen()

#: Value fields of each figure table; True = a whole number.
FIELDS: dict[str, dict[str, bool]] = {
    "staffing": {"persons": True, "fte": False},
    "establishment": {"budgeted_fte": False, "open_positions": True, "open_fte": False, "open_long": True},
    "flow": {"persons": True},
    "training": {"in_training": True, "planned_intake": True, "places": True, "supervisors": True},
    "sickness": {"percentage": False},
}
#: The fields that name a row inside organisation x occupation x round.
DETAIL: dict[str, tuple[str, ...]] = {
    "staffing": ("age_band", "sex"),
    "establishment": (),
    "flow": ("direction", "category"),
    "training": ("route",),
    "sickness": (),
}
#: Fields whose empty entry means "not given" (stored as NULL) rather than 0.
NULLABLE: frozenset[tuple[str, str]] = frozenset({("establishment", "budgeted_fte")})
#: The table model of each figure table.
MODELS: dict[str, type] = {"staffing": Staffing, "establishment": Establishment, "flow": Flow,
                           "training": Training, "sickness": Sickness}
FIGURE_TABLES: tuple[str, ...] = tuple(FIELDS)


@dataclass(frozen=True)
class Cell:
    """The address of one figure."""

    table: str
    organisation: str
    #: Occupation code; "" for sickness absence (per organisation).
    occupation: str
    round: date
    #: (age_band, sex) for staffing, (direction, category) for flows, (route,) for training, () else.
    detail: tuple[str, ...]
    field: str

    @property
    def key(self) -> str:
        """ "organisation/occupation/round/field", the field qualified by the row's detail."""
        name = ".".join((*self.detail, self.field))
        return f"{self.organisation}/{self.occupation}/{self.round.isoformat()}/{name}"


@dataclass(frozen=True)
class Change:
    """A new value for a cell: text or a number as entered, None or "" for empty, ABSENT to remove the row."""

    cell: Cell
    value: object
    #: Where the user sees the cell ("row …, column …"); issues are placed there.
    location: str = ""
    #: The value the user started from (a number, None or ABSENT); when the register holds another
    #: value by the time the change is saved, someone else changed it: a ConflictError.
    expected: object = UNSEEN


@dataclass(frozen=True)
class AppliedChange:
    """One field as it was and as it is now (a number, None = not given, or ABSENT = no row)."""

    cell: Cell
    old: object
    new: object


@dataclass
class AppliedChanges:
    """What :meth:`Editor.apply_changes` did, in the order to replay it."""

    changes: list[AppliedChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    @property
    def tables(self) -> set[str]:
        return {c.cell.table for c in self.changes}

    def undo_changes(self) -> list[Change]:
        """The changes that restore the old values (applying them undoes this batch); refused as a
        conflict when someone else changed a value since."""
        return [Change(c.cell, c.old, expected=c.new) for c in self.changes]

    def redo_changes(self) -> list[Change]:
        return [Change(c.cell, c.new, expected=c.old) for c in self.changes]

    def old_value(self, cell: Cell) -> object:
        for change in self.changes:
            if change.cell == cell:
                return change.old
        raise KeyError(cell)


def audit_text(value: object) -> str:
    if value is ABSENT:
        return "(no row)"
    if value is None:
        return "(not given)"
    return v.format_value(value)


class RowKey(NamedTuple):
    """The stored row a cell belongs to: its table, the organisation's, occupation's (None for
    sickness absence, which is per organisation) and round's database ids, and the row's detail."""

    table: str
    organisation_id: int
    occupation_id: int | None
    round_id: int
    detail: tuple[str, ...]

    @property
    def group(self) -> tuple[str, int, int | None, int]:
        """Table x organisation x occupation x round: the rows the rules across rows compare."""
        return (self.table, self.organisation_id, self.occupation_id, self.round_id)


# --- resolving addresses ---------------------------------------------------------------------------------


class RegisterIds:
    """Names, codes and dates of a register resolved to database ids."""

    def __init__(self, session: Session):
        self.organisations = {o.name: o.id for o in session.exec(select(Organisation))}
        self.occupations = {o.code: o.id for o in session.exec(select(Occupation))}
        self.rounds: list[Round] = repo.list_rounds(session=session)
        self.round_by_date = {r.reference_date: r for r in self.rounds}

    def row_key(self, cell: Cell) -> RowKey:
        """The row of a cell whose address was checked with :func:`cell_issues`."""
        occupation = None if cell.table == "sickness" else self.occupations[cell.occupation]
        return RowKey(cell.table, self.organisations[cell.organisation], occupation,
                      self.round_by_date[cell.round].id, tuple(cell.detail))  # type: ignore[arg-type]

    def neighbour(self, round_id: int, step: int) -> Round | None:
        ids = [r.id for r in self.rounds]
        index = ids.index(round_id) + step
        return self.rounds[index] if 0 <= index < len(self.rounds) else None


def cell_issues(cell: Cell, ids: RegisterIds) -> list[Issue]:
    """What is wrong with a cell's address (unknown table, field, organisation, ...)."""
    if cell.table not in FIELDS:
        return [Issue("table", cell.table, f"must be one of: {', '.join(FIELDS)}")]
    issues: list[Issue] = []
    if cell.field not in FIELDS[cell.table]:
        issues.append(Issue("field", cell.field, f"must be one of: {', '.join(FIELDS[cell.table])}"))
    names = DETAIL[cell.table]
    if len(cell.detail) != len(names):
        issues.append(Issue("detail", cell.detail, f"must give {', '.join(names) or 'nothing'}"))
    else:
        for name, value in zip(names, cell.detail):
            issues += v.check_choice(name, value, _detail_choices(cell.table, name, cell.detail))
    if cell.organisation not in ids.organisations:
        issues.append(Issue("organisation", cell.organisation, "is not an organisation of this register"))
    if cell.table != "sickness" and cell.occupation not in ids.occupations:
        issues.append(Issue("occupation", cell.occupation, "is not an occupation of this register"))
    if cell.round not in ids.round_by_date:
        issues.append(Issue("round", cell.round.isoformat(), "is not a round of this register"))
    return issues


def _detail_choices(table: str, name: str, detail: tuple[str, ...]) -> tuple[str, ...]:
    if name == "age_band":
        return ref.AGE_BANDS
    if name == "sex":
        return ref.SEXES
    if name == "direction":
        return ref.FLOW_DIRECTIONS
    if name == "category":
        return ref.ORIGINS if detail[0] == "in" else ref.DESTINATIONS
    return ref.TRAINING_ROUTES
