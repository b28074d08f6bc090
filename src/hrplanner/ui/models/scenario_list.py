"""The scenario list of the scenario page: the basis scenario first, then the stored ones."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from hrplanner.services.projection import ScenarioInfo
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs


class ScenarioListModel(QAbstractListModel):
    """A row is one scenario (services.projection.ScenarioInfo)."""

    #: The row's ScenarioInfo.
    INFO_ROLE = Qt.ItemDataRole.UserRole + 1
    #: The scenario's name.
    NAME_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scenarios: list[ScenarioInfo] = []

    def set_scenarios(self, scenarios: list[ScenarioInfo]) -> None:
        self.beginResetModel()
        self.scenarios = list(scenarios)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.scenarios)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self.scenarios[index.row()]
        if role == self.INFO_ROLE:
            return info
        if role == self.NAME_ROLE:
            return info.name
        if role == Qt.ItemDataRole.DisplayRole:
            if info.is_basis:
                return self.tr("basis (from the register)")
            if info.changes:
                return targs(self.tr("%1 (%Ln change(s))", "", info.changes), info.name)
            return info.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.is_basis:
                return self.tr("Derived from the register; copy it to change.")
            lines = [info.name]
            if info.description:
                lines.append(info.description)
            if info.changed is not None:
                lines.append(targs(self.tr("Changed %1"), fmt.fmt_date(info.changed.date())))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and info.is_basis:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, name: str) -> int:
        return next((i for i, s in enumerate(self.scenarios) if s.name == name), -1)
