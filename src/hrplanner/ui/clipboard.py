"""Copy and paste between the register tables and a spreadsheet (Excel, LibreOffice): tab-separated
text, one line per row.

Pasting maps a block onto the table as the user sees it (filtered and sorted) from the current cell;
the model validates every cell and applies the block as one command or not at all. Copying writes the
selection as the user sees it, with the column headers when whole columns are selected.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QTableView

from hrplanner.ui.models.table import COPY_ROLE
from hrplanner.ui.labels import targs


def parse_tsv(text: str) -> list[list[str]]:
    """The cells of tab-separated text, read with the ``csv`` module's excel-tab dialect: quoted cells
    (with tabs, line breaks or quotes inside) are read as spreadsheets write them; the line break after
    the last row does not make an empty row, and an empty line is one empty cell."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [row or [""] for row in csv.reader(io.StringIO(text, newline=""), dialect="excel-tab")]


def to_tsv(rows: list[list[str]]) -> str:
    """Rows as tab-separated text (excel-tab dialect, one line break after each row)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, dialect="excel-tab", lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _copied(model: QAbstractItemModel, row: int, column: int) -> str:
    value = model.data(model.index(row, column), COPY_ROLE)
    return "" if value is None else str(value)


def copy_text(view: QTableView) -> str:
    """The selected cells of a view as TSV (the bounding block; unselected cells in it stay empty)."""
    model = view.model()
    indexes = view.selectionModel().selectedIndexes()
    if not indexes:
        current = view.currentIndex()
        if not current.isValid():
            return ""
        indexes = [current]
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes if not view.isColumnHidden(i.column())})
    chosen = {(i.row(), i.column()) for i in indexes}
    out: list[list[str]] = []
    selection = view.selectionModel()
    if model.rowCount() > 1 and all(selection.isColumnSelected(c) for c in columns):
        out.append([str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ") for c in columns])
    for r in rows:
        out.append([_copied(model, r, c) if (r, c) in chosen else "" for c in columns])
    return to_tsv(out)


@dataclass
class PastePlan:
    """Where a pasted block goes: (source row, source column, value) entries, or why it cannot go."""

    entries: list[tuple[int, int, str]]
    error: str = ""
    cells: int = 0


def plan_paste(view: QTableView, text: str, source_of=None) -> PastePlan:  # noqa: ANN001
    """Map ``text`` onto the view from its current cell (one value fills the whole selection).

    ``source_of(view_index) -> source index`` maps through the proxy (default: the view's model is
    the source).
    """
    block = parse_tsv(text)
    if not block:
        return PastePlan([], QCoreApplication.translate("clipboard", "The clipboard holds no cells"))
    model = view.model()
    to_source = source_of or (lambda index: index)
    selected = view.selectionModel().selectedIndexes()
    if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
        targets = [(i.row(), i.column(), block[0][0]) for i in selected]
    else:
        current = view.currentIndex()
        if not current.isValid():
            current = min(selected, key=lambda i: (i.row(), i.column())) if selected else model.index(0, 0)
        if not current.isValid():
            return PastePlan([], QCoreApplication.translate("clipboard", "There is no cell to paste into"))
        top, left = current.row(), current.column()
        width = max(len(r) for r in block)
        if top + len(block) > model.rowCount() or left + width > model.columnCount():
            message = targs(QCoreApplication.translate(
                "clipboard", "The pasted block (%1 rows x %2 columns) does not fit: from the current cell "
                             "there are %3 rows and %4 columns"), str(len(block)), str(width), str(model.rowCount() - top), str(model.columnCount() - left))
            return PastePlan([], message)
        targets = [(top + r, left + c, value) for r, cells in enumerate(block) for c, value in enumerate(cells)]
    entries = []
    for row, column, value in targets:
        source = to_source(model.index(row, column))
        entries.append((source.row(), source.column(), value.strip()))
    return PastePlan(entries, cells=len(entries))
