"""The round status as a table model: one row per organisation expected to deliver."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hrplanner.services.rounds import ACCEPTED, NOT_STARTED, RECEIVED, TEMPLATE_SENT, TOPICS, WARNINGS, \
    OrganisationStatus
from hrplanner.ui import format as fmt

CONTEXT = "RoundStatusModel"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

STATE_TEXT = {
    NOT_STARTED: QT_TRANSLATE_NOOP("RoundStatusModel", "not started"),
    TEMPLATE_SENT: QT_TRANSLATE_NOOP("RoundStatusModel", "template sent"),
    RECEIVED: QT_TRANSLATE_NOOP("RoundStatusModel", "figures received"),
    WARNINGS: QT_TRANSLATE_NOOP("RoundStatusModel", "checked with warnings"),
    ACCEPTED: QT_TRANSLATE_NOOP("RoundStatusModel", "accepted"),
}
#: Light backgrounds of the status cell: grey not started, blue on the way, amber to look at, green done.
STATE_BRUSH = {
    NOT_STARTED: QBrush(QColor("#eeeeee")),
    TEMPLATE_SENT: QBrush(QColor("#dbe9f6")),
    RECEIVED: QBrush(QColor("#e3f1e0")),
    WARNINGS: QBrush(QColor("#fde9b5")),
    ACCEPTED: QBrush(QColor("#c9e7c3")),
}
TOPIC_TEXT = {
    "staffing": QT_TRANSLATE_NOOP("RoundStatusModel", "Staffing"),
    "establishment": QT_TRANSLATE_NOOP("RoundStatusModel", "Establishment and vacancies"),
    "flows": QT_TRANSLATE_NOOP("RoundStatusModel", "Inflow and outflow"),
    "training": QT_TRANSLATE_NOOP("RoundStatusModel", "Training"),
    "absence": QT_TRANSLATE_NOOP("RoundStatusModel", "Absence"),
}
#: Short column headings of the topics (the full name is the heading's tooltip).
TOPIC_SHORT = {
    "staffing": QT_TRANSLATE_NOOP("RoundStatusModel", "Staff"),
    "establishment": QT_TRANSLATE_NOOP("RoundStatusModel", "Vacancies"),
    "flows": QT_TRANSLATE_NOOP("RoundStatusModel", "Flows"),
    "training": QT_TRANSLATE_NOOP("RoundStatusModel", "Training"),
    "absence": QT_TRANSLATE_NOOP("RoundStatusModel", "Absence"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_text(state: str) -> str:
    return tr(STATE_TEXT[state])


def topic_text(topic: str) -> str:
    return tr(TOPIC_TEXT[topic])


def _moment(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{fmt.fmt_date(local.date())} {local.strftime('%H:%M')}"


def detail(row: OrganisationStatus) -> str:
    """When and by whom the last step happened, in the user's language."""
    if row.state == ACCEPTED:
        return tr("accepted %1 by %2").replace("%1", _moment(row.accepted)).replace("%2", row.accepted_by or "?")
    if row.delivered:
        if row.received is None:
            return tr("before status tracking")
        how = tr("by template") if row.received_via == "template" else tr("in the app")
        return (tr("%1 by %2, %3").replace("%1", _moment(row.received)).replace("%2", row.received_by or "?")
                .replace("%3", how))
    if row.state == TEMPLATE_SENT:
        return tr("sent %1 by %2").replace("%1", _moment(row.template_sent)).replace("%2", row.template_sent_by or "?")
    return ""


class RoundStatusModel(QAbstractTableModel):
    """One row per organisation: status, the five topics, persons, when and by whom."""

    ORGANISATION, STATE, PERSONS = 0, 1, 2
    FIRST_TOPIC = 3
    WHEN = FIRST_TOPIC + len(TOPICS)
    HEADERS = (QT_TRANSLATE_NOOP("RoundStatusModel", "Organisation"),
               QT_TRANSLATE_NOOP("RoundStatusModel", "Status"),
               QT_TRANSLATE_NOOP("RoundStatusModel", "Persons"),
               *(TOPIC_SHORT[t] for t in TOPICS),
               QT_TRANSLATE_NOOP("RoundStatusModel", "When and by whom"))

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[OrganisationStatus] = []

    def reload(self, rows: list[OrganisationStatus]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.FIRST_TOPIC <= section < self.WHEN:
            return topic_text(TOPICS[section - self.FIRST_TOPIC])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == self.PERSONS:
                return row.persons if row.delivered else (row.persons_last_round or 0)
            if column == self.STATE:
                return list(STATE_TEXT).index(row.state)
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PERSONS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if self.FIRST_TOPIC <= column < self.WHEN:
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATE:
            return STATE_BRUSH[row.state]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATE and row.findings:
                return "\n".join(row.findings[:10])
            if column == self.PERSONS and row.carried_over:
                return tr("No figures yet: last round's persons, counted for the region's coverage")
            if column == self.WHEN:  # the last column is elided on a narrow screen
                return self._display(row, column) or None
        return None

    def _display(self, row: OrganisationStatus, column: int) -> str:
        if column == self.ORGANISATION:
            return row.organisation
        if column == self.STATE:
            return state_text(row.state)
        if self.FIRST_TOPIC <= column < self.WHEN:
            return "\u2713" if row.topics.get(TOPICS[column - self.FIRST_TOPIC]) else "\u2013"
        if column == self.PERSONS:
            if row.delivered:
                return fmt.fmt_number(row.persons)
            if row.carried_over:
                return f"({fmt.fmt_number(row.persons_last_round)})"
            return "\u2013"
        if column == self.WHEN:
            return detail(row)
        return ""
