"""The scaffolding every page is built from: a section base class, plain read-only tables and tables
that show all their rows without a scroll bar of their own.

A page module only arranges sections; a section is one widget with one job (a chart, a table, a row
of cards) that builds its children, sets its texts in :meth:`Section.retranslate` and shows what the
page hands it. The stacked scrolling content area of long pages is :meth:`Page.scrolling_content`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget


class Section(QWidget):
    """One part of a page with one job. Subclasses build their widgets in ``__init__`` and set every
    visible text in :meth:`retranslate` (called once at the end of the page's construction and after
    each language switch)."""

    def retranslate(self) -> None:
        """Set every visible text again (after a language switch)."""


def plain_table(table: QTableView, *, rows: bool = True, row_height: int = 22) -> QTableView:
    """A read-only table without row numbers: whole rows selected (``rows``) or single cells."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if rows
                               else QAbstractItemView.SelectionBehavior.SelectItems)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setWordWrap(False)
    return table


def fit_rows(table: QTableView, max_rows: int | None = None) -> None:
    """Make a table exactly as high as its header and rows (and a horizontal scroll bar when its
    columns are wider than the page), so it scrolls with its page instead of inside it; with
    ``max_rows``, a longer table shows that many rows and scrolls inside."""
    rows = table.model().rowCount() if table.model() is not None else 0
    shown = rows if max_rows is None else max(1, min(rows, max_rows))
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if shown < rows
                                     else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    header = table.horizontalHeader()
    height = header.sizeHint().height() if header.isVisible() else 0
    height += sum(table.rowHeight(r) for r in range(shown)) if rows else table.verticalHeader().defaultSectionSize()
    # The columns against the table's own width (its viewport may not have been laid out yet): when
    # they are wider, the horizontal scroll bar takes a row's room, so the table grows by it.
    columns = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    if table.verticalHeader().isVisible():
        columns += table.verticalHeader().width()
    if columns > table.width() - 2 * table.frameWidth() and table.horizontalScrollBarPolicy() != \
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def stretch_first_column(table: QTableView) -> None:
    """Numbers as wide as they need, the first (name) column takes the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def fill_with_first_column(table: QTableView) -> None:
    """Every column as wide as its contents (names never elided); when that leaves room, the first
    (name) column takes it, so the table fills its width without stretching a number column."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    columns = header.count()
    if columns == 0:
        return
    widths = [header.sectionSize(c) for c in range(columns)]
    room = table.viewport().width() - sum(widths[1:])
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, max(widths[0], room))


class FittedTable(QTableView):
    """A table that shows all its rows and scrolls with its page (:func:`fit_rows`), fitted again
    whenever it is resized; with ``fill_first`` its name column takes the room the numbers leave."""

    def __init__(self, parent: QWidget | None = None, *, fill_first: bool = False, max_rows: int | None = None):
        super().__init__(parent)
        self.fill_first = fill_first
        self.max_rows = max_rows

    def fit(self) -> None:
        if self.fill_first:
            fill_with_first_column(self)
        fit_rows(self, self.max_rows)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
