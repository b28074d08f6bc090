"""The audit log as a table model, and the proxy that filters it by text, kind of change and user."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hrplanner.services.audit import AuditRow
from hrplanner.ui import format as fmt
from hrplanner.ui.models.audit_text import describe_key, phrase_text, value_text

CONTEXT = "AuditModel"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

#: Action words as the services write them, shown in the user's language.
ACTIONS = {
    "add": QT_TRANSLATE_NOOP("AuditModel", "added"),
    "edit": QT_TRANSLATE_NOOP("AuditModel", "changed"),
    "import": QT_TRANSLATE_NOOP("AuditModel", "imported"),
    "remove": QT_TRANSLATE_NOOP("AuditModel", "removed"),
    "create": QT_TRANSLATE_NOOP("AuditModel", "created"),
    "undo": QT_TRANSLATE_NOOP("AuditModel", "undone"),
    "redo": QT_TRANSLATE_NOOP("AuditModel", "redone"),
    "close": QT_TRANSLATE_NOOP("AuditModel", "closed"),
    "reopen": QT_TRANSLATE_NOOP("AuditModel", "reopened"),
    "rename": QT_TRANSLATE_NOOP("AuditModel", "renamed"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditModel", "restored from a backup"),
}


#: The kinds of thing the services log changes of, shown in the user's language.
ENTITIES = {
    "staffing": QT_TRANSLATE_NOOP("AuditModel", "staffing"),
    "establishment": QT_TRANSLATE_NOOP("AuditModel", "establishment"),
    "flow": QT_TRANSLATE_NOOP("AuditModel", "flows"),
    "training": QT_TRANSLATE_NOOP("AuditModel", "training"),
    "sickness": QT_TRANSLATE_NOOP("AuditModel", "sickness absence"),
    "figures": QT_TRANSLATE_NOOP("AuditModel", "figures"),
    "organisation": QT_TRANSLATE_NOOP("AuditModel", "organisation"),
    "occupation": QT_TRANSLATE_NOOP("AuditModel", "occupation"),
    "round": QT_TRANSLATE_NOOP("AuditModel", "round"),
    "register": QT_TRANSLATE_NOOP("AuditModel", "register"),
    "scenario": QT_TRANSLATE_NOOP("AuditModel", "scenario"),
}


def entity_label(entity: str) -> str:
    known = ENTITIES.get(entity)
    return QCoreApplication.translate(CONTEXT, known) if known else entity


def fmt_moment(row: AuditRow) -> str:
    local = row.at_local
    return f"{fmt.fmt_date(local.date())} {local.strftime('%H:%M:%S')}"


def describe(row: AuditRow, names: dict[str, str] | None = None, language: str = "nl") -> str:
    """What changed, in one line: "staffing changed: Org · GZ-psycholoog · 31-12-2025 · persons"
    (``names``: occupation code -> name in the UI language)."""
    action = ACTIONS.get(row.action)
    verb = QCoreApplication.translate(CONTEXT, action) if action else row.action
    what = entity_label(row.entity)
    where = describe_key(row.entity, row.key, names or {}, language)
    return f"{what} {verb}: {where}" if where else f"{what} {verb}"


class AuditModel(QAbstractTableModel):
    """One row per audit entry: when, who, what, the old and the new value, and the source."""

    WHEN, WHO, WHAT, OLD, NEW, SOURCE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditModel", "When"),
        QT_TRANSLATE_NOOP("AuditModel", "Who"),
        QT_TRANSLATE_NOOP("AuditModel", "What"),
        QT_TRANSLATE_NOOP("AuditModel", "Old"),
        QT_TRANSLATE_NOOP("AuditModel", "New"),
        QT_TRANSLATE_NOOP("AuditModel", "Source"),
    )

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        #: Occupation code -> name in the UI language, and that language (set by reload).
        self.names: dict[str, str] = {}
        self.language = "nl"

    def reload(self, rows: list[AuditRow], names: dict[str, str] | None = None, language: str = "nl") -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.names = dict(names or {})
        self.language = language
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def text(self, row: AuditRow, column: int) -> str:
        if column == self.WHEN:
            return fmt_moment(row)
        if column == self.WHAT:
            return describe(row, self.names, self.language)
        if column in (self.OLD, self.NEW):
            return value_text(row.old if column == self.OLD else row.new)
        if column == self.SOURCE:
            return phrase_text(row.source)
        return row.user

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(row, column)
            return text if len(text) <= 200 else text[:199] + "\u2026"
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.WHAT, self.OLD, self.NEW, self.SOURCE):
            return self.text(row, column)
        if role == SORT_ROLE:
            return row.at.timestamp() if column == self.WHEN else self.text(row, column).casefold()
        if role == ROW_ROLE:
            return row
        return None


class AuditFilterProxy(QSortFilterProxyModel):
    """Shows the entries that contain a text (anywhere) and are of one kind and by one user."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._entity: str | None = None
        self._user: str | None = None

    def set_text(self, text: str) -> None:
        self._change("_text", text.strip().casefold())

    def set_entity(self, entity: str | None) -> None:
        self._change("_entity", entity or None)

    def set_user(self, user: str | None) -> None:
        self._change("_user", user or None)

    def _change(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        row: AuditRow = model.rows[source_row]
        if self._entity is not None and row.entity != self._entity:
            return False
        if self._user is not None and row.user != self._user:
            return False
        if self._text:
            return any(self._text in model.text(row, column).casefold() for column in range(model.columnCount()))
        return True

    def visible_rows(self) -> list[AuditRow]:
        """The entries as shown (filtered and sorted), for the export."""
        return [self.index(r, 0).data(ROW_ROLE) for r in range(self.rowCount())]
