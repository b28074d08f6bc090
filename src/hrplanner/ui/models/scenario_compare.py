"""The tables of the scenario comparison (services.projection.compare): the parameters that differ
between scenario A and B, and the intake advice of A and B per occupation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from hrplanner.domain.projection.params import Triple
from hrplanner.services.projection import Comparison
from hrplanner.ui.format import MISSING, fmt_number
from hrplanner.ui.models.scenario_parameters import format_value, parameter_label
from hrplanner.ui.labels import targs

DIFFERENT_BACKGROUND = QColor("#fff3cd")


def triple_text(key: str, t: Triple | None) -> str:
    if t is None:
        return MISSING
    if t.certain:
        return format_value(key, t.mid)
    return " / ".join(format_value(key, v) for v in (t.low, t.mid, t.high))


@dataclass(frozen=True)
class Difference:
    code: str
    occupation: str
    key: str
    a: Triple | None
    b: Triple | None


class DifferenceModel(QAbstractTableModel):
    """A row is one parameter of one occupation whose value differs between A and B."""

    OCCUPATION, PARAMETER, A, B = range(4)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Difference] = []
        self.names = ("A", "B")

    def set_comparison(self, comparison: Comparison | None, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = []
        if comparison is not None:
            self.names = (comparison.a, comparison.b)
            for code, diff in comparison.differences.items():
                for key, (a, b) in diff.items():
                    self.rows.append(Difference(code, names.get(code, code), key, a, b))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Occupation"), self.tr("Parameter"), targs(self.tr("A: %1"), self.names[0]),
                    targs(self.tr("B: %1"), self.names[1]))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            # the occupation's code keeps the column narrow; its name is in the tool tip
            return (row.code, parameter_label(row.key), triple_text(row.key, row.a),
                    triple_text(row.key, row.b))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.occupation}: {parameter_label(row.key)} ({row.key})"
            if column >= self.A:
                tip += "\n" + triple_text(row.key, row.a if column == self.A else row.b)
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.A:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AdviceCompareModel(QAbstractTableModel):
    """A row is one occupation: its intake advice per equilibrium year under A and under B."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    #: The advice (float, None when not reachable by training).
    VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.codes: list[str] = []
        self.names: dict[str, str] = {}
        self.comparison: Comparison | None = None
        self.years: list[int] = []

    def set_comparison(self, comparison: Comparison | None, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.names = dict(names)
        self.codes = list(comparison.results_a) if comparison else []
        first = comparison.results_a[self.codes[0]] if self.codes else None
        self.years = list(first.params.equilibrium_years) if first else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 1 + 2 * len(self.years)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.comparison is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Occupation")
            year = self.years[(section - 1) // 2]
            side = "A" if (section - 1) % 2 == 0 else "B"
            return targs(self.tr("Advice %1, %2"), str(year), side)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            name = self.comparison.a if (section - 1) % 2 == 0 else self.comparison.b
            return targs(self.tr("Intake advice per year in scenario %1"), name)
        return None

    def advice(self, row: int, column: int):
        """The Advice object behind a cell (column >= 1)."""
        code = self.codes[row]
        k, side = divmod(column - 1, 2)
        results = self.comparison.results_a if side == 0 else self.comparison.results_b
        result = results.get(code)
        if result is None or k >= len(result.advice):
            return None
        return result.advice[k]

    def differs(self, row: int, column: int) -> bool:
        k = (column - 1) // 2
        a, b = self.advice(row, 1 + 2 * k), self.advice(row, 2 + 2 * k)
        value = lambda adv: None if adv is None or adv.intake_clipped is None else round(adv.intake_clipped, 1)  # noqa: E731
        return value(a) != value(b)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.comparison is None:
            return None
        row, column = index.row(), index.column()
        code = self.codes[row]
        if role == self.ROW_ROLE:
            return code
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.names.get(code, code)
            return None
        advice = self.advice(row, column)
        if role == self.VALUE_ROLE:
            return None if advice is None else advice.intake_clipped
        if role == Qt.ItemDataRole.DisplayRole:
            return MISSING if advice is None or advice.intake_clipped is None else fmt_number(advice.intake_clipped, 1)
        if role == Qt.ItemDataRole.ToolTipRole and advice is not None:
            if advice.intake is None:
                return targs(self.tr("Not reachable by training before %1"), str(advice.equilibrium_year))
            return targs(self.tr("%1 per year (now %2); gap %3 fte at today's intake"), fmt_number(advice.intake_clipped, 1), fmt_number(advice.current_intake, 0), fmt_number(advice.gap_fte, 1))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.differs(row, column):
            return DIFFERENT_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and self.differs(row, column):
            font = QFont()
            font.setBold(True)
            return font
        return None
