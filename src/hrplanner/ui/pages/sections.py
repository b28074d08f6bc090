"""The scaffolding every page is built from: a section base class, plain read-only tables and tables
that show all their rows without a scroll bar of their own.

A page module only arranges sections; a section is one widget with one job (a chart, a table, a row
of cards) that builds its children, sets its texts in :meth:`Section.retranslate` and shows what the
page hands it. The stacked scrolling content area of long pages is :meth:`Page.scrolling_content`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
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


def content_widths(table: QTableView) -> list[int]:
    """Every column's width for its contents (its header and cells): what :func:`fill_with_first_column`
    fits the columns to."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return [header.sectionSize(c) for c in range(header.count())]


def fill_with_first_column(table: QTableView, widths: list[int]) -> None:
    """Every column as wide as its contents (``widths``: its :func:`content_widths`, names never
    elided); when that leaves room, the first (name) column takes it, so the table fills its width
    without stretching a number column. The widths stay as set (the number columns fixed, the first
    one for the user to drag) until the next call."""
    header = table.horizontalHeader()
    if not widths:
        return
    room = table.viewport().width() - sum(widths[1:])
    # not sized to their contents by Qt: that measures every cell again at every resize of the table
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths[1:], start=1):
        header.resizeSection(column, width)
    header.resizeSection(0, max(widths[0], room))


class FittedTable(QTableView):
    """A table that shows all its rows and scrolls with its page (:func:`fit_rows`), fitted again
    whenever it is resized; with ``fill_first`` its name column takes the room the numbers leave.

    Measuring the columns' contents asks the model for every cell's text, font and alignment: with
    ``fill_first`` it is done once for each change of the model's contents (fitted again as soon as
    the event loop runs, unless the page fitted it meanwhile), not again at every resize."""

    def __init__(self, parent: QWidget | None = None, *, fill_first: bool = False, max_rows: int | None = None):
        super().__init__(parent)
        self.fill_first = fill_first
        self.max_rows = max_rows
        #: The columns' content widths while the contents stay the same (None: to be measured).
        self._widths: list[int] | None = None
        self._fit_due = False

    def setModel(self, model) -> None:  # noqa: N802, ANN001 - Qt's name; a QAbstractItemModel or None
        super().setModel(model)
        self._widths = None
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.dataChanged, model.headerDataChanged,
                           model.rowsInserted, model.rowsRemoved, model.columnsInserted, model.columnsRemoved):
                signal.connect(self._contents_changed)

    def _contents_changed(self, *_args) -> None:  # noqa: ANN002 - each signal's own arguments
        self._widths = None
        if self.fill_first and not self._fit_due:
            self._fit_due = True
            QTimer.singleShot(0, self, self._fit_if_stale)

    def _fit_if_stale(self) -> None:
        self._fit_due = False
        if self._widths is None:
            self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_fit_due"):
            self._contents_changed()  # the same texts, measured in another font
        super().changeEvent(event)

    def fit(self) -> None:
        if self.fill_first:
            if self._widths is None:
                self._widths = content_widths(self)
            fill_with_first_column(self, self._widths)
        fit_rows(self, self.max_rows)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
