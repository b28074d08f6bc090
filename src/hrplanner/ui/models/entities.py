"""The base of the organisation and occupation tables: rows straight from the register, edits as
undoable commands, refused edits shown at the cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from hrplanner.ui import commands
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.models.table import RegisterTableModel, Row

CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked


class EntityModel(RegisterTableModel):
    """Reloads on the context's signals; subclasses make the rows and the command of an edit."""

    #: ``data_changed`` topics this table shows.
    TOPICS: frozenset[Topic] = frozenset({Topic.ANY})

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        context.register_changed.connect(lambda _r: self.reload())
        context.data_changed.connect(lambda topic: (topic in self.TOPICS or topic == Topic.ANY) and self.reload())

    def reload(self) -> None:
        register = self.context.register
        self.columns = self.make_columns()
        # the steering group may not read organisations on a server: its pages show published figures only
        readable = register is not None and not (register.on_server and register.role == "steering")
        rows = self.make_rows() if readable else []
        self.set_rows(rows, register is not None and not register.read_only)

    def make_columns(self):  # noqa: ANN201
        raise NotImplementedError

    def make_rows(self) -> list[Row]:
        raise NotImplementedError

    def command(self, row: Row, column: int, value: object) -> commands.ServiceCommand | None:
        """The command that sets ``value`` in a cell (None when nothing changes)."""
        raise NotImplementedError

    def is_checked(self, row: Row, column: int) -> bool:
        """The state of a check-box column."""
        raise NotImplementedError

    def check_state(self, row: Row, column: int):
        if column in self.CHECK_COLUMNS:
            return CHECKED if self.is_checked(row, column) else UNCHECKED
        return None

    def column_flags(self, column: int) -> Qt.ItemFlag:
        flags = super().column_flags(column)
        if column in self.CHECK_COLUMNS:
            flags &= ~Qt.ItemFlag.ItemIsEditable
            if self.is_editable(0, column):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.is_editable(index.row(), index.column()):
            return False
        column = index.column()
        if column in self.CHECK_COLUMNS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == CHECKED
        elif role != Qt.ItemDataRole.EditRole:
            return False
        command = self.command(self._rows[index.row()], column, value)
        if command is None:
            return False
        outcome = commands.execute(self.context, command)
        if outcome.ok:
            self.clear_errors()
            self.message.emit("")
            return True
        location = self.location(index.row(), column)
        issues = [i.at(location) for i in outcome.issues]
        self.show_issues(issues, {location: (index.row(), column)}, outcome.message)
        return False
