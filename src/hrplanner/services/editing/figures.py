"""Figure edits: a batch of changes to staffing, establishment, flows, training and sickness
absence, checked with the register's rules and applied in one transaction, all or nothing.

The batch (:class:`FigureBatch`) resolves every :class:`~.cells.Cell` to its stored row
(:class:`~.cells.RowKey`), puts the new values in, checks each row and the rules across rows (leavers
against the persons at the start), and writes what changed. Every applied change leaves an audit
entry, and the old values come back (:class:`~.cells.AppliedChanges`), so that undo can restore them
exactly by applying them again (:data:`~.cells.ABSENT` = "there was no row": applying it removes the
row).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlmodel import Session, select

from hrplanner.domain import validation as v
from hrplanner.domain.validation import Issue
from hrplanner.services.editing.base import EditorBase, raise_errors
from hrplanner.services.editing.cells import (
    ABSENT,
    UNSEEN,
    DETAIL,
    FIELDS,
    MODELS,
    NULLABLE,
    AppliedChange,
    AppliedChanges,
    Cell,
    Change,
    RegisterIds,
    RowKey,
    audit_text,
    cell_issues,
)
from hrplanner.services.errors import NeedsConfirmation, RoundClosedError, ServiceError

log = logging.getLogger(__name__)

#: The record check of each figure table (:mod:`hrplanner.domain.validation`).
CHECKS = {"staffing": v.check_staffing, "establishment": v.check_establishment, "flow": v.check_flow,
           "training": v.check_training, "sickness": v.check_sickness}


class ConflictError(ServiceError):
    """Someone else saved the same figure after the user read it; nothing of the batch was saved."""

    def __init__(self, conflicts: list["Conflict"]):
        self.conflicts = conflicts
        super().__init__("; ".join(c.message() for c in conflicts))


@dataclass(frozen=True)
class Conflict:
    """A figure whose stored value is no longer the one the user started from."""

    cell: Cell
    expected: object
    entered: object
    stored: object
    saved_by: str = ""

    def message(self) -> str:
        by = f" by {self.saved_by}" if self.saved_by else " by someone else"
        entered = self.entered.strip() if isinstance(self.entered, str) else audit_text(self.entered)
        return (f"{self.cell.key}: changed{by} to {audit_text(self.stored)} while you changed "
                f"{audit_text(self.expected)} to {entered or audit_text(None)}; your value was not saved "
                "(look at the new value and enter yours again if it still applies)")


class FigureEdits(EditorBase):
    """Read and change figures, one validated batch per call."""

    def set_figure(self, cell: Cell, value: object, *, confirm_warnings: bool = False,
                   location: str = "") -> AppliedChanges:
        return self.apply_changes([Change(cell, value, location)], confirm_warnings=confirm_warnings)

    def figure(self, cell: Cell) -> object:
        """The stored value of a cell: a number, None (not given) or ABSENT (no row)."""
        with self.register.session() as session:
            ids = RegisterIds(session)
            raise_errors(cell_issues(cell, ids))
            key = ids.row_key(cell)
            rows = load_rows(session, cell.table, {key.round_id}, {key.organisation_id})
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
            batch = FigureBatch(session, changes)
            batch.resolve()
            batch.require_open_rounds()
            batch.load()
            batch.check_conflicts()
            batch.apply()
            batch.check_rows()
            if not restoring:
                batch.check_leavers()
                raise_errors(batch.issues)
                warnings = [i for i in batch.issues if not i.is_error]
                if warnings and not confirm_warnings:
                    raise NeedsConfirmation(warnings)
                batch.drop_empty_new_rows()
            applied = batch.write()
            for change in applied.changes:
                self._audit(session, action, change.cell.table, change.cell.key, audit_text(change.old),
                            audit_text(change.new))
        if applied:
            log.info("%s: %d figure(s) changed by %s", action, len(applied), self.user or "unknown user")
        return applied


# --- one batch of figure changes -----------------------------------------------------------------------


def load_rows(session: Session, table: str, round_ids: set[int],
              organisation_ids: set[int], *, lock: bool = False) -> dict[RowKey, object]:
    """The stored rows of a figure table in these rounds and organisations, by row key. With ``lock``
    on a server they stay locked until the transaction ends, so two saves of the same figures take
    turns (and the second one sees the first one's values)."""
    model = MODELS[table]
    query = select(model).where(model.round_id.in_(round_ids),  # type: ignore[attr-defined]
                                model.organisation_id.in_(organisation_ids))  # type: ignore[attr-defined]
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    rows = {}
    for row in session.exec(query):
        key = RowKey(table, row.organisation_id, getattr(row, "occupation_id", None), row.round_id,
                     tuple(getattr(row, name) for name in DETAIL[table]))
        rows[key] = row
    return rows


class FigureBatch:
    """The state of the rows a batch touches, before and after, and the issues found."""

    def __init__(self, session: Session, changes: list[Change]):
        self.session = session
        self.changes = changes
        self.issues: list[Issue] = []
        self.ids = RegisterIds(session)
        self.keys: list[RowKey] = []
        #: the stored rows (ORM objects) of the touched tables and rounds
        self.stored: dict[RowKey, object] = {}
        #: values before and after, per touched row (None = no row)
        self.before: dict[RowKey, dict[str, object] | None] = {}
        self.after: dict[RowKey, dict[str, object] | None] = {}
        self.raw: dict[RowKey, dict[str, object]] = {}
        self.changes_of: dict[RowKey, list[Change]] = defaultdict(list)
        self.cells: dict[RowKey, Cell] = {}
        #: row keys by their :attr:`RowKey.group`, for the rules across rows
        self.groups: dict[tuple, set[RowKey]] = defaultdict(set)

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
        raise_errors(issues)

    def require_open_rounds(self) -> None:
        closed = sorted({c.cell.round for c in self.changes if self.ids.round_by_date[c.cell.round].closed})
        if closed:
            names = ", ".join(self.ids.round_by_date[d].label or d.isoformat() for d in closed)
            raise RoundClosedError(f"Round {names} is closed; its figures are read-only")

    def load(self) -> None:
        """Load every row the batch and its rules look at: the touched rows, and staffing and flows of
        the rounds before and after a touched round (for the leavers rule)."""
        organisations = {key.organisation_id for key in self.keys}
        by_table: dict[str, set[int]] = defaultdict(set)
        for key in self.keys:
            by_table[key.table].add(key.round_id)
            if key.table in ("staffing", "flow"):
                for step in (-1, 0, 1):
                    near = self.ids.neighbour(key.round_id, step)
                    if near is not None:
                        by_table["staffing"].add(near.id)  # type: ignore[arg-type]
                        by_table["flow"].add(near.id)  # type: ignore[arg-type]
        for table, round_ids in sorted(by_table.items()):  # one order: no deadlock between two saves
            self.stored.update(load_rows(self.session, table, round_ids, organisations, lock=True))
        for key in [*self.stored, *self.keys]:
            self.groups[key.group].add(key)
        for key in dict.fromkeys(self.keys):
            row = self.stored.get(key)
            values = None if row is None else {f: getattr(row, f) for f in FIELDS[key.table]}
            self.before[key] = values
            self.after[key] = dict(values) if values is not None else None

    def check_conflicts(self) -> None:
        """Refuse the batch when a cell no longer holds the value its change started from."""
        conflicts = []
        for change, key in zip(self.changes, self.keys):
            if change.expected is UNSEEN:
                continue
            before = self.before[key]
            stored = ABSENT if before is None else before[change.cell.field]
            if not _same_value(stored, change.expected):
                conflicts.append(Conflict(change.cell, change.expected, change.value, stored,
                                          _last_writer(self.session, change.cell)))
        if conflicts:
            raise ConflictError(conflicts)

    def apply(self) -> None:
        """Put each change's value into its row, in order (later changes of a cell win)."""
        for change, key in zip(self.changes, self.keys):
            table, name, value = key.table, change.cell.field, change.value
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
            table = key.table
            raw = dict(zip(DETAIL[table], key.detail))
            raw.update(values)
            checked = CHECKS[table](raw)
            for issue in checked.issues:
                if table == "staffing" and not issue.is_error and self._fte_not_entered(key, checked.values):
                    continue
                self.issues.append(issue.at(self._location(key, issue.field)))
            if checked.ok:
                self.after[key] = {f: checked.values[f] for f in FIELDS[table]}

    def _fte_not_entered(self, key: RowKey, values: Mapping[str, object]) -> bool:
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
            org, occ = key.organisation_id, key.occupation_id
            if key.table == "flow":
                targets[(org, occ, key.round_id)] += changes  # type: ignore[index]
            elif key.table == "staffing":
                targets[(org, occ, key.round_id)] += changes  # type: ignore[index]
                later = self.ids.neighbour(key.round_id, 1)
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
            table = key.table
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

    def _value_after(self, key: RowKey) -> dict[str, object] | None:
        if key in self.after:
            return self.after[key]
        return self._value_before(key)

    def _value_before(self, key: RowKey) -> dict[str, object] | None:
        if key in self.before:
            return self.before[key]
        row = self.stored.get(key)
        return None if row is None else {f: getattr(row, f) for f in FIELDS[key.table]}

    def _leaver_excess(self, org: int, occ: int, round_id: int,
                       value) -> tuple[float, float, float, float] | None:  # noqa: ANN001
        """(leavers - (start + joiners), leavers, joiners, start), or None if the start is unknown."""
        keys = self._keys_like("flow", org, occ, round_id)
        joiners = leavers = 0.0
        for key in keys:
            row = value(key)
            if row is not None:
                if key.detail[0] == "in":
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

    def _keys_like(self, table: str, org: int, occ: int, round_id: int) -> set[RowKey]:
        return self.groups.get((table, org, occ, round_id), set())

    def _location(self, key: RowKey, field_name: str) -> str:
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


def _same_value(stored: object, expected: object) -> bool:
    """Whether a cell still holds what the user started from; an empty cell (None) on screen stands
    for both "no row" and "not given"."""
    if expected is None:
        return stored is None or stored is ABSENT
    if stored is ABSENT or expected is ABSENT or stored is None:
        return stored is expected
    try:
        return abs(float(stored) - float(expected)) <= 1e-9  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _last_writer(session: Session, cell: Cell) -> str:
    """Who saved a figure last, from the audit log (the database login on a server), or ""."""
    from hrplanner.db.models import AuditEntry

    try:
        with session.begin_nested():
            row = session.exec(select(AuditEntry.user).where(  # type: ignore[call-overload]
                AuditEntry.entity == cell.table, AuditEntry.key == cell.key)
                .order_by(AuditEntry.id.desc()).limit(1)).first()  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - a register without an audit log, or a role that may not read it
        return ""
    return row or ""


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _with_field(cell: Cell, name: str) -> Cell:
    return Cell(cell.table, cell.organisation, cell.occupation, cell.round, cell.detail, name)


def _new_row(key: RowKey, values: Mapping[str, object]) -> object:
    ids: dict[str, object] = {"organisation_id": key.organisation_id, "round_id": key.round_id}
    if key.table != "sickness":
        ids["occupation_id"] = key.occupation_id
    return MODELS[key.table](**ids, **dict(zip(DETAIL[key.table], key.detail)), **values)
