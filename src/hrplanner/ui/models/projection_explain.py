"""The explain panel's table: the additive parts of supply and demand of one occupation in one year
(domain.projection.explain), with their totals and the gap."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from hrplanner.domain.projection.explain import Explanation
from hrplanner.ui.format import fmt_number, fmt_signed
from hrplanner.ui.levers import lever_label
from hrplanner.ui.labels import targs



def group_label(name: str) -> str:
    return {"women": QCoreApplication.translate("ExplainModel", "women"), "men": QCoreApplication.translate("ExplainModel", "men"), "all": QCoreApplication.translate("ExplainModel", "all")}.get(name, name)


def part_label(key: str, base_year: int, single_group: bool) -> str:
    """A part's name in the UI language (``stock.women``, ``demand.trend.efficiency``, ...)."""
    kind, _, rest = key.partition(".")
    if kind == "demand":
        if rest == "base":
            return targs(QCoreApplication.translate("ExplainModel", "Base: supply in %1"), str(base_year))
        if rest == "unmet":
            return targs(QCoreApplication.translate("ExplainModel", "Unmet demand in %1"), str(base_year))
        if rest == "demography":
            return QCoreApplication.translate("ExplainModel", "Demography")
        if rest.startswith("trend."):
            return lever_label(rest)
        if rest.startswith("care."):
            return targs(QCoreApplication.translate("ExplainModel", "Care type: %1"), rest[5:])
        return rest
    labels = {
        "stock": QCoreApplication.translate("ExplainModel", "Staff still working"),
        "in_training": QCoreApplication.translate("ExplainModel", "Graduates, in training now"),
        "decided": QCoreApplication.translate("ExplainModel", "Graduates, decided intake"),
        "lever": QCoreApplication.translate("ExplainModel", "Graduates, lever intake"),
        "other_inflow": QCoreApplication.translate("ExplainModel", "Other inflow"),
    }
    text = labels.get(kind, kind)
    return text if single_group else f"{text} ({group_label(rest)})"


@dataclass(frozen=True)
class ExplainRow:
    """One line of the table: a part, a total (bold) or a section heading (no numbers)."""

    label: str
    persons: float | None
    fte: float | None
    kind: str = "part"  # "part", "total", "heading", "gap"


class ExplainModel(QAbstractTableModel):
    """A row is a part of supply or demand in the chosen year, or a total."""

    LABEL, PERSONS, FTE = range(3)
    #: The row's number for the column (float or None).
    VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
    #: The row's kind: "part", "total", "heading" or "gap".
    KIND_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ExplainRow] = []
        self.explanation: Explanation | None = None

    def set_explanation(self, e: Explanation | None) -> None:
        self.beginResetModel()
        self.explanation = e
        self.rows = [] if e is None else self._rows(e)
        self.endResetModel()

    def _rows(self, e: Explanation) -> list[ExplainRow]:
        groups = {p.key.partition(".")[2] for p in e.supply_parts}
        single = len(groups) == 1
        rows = [ExplainRow(QCoreApplication.translate("ExplainModel", "Supply"), None, None, "heading")]
        rows += [ExplainRow(part_label(p.key, e.base_year, single), p.persons, p.fte)
                 for p in e.supply_parts if p.persons or p.fte]
        rows.append(ExplainRow(QCoreApplication.translate("ExplainModel", "Total supply"), e.supply_persons, e.supply_fte, "total"))
        rows.append(ExplainRow(QCoreApplication.translate("ExplainModel", "Demand"), None, None, "heading"))
        rows += [ExplainRow(part_label(p.key, e.base_year, single), None, p.fte) for p in e.demand_parts
                 if p.fte or p.key in ("demand.base",)]
        rows.append(ExplainRow(QCoreApplication.translate("ExplainModel", "Total demand"), None, e.demand_fte, "total"))
        rows.append(ExplainRow(QCoreApplication.translate("ExplainModel", "Gap (demand - supply)"), e.gap_persons, e.gap_fte, "gap"))
        return rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        value = row.persons if column == self.PERSONS else row.fte if column == self.FTE else None
        if role == self.KIND_ROLE:
            return row.kind
        if role == self.VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LABEL:
                return row.label if row.kind != "part" else "   " + row.label
            if value is None:
                return ""
            return fmt_signed(value, 1) if row.kind == "gap" else fmt_number(value, 1)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LABEL:
            return row.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind != "part":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            year = str(self.explanation.year) if self.explanation else ""
            return (targs(QCoreApplication.translate("ExplainModel", "Part (%1)"), year), QCoreApplication.translate("ExplainModel", "Persons"), QCoreApplication.translate("ExplainModel", "Fte"))[section]
        return None
