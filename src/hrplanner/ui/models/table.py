"""The base of the register's table models: columns, rows kept in a list, cheap ``data()``.

A model holds its rows as plain objects in a list; a row's display strings are made the first time
the row is drawn and kept, so a table of 50,000 rows costs only the rows the view shows. Reloading
with the same rows (the usual case after an edit) keeps the view's selection: the model emits
``dataChanged`` instead of a reset. Cells an edit was refused for are highlighted and carry the
rule as their tooltip until the next successful edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyleOptionViewItem

from hrplanner.domain.validation import Issue
from hrplanner.ui import format as fmt
from hrplanner.ui.issues import issue_text

#: Returns the row object of an index.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The value a column sorts by (numbers as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: A cell as copied to a spreadsheet: numbers as typed (no thousands separator), texts as shown.
COPY_ROLE = Qt.ItemDataRole.UserRole + 3
#: Translation context of column headers and row texts of every register table.
TR_CONTEXT = "RegisterTables"

ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_TEXT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ERROR_BRUSH = QBrush(QColor("#f8d0d0"))
NOTICE_BRUSH = QBrush(QColor("#fde9b5"))

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
#: roles a repaint asks for that no register table sets
_NOTHING = frozenset(int(r) for r in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
                                      Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.SizeHintRole))
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_CHECK = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


@dataclass(frozen=True)
class Column:
    """One column: its English header (translated when shown), kind and whether it can be edited."""

    key: str
    title: str
    numeric: bool = True
    decimals: int = 0
    editable: bool = False
    #: A first header line that is not translated (an age band) or already translated (a label).
    group: str = ""
    tooltip: str = ""


class Row:
    """A table row: the organisation (and occupation and detail) it belongs to, and its values."""

    __slots__ = ("organisation", "occupation", "detail", "label_parts", "values", "present", "display", "extra")

    def __init__(self, organisation: str, occupation: str, detail: tuple[str, ...], label_parts: tuple[str, ...],
                 values: list, present: bool, extra: object = None):
        self.organisation = organisation
        #: occupation code, "" when the row is not per occupation
        self.occupation = occupation
        self.detail = detail
        #: the parts of the row's name in messages, joined only when a message needs them
        self.label_parts = label_parts
        self.values = values
        #: True when the register holds figures for the row (empty rows can be hidden)
        self.present = present
        self.display: list[str] | None = None
        self.extra = extra

    @property
    def label(self) -> str:
        """How a message names the row: "Stichting Boomhut · GZ-psycholoog · women"."""
        return " \u00b7 ".join(p for p in self.label_parts if p)

    @property
    def key(self) -> tuple:
        return (self.organisation, self.occupation, self.detail)


def edit_text(value: object, decimals: int) -> str:
    """A number as the user types it: no thousands separators, the locale's decimal sign."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if decimals == 0 and float(value).is_integer():
        return str(int(value))
    text = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return text.replace(".", fmt.locale().decimalPoint())


class RegisterTableModel(QAbstractTableModel):
    """Rows in a list, columns from :attr:`columns`; subclasses make the rows and handle edits."""

    #: A refused edit (the message) or "" after a successful one.
    message = Signal(str)
    #: Whether :meth:`highlight` can return True (skips a call per painted cell when not).
    HIGHLIGHTS = False
    #: Columns shown as a check box.
    CHECK_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: tuple[Column, ...] = ()
        self._headers: list[str] = []
        self._rows: list[Row] = []
        self._errors: dict[tuple[int, int], str] = {}
        self._editable = False
        self._flags: list[Qt.ItemFlag] = []
        self._alignments: list[int] = []
        self._alignment_flags: list[Qt.AlignmentFlag] = []
        #: Asks the user to confirm warnings; the table widget sets a dialog, the default refuses.
        self.confirm: Callable[[list[Issue]], bool] = lambda _warnings: False

    # --- Qt's model interface ----------------------------------------------------------------------
    # data(), flags() and index() are called thousands of times per repaint; they look up what they
    # can in lists made once per load and compare roles as plain ints.

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # one Python call instead of QAbstractTableModel's two (rowCount and columnCount)
        if 0 <= row < len(self._rows) and 0 <= column < len(self.columns) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == _DISPLAY:
                return self._headers[section]
            if role == _TOOLTIP:
                return self.column_tooltip(self.columns[section])
            if role == _ALIGNMENT:
                return self._alignments[section]
        elif orientation == Qt.Orientation.Vertical and role == _DISPLAY:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        number = index.row()
        if number < 0:
            return None
        if role == _DISPLAY:
            row = self._rows[number]
            display = row.display
            if display is None:
                display = row.display = [self.display_text(row, c, col) for c, col in enumerate(self.columns)]
            return display[index.column()]
        if role == _ALIGNMENT:
            return self._alignments[index.column()]
        if role in _NOTHING:
            return None
        if role == _BACKGROUND:
            if self._errors and (number, index.column()) in self._errors:
                return ERROR_BRUSH
            return NOTICE_BRUSH if self.HIGHLIGHTS and self.highlight(self._rows[number], index.column()) else None
        return self.other_data(number, index.column(), role)

    def style_cell(self, option: QStyleOptionViewItem, number: int, column: int) -> None:
        """Fill a delegate's style option for a cell from the cached row: what data() would give for
        display, alignment, background and check state, in one call instead of one per role."""
        row = self._rows[number]
        display = row.display
        if display is None:
            display = row.display = [self.display_text(row, c, col) for c, col in enumerate(self.columns)]
        option.text = display[column]
        option.features |= _HAS_DISPLAY
        option.displayAlignment = self._alignment_flags[column]
        if self._errors and (number, column) in self._errors:
            option.backgroundBrush = ERROR_BRUSH
        elif self.HIGHLIGHTS and self.highlight(row, column):
            option.backgroundBrush = NOTICE_BRUSH
        state = self.check_state(row, column) if self.CHECK_COLUMNS else None
        if state is not None:
            option.features |= _HAS_CHECK
            option.checkState = state

    def other_data(self, number: int, column: int, role: int):  # noqa: ANN201
        """The roles a repaint does not ask for: edit, sort, copy, the row object, tooltips, check boxes."""
        row = self._rows[number]
        if role == _EDIT:
            return self.edit_value(row, column)
        if role == SORT_ROLE:
            value = row.values[column]
            if self.columns[column].numeric:
                return -1.0 if value is None else float(value)
            return "" if value is None else str(value).casefold()
        if role == ROW_ROLE:
            return row
        if role == COPY_ROLE:
            spec = self.columns[column]
            if spec.numeric:
                return edit_text(row.values[column], spec.decimals)
            return self.data(self.index(number, column), _DISPLAY)
        if role == _TOOLTIP:
            error = self._errors.get((number, column))
            return error if error is not None else self.cell_tooltip(row, column)
        if role == _CHECK:
            return self.check_state(row, column)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        column = index.column()
        return self._flags[column] if index.row() >= 0 and column >= 0 else _NO_FLAGS

    # --- what subclasses provide -------------------------------------------------------------------

    def display_text(self, row: Row, column: int, spec: Column) -> str:
        value = row.values[column]
        if not spec.numeric:
            return "" if value is None else str(value)
        if value is None:
            return "" if spec.editable else fmt.MISSING
        return fmt.fmt_number(value, spec.decimals)

    def edit_value(self, row: Row, column: int) -> object:
        spec = self.columns[column]
        value = row.values[column]
        return edit_text(value, spec.decimals) if spec.numeric else value

    def column_header(self, column: Column) -> str:
        title = tr(column.title)
        return f"{column.group}\n{title}" if column.group else title

    def column_tooltip(self, column: Column) -> str | None:
        return tr(column.tooltip) if column.tooltip else None

    def cell_tooltip(self, row: Row, column: int) -> str | None:
        return None

    def highlight(self, row: Row, column: int) -> bool:
        """Whether a cell deserves attention (an establishment difference that is not 0)."""
        return False

    def check_state(self, row: Row, column: int):
        return None

    def is_editable(self, row: int, column: int) -> bool:
        return self._editable and self.columns[column].editable

    def choices(self, column: int) -> list[tuple[str, str]] | None:
        """(code, label) pairs for a column edited with a combo box; None for other columns."""
        return None

    # --- rows -----------------------------------------------------------------------------------------

    def row_object(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> Sequence[Row]:
        return self._rows

    def header_text(self, column: int) -> str:
        """The header as one line, as messages and copied text show it."""
        return self._headers[column].replace("\n", " ")

    def location(self, row: int, column: int) -> str:
        """How a message names a cell: the row as the user sees it and the column header."""
        text = QCoreApplication.translate("RegisterTables", "{row}, column \u201c{column}\u201d")
        return text.format(row=self._rows[row].label, column=self.header_text(column))

    def distinct_texts(self, column: int) -> dict[str, int]:
        """Every text a column shows, each with the first row that shows it (what fitting the column's
        width needs to look at: a few hundred names, not ten thousand rows)."""
        spec = self.columns[column]
        by_value: dict[object, int] = {}
        for number, row in enumerate(self._rows):
            value = row.values[column]
            if value not in by_value:
                by_value[value] = number
        texts: dict[str, int] = {}
        for number in by_value.values():
            texts.setdefault(self.display_text(self._rows[number], column, spec), number)
        return texts

    def set_rows(self, rows: list[Row], editable: bool) -> None:
        """Show new rows; a reload with the same rows keeps the view's selection."""
        headers = [self.column_header(c) for c in self.columns]
        same = len(rows) == len(self._rows) and headers == self._headers and all(
            a.key == b.key for a, b in zip(rows, self._rows))
        if same and rows:
            self._rows = rows
            self._set_editable(editable)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self._headers = headers
        self._errors.clear()
        self._alignments = [ALIGN_NUMBER if c.numeric else ALIGN_TEXT for c in self.columns]
        self._alignment_flags = [Qt.AlignmentFlag(a) for a in self._alignments]
        self._set_editable(editable)
        self.endResetModel()

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._flags = [self.column_flags(c) for c in range(len(self.columns))]

    def column_flags(self, column: int) -> Qt.ItemFlag:
        return _EDITABLE if self.is_editable(0, column) else _READ_ONLY

    # --- refused edits --------------------------------------------------------------------------------

    def show_issues(self, issues: list[Issue], where: dict[str, tuple[int, int]], text: str) -> None:
        """Highlight the cells the issues are placed at (tooltip = the rule) and announce ``text``."""
        self.clear_errors()
        for issue in issues:
            position = where.get(issue.location)
            if position is not None:
                self._errors[position] = issue_text(issue)
        for row, column in self._errors:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)
        self.message.emit(text)

    def clear_errors(self) -> None:
        cells = list(self._errors)
        self._errors.clear()
        for row, column in cells:
            if row < len(self._rows):
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def error_cells(self) -> dict[tuple[int, int], str]:
        return dict(self._errors)
