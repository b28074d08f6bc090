"""The round selector of the tool bar: which round (reference date) the pages show, and
:func:`round_combo`, the round box of the dialogs that ask for one.

It lists the open register's rounds, newest first, follows the context (a new register, a round
added or closed, a page that changes the round) and sets ``context.set_round`` when the user picks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hrplanner.ui import format as fmt
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.labels import targs


def round_combo(parent: QWidget, rounds: list[tuple[str, str]], current: date | None,
                accessible_name: str) -> QComboBox:
    """A combo box of ``rounds`` (ISO date, label), with ``current`` selected when it is one of them."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible_name)
    for iso, label in rounds:
        combo.addItem(label, iso)  # the ISO text: Qt would turn a date into a QDate
    index = combo.findData(current.isoformat()) if current is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return combo


class RoundSelector(QObject):
    """A label and a combo box (to put in a tool bar) bound to the context's current round."""

    def __init__(self, context: AppContext, parent: QWidget):
        super().__init__(parent)
        self.context = context
        self.label = QLabel(parent)
        self.combo = QComboBox(parent)
        self.combo.setObjectName("round_selector")
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        context.register_changed.connect(self.fill)
        context.data_changed.connect(self._data_changed)
        context.round_changed.connect(self.select_current)
        self.combo.activated.connect(self._picked)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Round:"))
        self.combo.setAccessibleName(self.tr("Round"))
        self.combo.setToolTip(self.tr("The round (reference date) the pages show"))
        self.fill()

    def fill(self, *_args: object) -> None:
        register = self.context.register
        self.combo.blockSignals(True)
        self.combo.clear()
        for round_ in reversed(register.rounds()) if register is not None else []:
            text = fmt.fmt_date(round_.reference_date)
            if round_.closed:
                text = targs(self.tr("%1 (closed)"), text)
            self.combo.addItem(text, round_.reference_date.isoformat())  # Qt would turn a date into a QDate
            if round_.label:
                self.combo.setItemData(self.combo.count() - 1, round_.label, Qt.ItemDataRole.ToolTipRole)
        self.combo.setEnabled(self.combo.count() > 0)
        self.combo.blockSignals(False)
        self.select_current()

    def select_current(self, *_args: object) -> None:
        current = self.context.current_round
        index = self.combo.findData(current.isoformat()) if current is not None else -1
        self.combo.setCurrentIndex(max(index, 0) if self.combo.count() else -1)

    def _data_changed(self, what: str) -> None:
        if what in (Topic.ROUND, Topic.ANY):
            self.fill()

    def _picked(self, index: int) -> None:
        iso = self.combo.itemData(index)
        self.context.set_round(date.fromisoformat(iso) if iso else None)
