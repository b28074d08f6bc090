"""The one door for changing a register by hand: organisations, occupations, rounds and figures.

Every change is checked with the rules of :mod:`hrplanner.domain.validation` (the record checks and
the rules across fields) before anything is written. A batch of figure changes is one transaction,
applied whole or not at all; every applied change leaves an audit entry; and the old values come back,
so that undo can restore them exactly by applying them again (:data:`ABSENT` = "there was no row":
applying it removes the row).

A figure is addressed by a :class:`Cell`: table, organisation, occupation, round, the row's detail
(age band and sex, flow direction and category, or training route) and the field.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

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
from hrplanner.domain.records import OrganisationRecord
from hrplanner.domain.validation import Issue, ValidationError
from hrplanner.services.errors import NeedsConfirmation, NotFoundError, RoundClosedError, ServiceError
from hrplanner.services import rounds
from hrplanner.services.register import Register

log = logging.getLogger(__name__)

SOURCE = "register editor"


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
_MODELS: dict[str, type] = {"staffing": Staffing, "establishment": Establishment, "flow": Flow,
                            "training": Training, "sickness": Sickness}
_CHECKS = {"staffing": v.check_staffing, "establishment": v.check_establishment, "flow": v.check_flow,
           "training": v.check_training, "sickness": v.check_sickness}
FIGURE_TABLES: tuple[str, ...] = tuple(FIELDS)

ORGANISATION_FIELDS = ("name", "kind", "municipality", "active")
OCCUPATION_FIELDS = ("name_nl", "name_en", "level", "register", "registration_required", "training_route",
                     "training_years")


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
        """The changes that restore the old values (applying them undoes this batch)."""
        return [Change(c.cell, c.old) for c in self.changes]

    def redo_changes(self) -> list[Change]:
        return [Change(c.cell, c.new) for c in self.changes]

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


_RowKey = tuple[str, int, int | None, int, tuple[str, ...]]  # table, organisation, occupation, round, detail


class Editor:
    """Changes a register on behalf of one user; every method is one transaction."""

    def __init__(self, register: Register, *, user: str = "", source: str = SOURCE):
        self.register = register
        self.user = user
        self.source = source

    # --- organisations ----------------------------------------------------------------------------

    def add_organisation(self, name: str, kind: str, municipality: str, active: bool = True) -> Organisation:
        checked = v.check_organisation({"name": name, "kind": kind, "municipality": municipality,
                                        "active": active})
        with self.register.transaction() as session:
            issues = list(checked.issues)
            if checked.ok and repo.organisation_by_name(checked.values["name"], session=session):
                issues.append(Issue("name", name, "an organisation with this name already exists"))
            _raise_errors(issues)
            record = OrganisationRecord(**checked.values)  # type: ignore[arg-type]
            row = repo.add_organisation(record, session=session)
            self._audit(session, "add", "organisation", record.name, "", _describe(checked.values))
        return row

    def edit_organisation(self, name: str, changes: Mapping[str, object]) -> dict[str, object]:
        """Change name, kind, municipality or active; returns the old values of the changed fields."""
        _require_known_fields(changes, ORGANISATION_FIELDS, "organisation")
        with self.register.transaction() as session:
            row = _organisation(session, name)
            current = {key: getattr(row, key) for key in ORGANISATION_FIELDS}
            checked = v.check_organisation({**current, **changes})
            issues = list(checked.issues)
            new_name = checked.values["name"]
            if checked.ok and new_name != row.name and repo.organisation_by_name(new_name, session=session):
                issues.append(Issue("name", changes.get("name"), "an organisation with this name already exists"))
            _raise_errors(issues)
            old: dict[str, object] = {}
            for key in changes:
                if checked.values[key] != current[key]:
                    old[key] = current[key]
                    setattr(row, key, checked.values[key])
                    self._audit(session, "edit", "organisation", f"{name}/{key}", audit_text(current[key]),
                                audit_text(checked.values[key]))
            session.add(row)
        return old

    def set_organisation_active(self, name: str, active: bool) -> bool:
        """Deactivate (or reactivate) an organisation; returns whether it was active."""
        old = self.edit_organisation(name, {"active": active})
        return bool(old.get("active", active))

    def remove_organisation(self, name: str) -> None:
        """Remove an organisation that has no figures in any round (the undo of adding it)."""
        with self.register.transaction() as session:
            row = _organisation(session, name)
            if _has_figures(session, organisation_id=row.id):
                raise ServiceError(f"Organisation {name!r} has figures; deactivate it instead of removing it")
            session.delete(row)
            self._audit(session, "remove", "organisation", name, _describe({"name": name}), "")

    # --- occupations --------------------------------------------------------------------------------

    def add_occupation(self, values: Mapping[str, object]) -> Occupation:
        checked = v.check_occupation(values)
        with self.register.transaction() as session:
            issues = list(checked.issues)
            code = checked.values["code"]
            if checked.ok and repo.occupation_by_code(code, session=session):  # type: ignore[arg-type]
                issues.append(Issue("code", values.get("code"), "an occupation with this code already exists"))
            _raise_errors(issues)
            order = max((o.sort_order for o in repo.list_occupations(session=session)), default=-1) + 1
            row = Occupation(**_occupation_columns(checked.values), code=code, sort_order=order)
            repo.add_occupation(row, session=session)
            self._audit(session, "add", "occupation", str(code), "", _describe(checked.values))
        return row

    def edit_occupation(self, code: str, changes: Mapping[str, object]) -> dict[str, object]:
        """Change an occupation's names, level, register or training; the code stays (figures and
        scenarios refer to it). Returns the old values of the changed fields."""
        if "code" in changes and changes["code"] != code:
            raise ValidationError([Issue("code", changes["code"],
                                         "the code of an occupation cannot be changed; add a new occupation")])
        _require_known_fields({k: c for k, c in changes.items() if k != "code"}, OCCUPATION_FIELDS, "occupation")
        with self.register.transaction() as session:
            row = _occupation(session, code)
            current = _occupation_values(row)
            checked = v.check_occupation({**current, **changes, "code": code})
            _raise_errors(checked.issues)
            old: dict[str, object] = {}
            for key in changes:
                if key == "code" or checked.values[key] == current[key]:
                    continue
                old[key] = current[key]
                setattr(row, "register_code" if key == "register" else key, checked.values[key])
                self._audit(session, "edit", "occupation", f"{code}/{key}", audit_text(current[key]),
                            audit_text(checked.values[key]))
            session.add(row)
        return old

    def remove_occupation(self, code: str) -> None:
        """Remove an occupation without figures (the undo of adding it)."""
        with self.register.transaction() as session:
            row = _occupation(session, code)
            if _has_figures(session, occupation_id=row.id):
                raise ServiceError(f"Occupation {code!r} has figures and cannot be removed")
            session.delete(row)
            self._audit(session, "remove", "occupation", code, code, "")

    # --- rounds ---------------------------------------------------------------------------------------

    def add_round(self, reference_date: object, label: str = "") -> Round:
        day, issues = v.check_date("reference_date", reference_date)
        issues += v.check_text("label", label, max_length=80, required=False)
        with self.register.transaction() as session:
            if day is not None and repo.round_by_date(day, session=session):
                issues.append(Issue("reference_date", day.isoformat(), "a round with this reference date exists"))
            _raise_errors(issues)
            assert day is not None
            row = repo.add_round(day, label.strip() if label else "", session=session)
            self._audit(session, "add", "round", day.isoformat(), "", row.label)
        return row

    def remove_round(self, reference_date: date) -> None:
        """Remove a round without figures (the undo of adding it)."""
        with self.register.transaction() as session:
            row = _round(session, reference_date)
            if _has_figures(session, round_id=row.id):
                raise ServiceError(f"Round {reference_date.isoformat()} has figures and cannot be removed")
            session.delete(row)
            self._audit(session, "remove", "round", reference_date.isoformat(), row.label, "")

    def set_round_closed(self, reference_date: date, closed: bool) -> bool:
        """Close (read-only) or reopen a round; returns whether it was closed before."""
        with self.register.transaction() as session:
            row = _round(session, reference_date)
            was = row.closed
            if was != closed:
                row.closed = closed
                session.add(row)
                self._audit(session, "close" if closed else "reopen", "round", reference_date.isoformat(),
                            "closed" if was else "open", "closed" if closed else "open")
        return was

    def close_round(self, reference_date: date) -> bool:
        return self.set_round_closed(reference_date, True)

    def reopen_round(self, reference_date: date) -> bool:
        return self.set_round_closed(reference_date, False)

    # --- figures ----------------------------------------------------------------------------------------

    def set_figure(self, cell: Cell, value: object, *, confirm_warnings: bool = False,
                   location: str = "") -> AppliedChanges:
        return self.apply_changes([Change(cell, value, location)], confirm_warnings=confirm_warnings)

    def figure(self, cell: Cell) -> object:
        """The stored value of a cell: a number, None (not given) or ABSENT (no row)."""
        with self.register.session() as session:
            ids = _Ids(session)
            _raise_errors(cell_issues(cell, ids))
            key = ids.row_key(cell)
            rows = _load_rows(session, cell.table, {key[3]}, {key[1]})
            row = rows.get(key)
            return ABSENT if row is None else getattr(row, cell.field)

    def apply_changes(self, changes: Iterable[Change], *, confirm_warnings: bool = False,
                      restoring: bool = False, action: str = "edit") -> AppliedChanges:
        """Apply figure changes in one transaction, all or nothing.

        Raises ValidationError (every issue, placed at the change's location), NeedsConfirmation (only
        warnings, when not confirmed) or RoundClosedError; the register is then unchanged. With
        ``restoring`` (undo and redo) the values are written back without the rules: they are values
        the register held before.
        """
        changes = list(changes)
        if not changes:
            return AppliedChanges()
        with self.register.transaction() as session:
            batch = _Batch(session, changes)
            batch.resolve()
            batch.require_open_rounds()
            batch.load()
            batch.apply()
            batch.check_rows()
            if not restoring:
                batch.check_leavers()
                _raise_errors(batch.issues)
                warnings = [i for i in batch.issues if not i.is_error]
                if warnings and not confirm_warnings:
                    raise NeedsConfirmation(warnings)
                batch.drop_empty_new_rows()
            applied = batch.write()
            touched: dict[int, set[int]] = defaultdict(set)
            for change in applied.changes:
                self._audit(session, action, change.cell.table, change.cell.key, audit_text(change.old),
                            audit_text(change.new))
                touched[batch.ids.round_by_date[change.cell.round].id].add(  # type: ignore[index]
                    batch.ids.organisations[change.cell.organisation])  # type: ignore[arg-type]
            for round_id, organisation_ids in touched.items():
                rounds.note_received(session, round_id, organisation_ids, user=self.user, via=rounds.VIA_APP,
                                     source=self.source)
        if applied:
            log.info("%s: %d figure(s) changed by %s", action, len(applied), self.user or "unknown user")
        return applied

    # --- helpers ------------------------------------------------------------------------------------------

    def _audit(self, session: Session, action: str, entity: str, key: str, old: str, new: str) -> None:
        repo.add_audit(action, entity, session=session, key=key, old=old, new=new, user=self.user,
                       source=self.source)


# --- one batch of figure changes -----------------------------------------------------------------------


class _Ids:
    """Names, codes and dates of a register resolved to database ids."""

    def __init__(self, session: Session):
        self.organisations = {o.name: o.id for o in session.exec(select(Organisation))}
        self.occupations = {o.code: o.id for o in session.exec(select(Occupation))}
        self.rounds: list[Round] = repo.list_rounds(session=session)
        self.round_by_date = {r.reference_date: r for r in self.rounds}

    def row_key(self, cell: Cell) -> _RowKey:
        """The row of a cell whose address was checked with :func:`cell_issues`."""
        occupation = None if cell.table == "sickness" else self.occupations[cell.occupation]
        return (cell.table, self.organisations[cell.organisation], occupation,
                self.round_by_date[cell.round].id, tuple(cell.detail))  # type: ignore[return-value]

    def neighbour(self, round_id: int, step: int) -> Round | None:
        ids = [r.id for r in self.rounds]
        index = ids.index(round_id) + step
        return self.rounds[index] if 0 <= index < len(self.rounds) else None


def cell_issues(cell: Cell, ids: _Ids) -> list[Issue]:
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


def _load_rows(session: Session, table: str, round_ids: set[int], organisation_ids: set[int]) -> dict:
    model = _MODELS[table]
    query = select(model).where(model.round_id.in_(round_ids),  # type: ignore[attr-defined]
                                model.organisation_id.in_(organisation_ids))  # type: ignore[attr-defined]
    rows = {}
    for row in session.exec(query):
        key = (table, row.organisation_id, getattr(row, "occupation_id", None), row.round_id,
               tuple(getattr(row, name) for name in DETAIL[table]))
        rows[key] = row
    return rows


class _Batch:
    """The state of the rows a batch touches, before and after, and the issues found."""

    def __init__(self, session: Session, changes: list[Change]):
        self.session = session
        self.changes = changes
        self.issues: list[Issue] = []
        self.ids = _Ids(session)
        self.keys: list[_RowKey] = []
        #: the stored rows (ORM objects) of the touched tables and rounds
        self.stored: dict[_RowKey, object] = {}
        #: values before and after, per touched row (None = no row)
        self.before: dict[_RowKey, dict[str, object] | None] = {}
        self.after: dict[_RowKey, dict[str, object] | None] = {}
        self.raw: dict[_RowKey, dict[str, object]] = {}
        self.changes_of: dict[_RowKey, list[Change]] = defaultdict(list)
        self.cells: dict[_RowKey, Cell] = {}
        #: row keys by (table, organisation, occupation, round), for the rules across rows
        self.groups: dict[tuple, set[_RowKey]] = defaultdict(set)

    # -- steps --

    def resolve(self) -> None:
        issues: list[Issue] = []
        for change in self.changes:
            found = cell_issues(change.cell, self.ids)
            if found:
                issues += [i.at(change.location or change.cell.key) for i in found]
                continue
            key = self.ids.row_key(change.cell)
            self.keys.append(key)
            self.changes_of[key].append(change)
            self.cells.setdefault(key, change.cell)
        _raise_errors(issues)

    def require_open_rounds(self) -> None:
        closed = sorted({c.cell.round for c in self.changes if self.ids.round_by_date[c.cell.round].closed})
        if closed:
            names = ", ".join(self.ids.round_by_date[d].label or d.isoformat() for d in closed)
            raise RoundClosedError(f"Round {names} is closed; its figures are read-only")

    def load(self) -> None:
        """Load every row the batch and its rules look at: the touched rows, and staffing and flows of
        the rounds before and after a touched round (for the leavers rule)."""
        organisations = {k[1] for k in self.keys}
        by_table: dict[str, set[int]] = defaultdict(set)
        for table, _org, _occ, round_id, _detail in self.keys:
            by_table[table].add(round_id)
            if table in ("staffing", "flow"):
                for step in (-1, 0, 1):
                    near = self.ids.neighbour(round_id, step)
                    if near is not None:
                        by_table["staffing"].add(near.id)  # type: ignore[arg-type]
                        by_table["flow"].add(near.id)  # type: ignore[arg-type]
        for table, round_ids in by_table.items():
            self.stored.update(_load_rows(self.session, table, round_ids, organisations))
        for key in [*self.stored, *self.keys]:
            self.groups[key[:4]].add(key)
        for key in dict.fromkeys(self.keys):
            row = self.stored.get(key)
            values = None if row is None else {f: getattr(row, f) for f in FIELDS[key[0]]}
            self.before[key] = values
            self.after[key] = dict(values) if values is not None else None

    def apply(self) -> None:
        """Put each change's value into its row, in order (later changes of a cell win)."""
        for change, key in zip(self.changes, self.keys):
            table, name, value = key[0], change.cell.field, change.value
            if value is ABSENT or (table == "sickness" and _is_empty(value)):
                self.after[key] = None
                self.raw.pop(key, None)
                continue
            if self.after[key] is None:
                self.after[key] = {f: (None if (table, f) in NULLABLE else 0) for f in FIELDS[table]}
            self.after[key][name] = value  # type: ignore[index]
            self.raw.setdefault(key, {})[name] = value

    def check_rows(self) -> None:
        """Each row's record check: numbers, and the rules inside a row; parsed values replace the
        entered ones."""
        for key, values in self.after.items():
            if values is None:
                continue
            table = key[0]
            raw = dict(zip(DETAIL[table], key[4]))
            raw.update(values)
            checked = _CHECKS[table](raw)
            for issue in checked.issues:
                if table == "staffing" and not issue.is_error and self._fte_not_entered(key, checked.values):
                    continue
                self.issues.append(issue.at(self._location(key, issue.field)))
            if checked.ok:
                self.after[key] = {f: checked.values[f] for f in FIELDS[table]}

    def _fte_not_entered(self, key: _RowKey, values: Mapping[str, object]) -> bool:
        """A staffing row whose fte is 0 and was not entered in this batch: fte not filled in yet, so
        no fte-per-person warning while persons are typed first."""
        return values.get("fte") == 0 and "fte" not in self.raw.get(key, {})

    def check_leavers(self) -> None:
        """Leavers <= persons at the start (the previous round's persons of the organisation x
        occupation if recorded, else the current persons) + joiners, for every organisation x
        occupation x round the batch affects. A rule that was already broken is reported only when
        the batch makes it worse."""
        if any(issue.is_error for issue in self.issues):
            return
        targets: dict[tuple[int, int, int], list[Change]] = defaultdict(list)
        for key, changes in self.changes_of.items():
            table, org, occ, round_id, _detail = key
            if table == "flow":
                targets[(org, occ, round_id)] += changes  # type: ignore[index]
            elif table == "staffing":
                targets[(org, occ, round_id)] += changes  # type: ignore[index]
                later = self.ids.neighbour(round_id, 1)
                if later is not None:
                    targets[(org, occ, later.id)] += changes  # type: ignore[index]
        for (org, occ, round_id), changes in targets.items():
            after = self._leaver_excess(org, occ, round_id, self._value_after)
            if after is None or after[0] <= 1e-9:
                continue
            before = self._leaver_excess(org, occ, round_id, self._value_before)
            if before is not None and before[0] > 1e-9 and after[0] <= before[0] + 1e-9:
                continue
            leavers, joiners, start = after[1:]
            for issue in v.check_leavers(leavers, joiners, start):
                round_ = next(r for r in self.ids.rounds if r.id == round_id)
                if round_.reference_date != changes[0].cell.round:
                    issue = Issue(issue.field, issue.value,
                                  f"{issue.rule} in round {round_.reference_date.isoformat()}", issue.severity)
                self.issues.append(issue.at(self._leaver_location(changes)))

    def drop_empty_new_rows(self) -> None:
        """A row that did not exist and would hold only zeros or nothing is not created."""
        for key, values in self.after.items():
            if self.before[key] is None and values is not None and not any(values.values()):
                self.after[key] = None

    def write(self) -> AppliedChanges:
        applied = AppliedChanges()
        for key in self.before:
            before, after = self.before[key], self.after[key]
            if before == after:
                continue
            table = key[0]
            template = self.cells[key]
            for name in FIELDS[table]:
                old = ABSENT if before is None else before[name]
                new = ABSENT if after is None else after[name]
                if old != new:
                    applied.changes.append(AppliedChange(_with_field(template, name), old, new))
            row = self.stored.get(key)
            if after is None:
                self.session.delete(row)
            elif row is None:
                self.session.add(_new_row(key, after))
            else:
                for name, value in after.items():
                    setattr(row, name, value)
                self.session.add(row)
        self.session.flush()
        return applied

    # -- helpers --

    def _value_after(self, key: _RowKey) -> dict[str, object] | None:
        if key in self.after:
            return self.after[key]
        return self._value_before(key)

    def _value_before(self, key: _RowKey) -> dict[str, object] | None:
        if key in self.before:
            return self.before[key]
        row = self.stored.get(key)
        return None if row is None else {f: getattr(row, f) for f in FIELDS[key[0]]}

    def _leaver_excess(self, org: int, occ: int, round_id: int,
                       value) -> tuple[float, float, float, float] | None:  # noqa: ANN001
        """(leavers - (start + joiners), leavers, joiners, start), or None if the start is unknown."""
        keys = self._keys_like("flow", org, occ, round_id)
        joiners = leavers = 0.0
        for key in keys:
            row = value(key)
            if row is not None:
                if key[4][0] == "in":
                    joiners += row["persons"]
                else:
                    leavers += row["persons"]
        previous = self.ids.neighbour(round_id, -1)
        start = self._persons(org, occ, previous.id, value) if previous is not None else None
        if start is None:
            start = self._persons(org, occ, round_id, value)
        if start is None:
            return None
        return leavers - (start + joiners), leavers, joiners, start

    def _persons(self, org: int, occ: int, round_id: int, value) -> float | None:  # noqa: ANN001
        rows = [value(key) for key in self._keys_like("staffing", org, occ, round_id)]
        rows = [r for r in rows if r is not None]
        return float(sum(r["persons"] for r in rows)) if rows else None  # type: ignore[misc]

    def _keys_like(self, table: str, org: int, occ: int, round_id: int) -> set[_RowKey]:
        return self.groups.get((table, org, occ, round_id), set())

    def _location(self, key: _RowKey, field_name: str) -> str:
        changes = self.changes_of.get(key, [])
        for change in reversed(changes):
            if change.cell.field == field_name:
                return change.location or change.cell.key
        first = changes[0] if changes else None
        return (first.location or first.cell.key) if first else ""

    @staticmethod
    def _leaver_location(changes: list[Change]) -> str:
        def rank(change: Change) -> int:
            if change.cell.table == "flow":
                return 0 if change.cell.detail[0] == "out" else 1
            return 2

        best = min(changes, key=rank)
        return best.location or best.cell.key


# --- small helpers ------------------------------------------------------------------------------------


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _with_field(cell: Cell, name: str) -> Cell:
    return Cell(cell.table, cell.organisation, cell.occupation, cell.round, cell.detail, name)


def _new_row(key: _RowKey, values: Mapping[str, object]) -> object:
    table, org, occ, round_id, detail = key
    ids: dict[str, object] = {"organisation_id": org, "round_id": round_id}
    if table != "sickness":
        ids["occupation_id"] = occ
    return _MODELS[table](**ids, **dict(zip(DETAIL[table], detail)), **values)


def _raise_errors(issues: Iterable[Issue]) -> None:
    errors = [i for i in issues if i.is_error]
    if errors:
        raise ValidationError(errors)


def _require_known_fields(changes: Mapping[str, object], known: tuple[str, ...], what: str) -> None:
    unknown = [k for k in changes if k not in known]
    if unknown:
        raise ValidationError([Issue("field", k, f"is not a field of an {what}") for k in unknown])


def _organisation(session: Session, name: str) -> Organisation:
    row = repo.organisation_by_name(name, session=session)
    if row is None:
        raise NotFoundError(f"No organisation named {name!r}")
    return row


def _occupation(session: Session, code: str) -> Occupation:
    row = repo.occupation_by_code(code, session=session)
    if row is None:
        raise NotFoundError(f"No occupation with code {code!r}")
    return row


def _round(session: Session, reference_date: date) -> Round:
    row = repo.round_by_date(reference_date, session=session)
    if row is None:
        raise NotFoundError(f"No round with reference date {reference_date.isoformat()}")
    return row


def _has_figures(session: Session, **where: int | None) -> bool:
    for model in _MODELS.values():
        conditions = [getattr(model, column) == value for column, value in where.items() if hasattr(model, column)]
        if len(conditions) != len(where):
            continue
        if session.exec(select(model.id).where(*conditions).limit(1)).first() is not None:  # type: ignore[attr-defined]
            return True
    return False


def _occupation_values(row: Occupation) -> dict[str, object]:
    return {"code": row.code, "name_nl": row.name_nl, "name_en": row.name_en, "level": row.level,
            "register": row.register_code, "registration_required": row.registration_required,
            "training_route": row.training_route, "training_years": row.training_years}


def _occupation_columns(values: Mapping[str, object]) -> dict[str, object]:
    return {"name_nl": values["name_nl"], "name_en": values["name_en"], "level": values["level"],
            "register_code": values["register"], "registration_required": values["registration_required"],
            "training_route": values["training_route"], "training_years": values["training_years"]}


def _describe(values: Mapping[str, object]) -> str:
    return ", ".join(f"{k}={audit_text(val)}" for k, val in values.items())


__all__ = [
    "ABSENT", "AppliedChange", "AppliedChanges", "Cell", "Change", "Editor", "FIELDS", "DETAIL",
    "FIGURE_TABLES", "NeedsConfirmation", "RoundClosedError", "ValidationError", "cell_issues",
]
