"""The base of the five figure tables (staffing, establishment and vacancies, flows, training, sickness).

A figure model is filled from a :class:`~hrplanner.ui.models.snapshot.RoundSnapshot`. An edit, a
paste or a clear becomes a list of service changes, each with its location as the user sees it (row
and column header), and is carried out by one undoable command; a refused batch changes nothing and
highlights the cells the rules name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from hrplanner.domain.validation import Issue
from hrplanner.services.editing import UNSEEN, Cell, Change
from hrplanner.ui import commands
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.models.snapshot import RoundSnapshot
from hrplanner.ui.models.table import Column, RegisterTableModel, Row

#: (row, column, value as entered) in source-model coordinates
Entry = tuple[int, int, object]


class FigureModel(RegisterTableModel):
    """One round's figures of one table; subclasses make the columns, the rows and the cells."""

    #: ``AppContext.data_changed`` topics that change what the table shows.
    TOPICS: frozenset[Topic] = frozenset()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.snapshot = RoundSnapshot(language=context.language)

    # --- loading ---------------------------------------------------------------------------------------

    def load(self, snapshot: RoundSnapshot) -> None:
        self.show(snapshot, self.make_rows(snapshot) if snapshot.current is not None else [])

    def show(self, snapshot: RoundSnapshot, rows: list[Row]) -> None:
        """Show a snapshot with its rows made already (:meth:`make_rows`, which reads nothing but the
        snapshot and so may run in the background)."""
        self.snapshot = snapshot
        self.columns = self.make_columns(snapshot)
        self.set_rows(rows, snapshot.editable)

    def make_columns(self, snapshot: RoundSnapshot) -> tuple[Column, ...]:
        raise NotImplementedError

    def make_rows(self, snapshot: RoundSnapshot) -> list[Row]:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> Cell:
        """The service's address of an editable cell."""
        raise NotImplementedError

    def edit_label(self, column: int) -> str:
        """The undo label of an edit in a column ("edit vacancies")."""
        raise NotImplementedError

    # --- editing ------------------------------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.is_editable(index.row(), index.column()):
            return False
        if str(value).strip() == str(self.edit_value(self._rows[index.row()], index.column())).strip():
            return False  # nothing typed that differs: no command
        return self.apply_entries([(index.row(), index.column(), value)], self.edit_label(index.column()))

    def apply_entries(self, entries: Sequence[Entry], text: str) -> bool:
        """Apply entries as one undoable command; True when applied (or nothing to apply).

        A cell that cannot be edited (a name or a calculated figure) is skipped when the entry is empty
        or what the cell shows already, and is an error otherwise.
        """
        changes: list[Change] = []
        where: dict[str, tuple[int, int]] = {}
        issues: list[Issue] = []
        for row, column, value in entries:
            location = self.location(row, column)
            where[location] = (row, column)
            if not self.is_editable(row, column):
                text_value = "" if value is None else str(value).strip()
                shown = self.data(self.index(row, column))
                if text_value and text_value != shown and text_value != self.edit_value(self._rows[row], column):
                    if not self.snapshot.editable:
                        rule = QCoreApplication.translate("RegisterTables", "this round is closed (read-only)")
                    else:
                        rule = QCoreApplication.translate(
                            "RegisterTables", "cannot be changed here (it names the row or is calculated)")
                    issues.append(Issue(self.header_text(column), value, rule, location=location))
                continue
            changes.append(Change(self.cell(self._rows[row], column), value, location,
                                  expected=self.seen_value(row, column)))
        if issues:
            self.show_issues(issues, where, commands.not_saved(commands.describe_issues(issues)))
            return False
        if not changes:
            return True
        outcome = commands.push_figure_changes(self.context, changes, text, self.confirm)
        if outcome.ok:
            self.clear_errors()
            self.message.emit("")
            return True
        self.show_issues(outcome.issues, where, outcome.message)
        return False

    def seen_value(self, row: int, column: int) -> object:
        """On a server register, the value the user saw in a cell (None: empty), so that a save over
        someone else's newer value is refused as a conflict; UNSEEN for a register file (one writer)."""
        register = self.context.register
        if register is None or not register.on_server or not self.columns[column].numeric:
            return UNSEEN
        return self._rows[row].values[column]

    def editable_entries(self, cells: Sequence[tuple[int, int]], value: object = "") -> list[Entry]:
        """Entries that set every editable cell among ``cells`` to ``value`` (clearing: "")."""
        return [(r, c, value) for r, c in cells if self.is_editable(r, c)]

    # --- shared helpers for subclasses --------------------------------------------------------------------

    @staticmethod
    def occupation_names(snapshot: RoundSnapshot) -> dict[str, str]:
        return {o.code: snapshot.occupation_name(o) for o in snapshot.occupations}



def fte_sums(records, key=lambda r: (r.organisation, r.occupation)) -> tuple[dict, dict]:  # noqa: ANN001
    """Persons and fte per key over staffing records."""
    persons: dict = {}
    fte: dict = {}
    for record in records:
        k = key(record)
        persons[k] = persons.get(k, 0) + record.persons
        fte[k] = fte.get(k, 0.0) + record.fte
    return persons, fte
