"""The parameter editor's table: every flat parameter (``params.to_flat``) of one occupation in one
scenario, with its low, middle and high value and the register's (basis) value beside it.

A curve with more than :data:`CURVE_ROWS_IN_FULL` yearly points (outflow and retention have one for
each of 20 years) is one row that opens to its years when clicked, so the list stays readable on a
laptop (116 parameters become 40 rows). Edits are not written here: :meth:`ParameterTableModel.setData` parses the text in the UI's locale,
checks low <= middle <= high and hands the new value to ``commit`` (the page pushes an undo command
that calls ``services.projection.set_parameters``, which validates the whole parameter set). A refused
value leaves the table as it was and is reported through :attr:`ParameterTableModel.refused`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from hrplanner.domain.projection.params import ProjectionParams, Triple, curve_point, to_flat
from hrplanner.ui import format as fmt
from hrplanner.ui.levers import lever_label
from hrplanner.ui.labels import targs

CHANGED_BACKGROUND = QColor("#fff3cd")
#: A curve with more points than this shows as one row that opens to its years.
CURVE_ROWS_IN_FULL = 6
#: The row id of a curve's own row: this prefix and the curve key ("group.women.outflow").
CURVE_ROW = "curve:"



def _numbered(key: str) -> tuple[str, str] | None:
    """("supply.group", "2") of "supply.group[2].name" (the keys the parameter checks give names)."""
    match = re.fullmatch(r"(supply\.group|demand\.care)\[(\d+)\]\.name", key)
    return (match.group(1), match.group(2)) if match else None


def parameter_label(key: str) -> str:
    """A flat key in words, in the UI language ("Outflow (women), year 5"); also the keys a refused
    parameter set names (a curve without its year, "group.*.share" for all groups, a group's name)."""
    tr = lambda text: QCoreApplication.translate("ParameterTableModel", text)  # noqa: E731
    numbered = _numbered(key)
    if numbered is not None:
        kind = tr("Name of group %1") if numbered[0] == "supply.group" else tr("Name of care type %1")
        return targs(kind, numbered[1])
    whole = {"projection.occupation": tr("Occupation"), "years.equilibrium": tr("Equilibrium years"),
             "supply.group": tr("Groups"), "demand.care": tr("Care types")}
    if key in whole:
        return whole[key]
    parts = key.split(".")
    head = parts[0]
    if head == "years":
        names = {"base": QCoreApplication.translate("ParameterTableModel", "Base year"), "horizon": QCoreApplication.translate("ParameterTableModel", "Horizon (years)"),
                 "adjustment": QCoreApplication.translate("ParameterTableModel", "Adjustment year"), "trend": QCoreApplication.translate("ParameterTableModel", "Trend year")}
        if parts[1] == "equilibrium":
            return targs(QCoreApplication.translate("ParameterTableModel", "Equilibrium year %1"), str(int(parts[2]) + 1))
        return names.get(parts[1], key)
    if key == "supply.persons":
        return QCoreApplication.translate("ParameterTableModel", "Persons today")
    if head == "group":
        group = {"women": QCoreApplication.translate("ParameterTableModel", "women"), "men": QCoreApplication.translate("ParameterTableModel", "men"), "all": QCoreApplication.translate("ParameterTableModel", "all"),
                 "*": tr("all groups")}.get(parts[1], parts[1])
        what = parts[2]
        year = ".".join(parts[3:])
        if not year and what in ("fte", "outflow", "retention"):  # the curve as a whole
            whole_curve = {"fte": tr("Fte per person (%1)"), "outflow": tr("Outflow, cumulative (%1)"),
                           "retention": tr("Graduate retention (%1)")}
            return targs(whole_curve[what], group)
        texts = {
            "share": QCoreApplication.translate("ParameterTableModel", "Share of persons (%1)"),
            "fte": QCoreApplication.translate("ParameterTableModel", "Fte per person (%1), year %2"),
            "outflow": QCoreApplication.translate("ParameterTableModel", "Outflow, cumulative (%1), year %2"),
            "retention": QCoreApplication.translate("ParameterTableModel", "Graduate retention (%1), year %2"),
            "training_share": QCoreApplication.translate("ParameterTableModel", "Share of trainees (%1)"),
            "other_inflow_share": QCoreApplication.translate("ParameterTableModel", "Share of other inflow (%1)"),
        }
        return targs(texts.get(what, key), group, year)
    if head == "training":
        if parts[1] == "duration":
            return QCoreApplication.translate("ParameterTableModel", "Training duration (years)")
        stream = {"in_training": QCoreApplication.translate("ParameterTableModel", "in training now"), "decided": QCoreApplication.translate("ParameterTableModel", "decided intake"),
                  "lever": QCoreApplication.translate("ParameterTableModel", "lever intake")}.get(parts[1], parts[1])
        if parts[2] == "intake":
            return targs(QCoreApplication.translate("ParameterTableModel", "Trainees per year: %1"), stream)
        return targs(QCoreApplication.translate("ParameterTableModel", "Completion rate: %1"), stream)
    if key == "other_inflow.per_year":
        return QCoreApplication.translate("ParameterTableModel", "Other inflow per year")
    if head == "demand":
        if parts[1] == "unmet":
            return QCoreApplication.translate("ParameterTableModel", "Unmet demand today")
        if parts[1] == "sustained":
            return QCoreApplication.translate("ParameterTableModel", "Trends go on after the trend year (0 or 1)")
        if parts[1] == "demography" and len(parts) == 2:
            return tr("Demography, cumulative change")
        if parts[1] == "demography":
            return targs(QCoreApplication.translate("ParameterTableModel", "Demography, cumulative change, year %1"), ".".join(parts[2:]))
        if parts[1] == "trend":
            return lever_label(f"trend.{parts[2]}") + " " + QCoreApplication.translate("ParameterTableModel", "(per year)")
        if parts[1] == "care":
            if parts[3] == "clients" and len(parts) == 4:
                return targs(tr("Clients of %1"), parts[2])
            if parts[3] == "clients":
                return targs(QCoreApplication.translate("ParameterTableModel", "Clients of %1, year %2"), parts[2], ".".join(parts[4:]))
            return targs(QCoreApplication.translate("ParameterTableModel", "Fte per 100 clients of %1"), parts[2])
    return key


def format_value(key: str, value: float) -> str:
    """A parameter value in the UI's locale: years and counts whole, shares with up to 4 decimals."""
    if key.startswith("years.") or key == "demand.sustained":
        return str(int(round(value)))  # a year has no thousands separator
    text = fmt.fmt_number(value, 4)
    point = fmt.locale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def summary_value(value: float) -> str:
    """A curve's first or last value on its own row: two decimals, so both fit a value column."""
    return fmt.fmt_number(value, 2)


def edit_text(value: float) -> str:
    """The text an editor starts with: the full value in the locale, without thousands separators."""
    locale = QLocale(fmt.locale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 12)


def parse_value(text: str) -> float | None:
    """A number typed in the UI's locale; a plain "0.5" is accepted too when the locale reads nothing."""
    value = fmt.parse_number(text)
    if value is None:
        value, ok = QLocale.c().toDouble(text.strip())
        if not ok:
            return None
    return value


class ParameterTableModel(QAbstractTableModel):
    """A row is one flat parameter of the chosen occupation in the chosen scenario, or a long curve."""

    NAME, LOW, MIDDLE, HIGH, REGISTER = range(5)
    VALUE_COLUMNS = (LOW, MIDDLE, HIGH)
    #: The row's flat key.
    KEY_ROLE = Qt.ItemDataRole.UserRole + 1
    #: The cell's number (float), or the row's Triple in the name column.
    VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

    #: An edit was refused: (flat key, message naming the value and the rule).
    refused = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.keys: list[str] = []
        #: What the rows show: a flat key, or CURVE_ROW + a curve key for a long curve's own row.
        self.rows: list[str] = []
        #: Long curves: curve key -> its flat keys, in year order.
        self.curves: dict[str, list[str]] = {}
        #: The long curves shown open (kept when another occupation or scenario is shown).
        self.open_curves: set[str] = set()
        self.values: dict[str, Triple] = {}
        self.basis: dict[str, Triple] = {}
        self.overrides: dict[str, Triple] = {}
        self.editable = False
        #: ``commit(key, new Triple or None) -> error text or ""``; None = follow the register.
        self.commit: Callable[[str, Triple | None], str] | None = None

    def set_parameters(self, params: ProjectionParams | None, basis: ProjectionParams | None,
                       overrides: dict[str, Triple] | None, *, editable: bool) -> None:
        self.beginResetModel()
        self.values = to_flat(params) if params is not None else {}
        self.basis = to_flat(basis) if basis is not None else {}
        self.overrides = dict(overrides or {})
        self.keys = list(self.values)
        self.editable = editable
        self._layout()
        self.endResetModel()

    # --- curves as one row ---------------------------------------------------------------------

    def _layout(self) -> None:
        """The rows: every key, but a long curve as its own row, followed by its points when open."""
        points: dict[str, list[str]] = {}
        for key in self.keys:
            point = curve_point(key)
            if point is not None:
                points.setdefault(point[0], []).append(key)
        self.curves = {curve: keys for curve, keys in points.items() if len(keys) > CURVE_ROWS_IN_FULL}
        self.rows = []
        for key in self.keys:
            point = curve_point(key)
            curve = point[0] if point is not None else None
            if curve in self.curves:
                if key == self.curves[curve][0]:
                    self.rows.append(CURVE_ROW + curve)
                if curve not in self.open_curves:
                    continue
            self.rows.append(key)

    def curve_of_row(self, row: int) -> str | None:
        """The curve key when ``row`` is a curve's own row."""
        if 0 <= row < len(self.rows) and self.rows[row].startswith(CURVE_ROW):
            return self.rows[row][len(CURVE_ROW):]
        return None

    def keys_of_row(self, row: int) -> list[str]:
        """The flat keys a row stands for: its key, or all points of its curve."""
        if not 0 <= row < len(self.rows):
            return []
        curve = self.curve_of_row(row)
        return list(self.curves[curve]) if curve is not None else [self.rows[row]]

    def set_curve_open(self, curve: str, opened: bool) -> None:
        if (curve in self.open_curves) == opened or curve not in self.curves:
            return
        self.beginResetModel()
        (self.open_curves.add if opened else self.open_curves.discard)(curve)
        self._layout()
        self.endResetModel()

    def toggle_row(self, row: int) -> bool:
        """Open or close the curve of a curve's row; False for any other row."""
        curve = self.curve_of_row(row)
        if curve is None:
            return False
        self.set_curve_open(curve, curve not in self.open_curves)
        return True

    def is_changed(self, key: str) -> bool:
        """Whether the scenario's value differs from the register's."""
        return key in self.overrides and self.basis.get(key) != self.values.get(key)

    def row_changed(self, row: int) -> bool:
        return any(self.is_changed(k) for k in self.keys_of_row(row))

    def _curve_data(self, curve: str, column: int, role: int):  # noqa: ANN202
        """A curve's own row: its name and number of years, each column from its first to its last year."""
        keys = self.curves[curve]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                arrow = "\u25be" if curve in self.open_curves else "\u25b8"
                return f"{arrow} " + targs(QCoreApplication.translate("ParameterTableModel", "%1: %2 years"),
                                           parameter_label(curve), fmt.fmt_number(len(keys), 0))
            first, last = (self._value(keys[0], column), self._value(keys[-1], column))
            if first is None or last is None:
                return ""
            return f"{summary_value(first)} \u2026 {summary_value(last)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ParameterTableModel", "Click to show or hide the value of every year; "
                                              "the columns show the first and the last year")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        changed = any(self.is_changed(k) for k in keys)
        if role == Qt.ItemDataRole.BackgroundRole and changed and column != self.REGISTER:
            return CHANGED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and column == self.NAME:
            font = QFont()
            font.setBold(changed)
            font.setItalic(True)
            return font
        if role == self.KEY_ROLE:
            return curve
        return None

    def changed_keys(self) -> list[str]:
        return [k for k in self.keys if self.is_changed(k)]

    # --- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ParameterTableModel", "Parameter"), QCoreApplication.translate("ParameterTableModel", "Low"), QCoreApplication.translate("ParameterTableModel", "Middle"), QCoreApplication.translate("ParameterTableModel", "High"), QCoreApplication.translate("ParameterTableModel", "Register"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.REGISTER:
            return QCoreApplication.translate("ParameterTableModel", "The value derived from the register (the basis scenario)")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in self.VALUE_COLUMNS and self.curve_of_row(index.row()) is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _value(self, key: str, column: int) -> float | None:
        t = self.values[key] if column in self.VALUE_COLUMNS else self.basis.get(key)
        if t is None:
            return None
        if column == self.LOW:
            return t.low
        if column == self.HIGH:
            return t.high
        return t.mid

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        curve = self.curve_of_row(index.row())
        if curve is not None:
            return self._curve_data(curve, column, role)
        key = self.rows[index.row()]
        if role == self.KEY_ROLE:
            return key
        if role == self.VALUE_ROLE:
            return self.values[key] if column == self.NAME else self._value(key, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:  # a curve's year under its curve's row: indented
                return ("    " if curve_point(key) and curve_point(key)[0] in self.curves else "") + parameter_label(key)
            if column == self.REGISTER:
                basis = self.basis.get(key)
                if basis is None:
                    return ""
                if basis.certain:
                    return format_value(key, basis.mid)
                return " / ".join(format_value(key, v) for v in (basis.low, basis.mid, basis.high))
            value = self._value(key, column)
            return "" if value is None else format_value(key, value)
        if role == Qt.ItemDataRole.EditRole and column in self.VALUE_COLUMNS:
            return edit_text(self._value(key, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_changed(key) and column != self.REGISTER:
            return CHANGED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and self.is_changed(key) and column in (self.NAME, *self.VALUE_COLUMNS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [parameter_label(key), key]
            if self.is_changed(key):
                tip.append(targs(QCoreApplication.translate("ParameterTableModel", "Changed in this scenario; the register has %1"), self.data(self.index(index.row(), self.REGISTER))))
            return "\n".join(tip)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.VALUE_COLUMNS:
            return False
        if not self.editable or self.commit is None or self.curve_of_row(index.row()) is not None:
            return False
        key = self.rows[index.row()]
        number = value if isinstance(value, (int, float)) else parse_value(str(value))
        if number is None:
            self.refused.emit(key, targs(QCoreApplication.translate("ParameterTableModel", "%1 = %2: is not a number"), parameter_label(key), str(value)))
            return False
        old = self.values[key]
        low, mid, high = old.low, old.mid, old.high
        column = index.column()
        if column == self.LOW:
            low = number
        elif column == self.MIDDLE:
            # A certain value stays certain: typing the middle moves all three.
            low, mid, high = (number, number, number) if old.certain else (low, number, high)
        else:
            high = number
        if not low <= mid <= high:
            self.refused.emit(key, targs(QCoreApplication.translate("ParameterTableModel", "%1 = %2: low must not exceed middle, nor middle high"), parameter_label(key), format_value(key, number)))
            return False
        new = Triple(low, mid, high)
        if new == old:
            return False
        error = self.commit(key, None if new == self.basis.get(key) else new)
        if error:
            self.refused.emit(key, error)
            return False
        return True

    def row_of(self, key: str) -> int:
        """The row of a flat key (its curve is opened when it is closed); -1 if there is none."""
        point = curve_point(key)
        if point is not None and point[0] in self.curves and key in self.values:
            self.set_curve_open(point[0], True)
        try:
            return self.rows.index(key)
        except ValueError:
            return -1


class ChangedFilter(QSortFilterProxyModel):
    """Shows every parameter, or only those the scenario changes (``set_only_changed``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_changed = False

    def set_only_changed(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.only_changed = bool(on)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.only_changed = bool(on)
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        if not self.only_changed:
            return True
        return self.sourceModel().row_changed(row)
