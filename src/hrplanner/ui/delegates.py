"""How the register tables paint and edit a cell.

:class:`CellDelegate` styles a cell from the model's cached row in one call into Python (Qt's own
delegate asks the model once per role, seven calls per cell, which is what makes a big table slow to
scroll). The editors: a right-aligned line edit for figures (the service reads Dutch and English
decimals alike) and a combo box for a column with fixed choices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class CellDelegate(QStyledItemDelegate):
    """Paints a register table's cells from the source model's cache (through the view's proxy)."""

    def __init__(self, model, to_source: Callable[[QModelIndex], QModelIndex] | None = None,  # noqa: ANN001
                 parent=None):
        super().__init__(parent)
        self._model = model
        self._to_source = to_source

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        source = self._to_source(index) if self._to_source is not None else index
        option.index = index
        if source.isValid():
            self._model.style_cell(option, source.row(), source.column())


class NumberDelegate(CellDelegate):
    """Edits a figure as text; the model hands it to the editing service, which checks it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class ChoiceDelegate(CellDelegate):
    """Edits a coded value with a combo box of (code, label) pairs."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], model, to_source=None,  # noqa: ANN001
                 parent=None):
        super().__init__(model, to_source, parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for code, label in self._choices():
            editor.addItem(label, code)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))  # type: ignore[attr-defined]
        editor.setCurrentIndex(max(position, 0))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
