"""The gap table of the projection dashboard: every occupation's gap (fte) in every projected year,
coloured as a heatmap (see charts/projection_heatmap.py)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from hrplanner.domain.projection.model import ProjectionResult
from hrplanner.ui.charts.projection_heatmap import diverging_colour, text_colour
from hrplanner.ui.format import fmt_number, fmt_percent, fmt_signed
from hrplanner.ui.labels import targs


class GapTableModel(QAbstractTableModel):
    """A row is one occupation's projection; column 0 names it, column 1 + i is year base + i."""

    NAME_COLUMN = 0
    #: The row's ProjectionResult.
    RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
    #: The cell's gap in fte (float).
    VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results: list[ProjectionResult] = []
        self.names: dict[str, str] = {}
        self.years: list[int] = []
        #: The occupation the page shows (its row is written in bold).
        self.current: str | None = None

    def set_results(self, results: list[ProjectionResult], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.names = dict(names or {})
        self.years = [int(y) for y in results[0].years] if results else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 1 + len(self.years)

    def name(self, result: ProjectionResult) -> str:
        return self.names.get(result.code, result.occupation)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result = self.results[index.row()]
        column = index.column()
        if role == self.RESULT_ROLE:
            return result
        if role == Qt.ItemDataRole.FontRole:
            if result.code != self.current:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if column == self.NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.name(result)
            return None
        t = column - 1
        if t >= result.years.size:
            return None
        gap = float(result.gap_fte[t])
        demand = float(result.demand_fte[t])
        relative = gap / demand if demand else float("nan")
        if role == self.VALUE_ROLE:
            return gap
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt_number(gap, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return diverging_colour(relative)
        if role == Qt.ItemDataRole.ForegroundRole:
            return text_colour(diverging_colour(relative))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            kind = self.tr("shortage") if gap > 0 else self.tr("surplus") if gap < 0 else self.tr("balance")
            return (targs(self.tr("%1, %2: %3 fte (%4 persons), %5 of demand; %6"), self.name(result), str(self.years[t]), fmt_signed(gap, 1), fmt_signed(float(result.gap_persons[t]), 1), fmt_percent(relative, 1), kind))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Occupation") if section == self.NAME_COLUMN else str(self.years[section - 1])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return targs(self.tr("Gap in fte in %1 (demand minus supply; shortage > 0)"), str(self.years[section - 1]))
        return None

    def set_current(self, code: str | None) -> None:
        """Write the row of ``code`` in bold (the occupation shown above the table)."""
        rows = [self.row_of(c) for c in (self.current, code) if c]
        self.current = code
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1),
                                      [Qt.ItemDataRole.FontRole])

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self.results) if r.code == code), -1)
