"""A register table as the pages show it: the view over a filter proxy, the cell editors, the
spreadsheet keys (Ctrl+C copies, Ctrl+V pastes, Delete clears) and, under the table, the message of
a refused entry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.ui.clipboard import copy_text, plan_paste
from hrplanner.ui.context import AppContext
from hrplanner.ui.delegates import CellDelegate, ChoiceDelegate, NumberDelegate
from hrplanner.ui.models.figures import FigureModel
from hrplanner.ui.models.proxy import RegisterFilterProxy
from hrplanner.ui.models.table import RegisterTableModel
from hrplanner.ui.pages.register_dialogs import ask_to_confirm

_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Delete)


class RegisterTableView(QTableView):
    """A table view that keeps Ctrl+C, Ctrl+V and Delete for itself (before any window shortcut)."""

    def __init__(self, table: "RegisterTable"):
        super().__init__(table)
        self._table = table

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != QAbstractItemView.State.EditingState:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if any(key_event.matches(k) for k in _KEYS) or key_event.key() == Qt.Key.Key_Backspace:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self._table.copy()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self._table.paste()
                return
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self._table.clear_selection()
                return
        super().keyPressEvent(event)


class RegisterTable(QWidget):
    """One register table with its proxy; figure tables also paste and clear."""

    def __init__(self, context: AppContext, model: RegisterTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = model
        self.proxy = RegisterFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.view = RegisterTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # model order until a header is clicked
        header.setSortIndicatorClearable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # a double click on a column edge fits 200 rows, not all 50,000
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("table_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setStyleSheet("color: #a3121b;")
        self.message_label.hide()
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "muted")
        self.hint_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.message_label)
        self._delegates: list = []
        self._delegate_columns = -1
        self._widths_set = False
        model.confirm = lambda warnings: ask_to_confirm(self, warnings)
        model.message.connect(self.show_message)
        model.modelReset.connect(self._model_reset)
        self.proxy.rowsInserted.connect(self._update_hint)
        self.proxy.rowsRemoved.connect(self._update_hint)
        self.proxy.modelReset.connect(self._update_hint)
        self.proxy.layoutChanged.connect(self._update_hint)
        self._model_reset()
        self.retranslate()

    @property
    def can_paste(self) -> bool:
        return isinstance(self.model, FigureModel)

    def retranslate(self, name: str = "") -> None:
        """Texts in the UI language; ``name`` is how a screen reader names the table."""
        self.view.setAccessibleName(name or self.tr("Table"))
        self.hint_label.setText(self.tr("No rows to show. Change the filters, or tick \u201cShow rows without "
                                        "figures\u201d to enter new figures."))

    # --- the spreadsheet keys -----------------------------------------------------------------------

    def copy(self) -> None:
        text = copy_text(self.view)
        if text:
            QApplication.clipboard().setText(text)

    def paste(self, text: str | None = None) -> bool:
        """Paste TSV (the clipboard's by default) from the current cell, all or nothing."""
        if not self.can_paste:
            self.show_message(self.tr("Pasting works in the figure tables; edit this table cell by cell."))
            return False
        text = QApplication.clipboard().text() if text is None else text
        plan = plan_paste(self.view, text, self.proxy.mapToSource)
        if plan.error:
            self.show_message(plan.error)
            return False
        text = self.tr("paste %n cell(s)", "", plan.cells)
        return self.model.apply_entries(plan.entries, text)  # type: ignore[attr-defined]

    def clear_selection(self) -> bool:
        """Clear the selected editable cells (counts become 0, "not given" figures empty)."""
        if not self.can_paste:
            return False
        indexes = map(self.proxy.mapToSource, self.view.selectionModel().selectedIndexes())
        cells = [(index.row(), index.column()) for index in indexes]
        entries = self.model.editable_entries(cells)  # type: ignore[attr-defined]
        if not entries:
            return False
        text = self.tr("clear %n cell(s)", "", len(entries))
        return self.model.apply_entries(entries, text)  # type: ignore[attr-defined]

    def select(self, row: int, column: int, rows: int = 1, columns: int = 1) -> None:
        """Select a block of the view (and make its top-left cell current)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        for r in range(row, row + rows):
            for c in range(column, column + columns):
                selection.select(self.proxy.index(r, c), QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(self.proxy.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate)

    # --- messages -------------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if text:
            self.context.status_message.emit(text.splitlines()[0], 10000)

    # --- helpers --------------------------------------------------------------------------------------------

    def _model_reset(self) -> None:
        if self._delegate_columns != self.model.columnCount():
            self._install_delegates()
        if self.model.rowCount() and not self._widths_set:
            self._set_widths()
        self._update_hint()

    def _install_delegates(self) -> None:
        self._delegate_columns = self.model.columnCount()
        for delegate in self._delegates:
            delegate.deleteLater()
        self._delegates = []
        to_source = self.proxy.mapToSource
        cells = CellDelegate(self.model, to_source, self.view)
        self._delegates.append(cells)
        self.view.setItemDelegate(cells)
        for column in range(self.model.columnCount()):
            choices = self.model.choices(column)
            spec = self.model.columns[column]
            if choices is not None:
                delegate = ChoiceDelegate(lambda c=column: self.model.choices(c) or [], self.model, to_source,
                                          self.view)
            elif spec.numeric and spec.editable:
                delegate = NumberDelegate(self.model, to_source, self.view)
            else:
                continue
            self._delegates.append(delegate)
            self.view.setItemDelegateForColumn(column, delegate)

    def _set_widths(self) -> None:
        """Text columns fit their widest text (at most 260 px); figure columns fit their header. The
        widest text is found among the column's distinct texts, measured once each, and only its cell
        is asked for its size (Qt's own fitting styles every cell of hundreds of rows)."""
        self._widths_set = True
        header = self.view.horizontalHeader()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the theme's header weight
        metrics = QFontMetrics(bold)
        cell_metrics = self.view.fontMetrics()
        for column, spec in enumerate(self.model.columns):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            head = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=40) + 24
            if spec.numeric:
                header.resizeSection(column, max(head, 64))
                continue
            texts = self.model.distinct_texts(column)
            widest = max(texts, key=cell_metrics.horizontalAdvance, default="")
            index = self.proxy.mapFromSource(self.model.index(texts[widest], column)) if widest else QModelIndex()
            fitted = self.view.sizeHintForIndex(index).width() if index.isValid() \
                else cell_metrics.horizontalAdvance(widest) + 12  # its row filtered out: the text and a margin
            header.resizeSection(column, min(max(fitted, head), 260))

    def _update_hint(self, *_args: object) -> None:
        self.hint_label.setVisible(self.can_paste and self.model.rowCount() > 0 and self.proxy.rowCount() == 0)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        copy = QAction(self.tr("&Copy"), menu)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self.copy)
        menu.addAction(copy)
        if self.can_paste:
            paste = QAction(self.tr("&Paste"), menu)
            paste.setShortcut(QKeySequence.StandardKey.Paste)
            paste.triggered.connect(lambda: self.paste())
            clear = QAction(self.tr("C&lear"), menu)
            clear.setShortcut(QKeySequence.StandardKey.Delete)
            clear.triggered.connect(self.clear_selection)
            menu.addActions([paste, clear])
        menu.popup(self.view.viewport().mapToGlobal(position))
