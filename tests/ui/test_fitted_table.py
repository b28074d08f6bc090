"""A fitted table with its name column filling the room: names in full, numbers as wide as they need,
and the cells measured once for each change of the contents, not at every resize."""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from hrplanner.ui.pages.sections import FittedTable

NAMES = ["Jeugdzorgwerker", "Gedragswetenschapper / orthopedagoog-generalist", "Pedagogisch medewerker"]


class CountingModel(QIdentityProxyModel):
    """Counts how often a view asks a cell for its size (what measuring the columns costs)."""

    def __init__(self, source):  # noqa: ANN001
        super().__init__()
        self.source = source  # held: the proxy does not keep its source alive
        self.setSourceModel(source)
        self.size_questions = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role == Qt.ItemDataRole.SizeHintRole:
            self.size_questions += 1
        return super().data(index, role)


def a_table(qtbot, width: int):  # noqa: ANN001, ANN201
    source = QStandardItemModel(0, 3)
    source.setHorizontalHeaderLabels(["Beroep", "Personen", "Vacatures"])
    for row, name in enumerate(NAMES):
        source.appendRow([QStandardItem(name), QStandardItem(f"{(row + 1) * 1234:,}"), QStandardItem(str(row))])
    model = CountingModel(source)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    table = FittedTable(holder, fill_first=True)
    table.setModel(model)
    layout.addWidget(table)
    qtbot.addWidget(holder)
    holder.resize(width, 300)
    holder.show()
    qtbot.waitExposed(holder)
    table.fit()
    return holder, table, source, model


def widths(table: FittedTable) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count())]


def test_names_are_whole_and_the_first_column_takes_the_room_left(qtbot):
    holder, table, _, _ = a_table(qtbot, 900)
    needed = [table.sizeHintForColumn(column) for column in range(3)]
    shown = widths(table)
    # every column at least as wide as its widest cell (the longest name is not elided)
    assert all(have >= need for have, need in zip(shown, needed))
    # the numbers as wide as they need, and the first column fills the rest of the viewport
    # as Qt itself sizes a column to its contents, in a plain table beside it
    plain = QTableView(holder)
    plain.setModel(table.model())
    plain.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    plain.resize(400, 200)
    plain.show()
    qtbot.waitUntil(lambda: plain.horizontalHeader().sectionSize(1) > 0)
    assert shown[1:] == [plain.horizontalHeader().sectionSize(column) for column in (1, 2)]
    assert sum(shown) == table.viewport().width()


def test_a_resize_fits_again_without_measuring_the_cells(qtbot):
    holder, table, _, model = a_table(qtbot, 900)
    before = widths(table)
    model.size_questions = 0
    holder.resize(1100, 300)
    qtbot.waitUntil(lambda: table.viewport().width() > 900 - 40)
    qtbot.wait(10)
    assert model.size_questions == 0
    after = widths(table)
    assert after[1:] == before[1:]  # the numbers keep their width
    assert after[0] - before[0] == table.viewport().width() - sum(before)  # the name column takes the new room
    assert sum(after) == table.viewport().width()


def test_changed_contents_are_measured_again_once_the_event_loop_runs(qtbot):
    holder, table, source, model = a_table(qtbot, 900)
    number_width = widths(table)[1]
    source.item(0, 1).setText("1.234.567.890.123")  # wider than any number before
    model.size_questions = 0
    qtbot.waitUntil(lambda: widths(table)[1] > number_width)
    assert widths(table)[1] >= table.sizeHintForColumn(1)
    asked = model.size_questions
    assert asked > 0
    qtbot.wait(20)
    assert model.size_questions == asked  # measured once, not again and again
    assert sum(widths(table)) == table.viewport().width()
