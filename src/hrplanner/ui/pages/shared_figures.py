"""The Shared page of a server register: the figures the disclosure step published, next to the
organisation's own.

An hr-lead sees the own organisation's figures of the round beside the region's published ones (small
numbers hidden), and opens the app on this page; the steering group (and the coordinator) see every
published figure, per organisation and for the region. Only shown for a register on a server.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView

from hrplanner.domain import reference as ref
from hrplanner.domain.reference import occupation_name
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs
from hrplanner.ui.context import AppContext
from hrplanner.ui.pages.base import Page
from hrplanner.ui.theme import set_role

ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: Decimals each published measure is shown with.
DECIMALS = {"persons": 0, "fte": 1, "open_positions": 0, "open_fte": 1}


def shown(figure) -> str:  # noqa: ANN001 - services.server.PublishedFigure
    """A published figure in the user's number format, or its mark (<5, •) when it is hidden."""
    if figure is None:
        return "-"
    if figure.value is None:
        return figure.shown
    return fmt.fmt_number(figure.value, DECIMALS.get(figure.measure, 0))


class TextTableModel(QAbstractTableModel):
    """Rows of display texts under a header; columns after the first are numbers (right-aligned)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self.text_columns = 1

    def set_rows(self, header: list[str], rows: list[list[str]], text_columns: int = 1) -> None:
        self.beginResetModel()
        self.header, self.rows, self.text_columns = header, rows, text_columns
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.text_columns:
            return ALIGN_NUMBER
        return None


class SharedFiguresPage(Page):
    """Published figures of a server register (and the hr-lead's own beside them)."""

    page_id = "shared_figures"
    order = 5
    icon_name = "coordination"
    #: Everyone on a server sees this page; the steering group sees only this one.
    server_roles = ("coordinator", "hr-lead", "steering", "")

    def __init__(self, context: AppContext, parent=None):  # noqa: ANN001
        super().__init__(context, parent)
        content, layout = self.scrolling_content("shared_content")
        self.heading = QLabel(content)
        set_role(self.heading, "heading")
        self.caption = QLabel(content)
        self.caption.setWordWrap(True)
        set_role(self.caption, "caption")
        self.model = TextTableModel(self)
        self.table = QTableView(content)
        self.table.setObjectName("shared_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(360)
        self.enter_button = QPushButton(content)
        self.enter_button.setObjectName("shared_enter_figures")
        self.enter_button.clicked.connect(self._enter_figures)
        bar = QHBoxLayout()
        bar.addWidget(self.enter_button)
        bar.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.caption)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        context.round_changed.connect(self.request_refresh)
        context.data_changed.connect(self.request_refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Shared figures")

    def can_show(self) -> bool:
        register = self.context.register
        return register is not None and register.on_server

    def retranslate(self) -> None:
        self.enter_button.setText(self.tr("Enter your figures…"))
        self.request_refresh()

    def _enter_figures(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("register_figures")

    def _round(self) -> date | None:
        return self.context.current_round

    def refresh(self) -> None:
        register = self.context.register
        if register is None or not register.on_server:
            self.model.set_rows([], [])
            return
        from hrplanner.services.server import published_in

        day = self._round()
        self.enter_button.setVisible(register.role == "hr-lead")
        try:
            published = published_in(register, day)
            if register.role == "hr-lead":
                self._show_own_beside_region(register, day, published)
            else:
                self._show_published(published)
        except USER_ERRORS as exc:
            self.heading.setText(self.tr("Shared figures"))
            self.caption.setText(str(exc))
            self.model.set_rows([], [])
            return
        note = targs(self.tr("Round %1. Published figures pass the disclosure layer: every figure about too few "
                             "persons or organisations, and every figure from which one could be worked out, "
                             "shows x."), fmt.fmt_date(day) if day else "-")
        stamps = [p.published_at for p in published if p.published_at is not None]
        if stamps:
            latest = max(stamps)
            by = next(p.published_by for p in published if p.published_at == latest)
            note += " " + targs(self.tr("Published %1 (UTC) by %2."), latest.strftime("%d-%m-%Y %H:%M"), by)
        if not published:
            note += " " + self.tr("Nothing is published for this round yet; the coordinator publishes it.")
        self.caption.setText(note)

    def _occupation_names(self, register) -> dict[str, str]:  # noqa: ANN001
        language = self.context.language
        return {o.code: occupation_name(language, o.code, (o.name_nl, o.name_en)) for o in register.occupations()}

    def _show_own_beside_region(self, register, day, published) -> None:  # noqa: ANN001
        names = self._occupation_names(register)
        organisations = register.organisations()
        own_name = organisations[0].name if organisations else ""
        self.heading.setText(self.tr("%1 and the region").replace("%1", own_name))
        own: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        round_ = register.round(day) if day else register.latest_round()
        if round_ is not None:
            data = register.round_data(round_)
            for r in data.staffing:
                own[r.occupation]["persons"] += r.persons
                own[r.occupation]["fte"] += r.fte
            for r in data.establishment:
                own[r.occupation]["open_positions"] += r.open_positions
        region = {(p.occupation, p.measure): p for p in published if p.organisation is None}
        rows = []
        for code in [*names, ""]:
            mine = own.get(code) if code else {k: sum(v.get(k, 0.0) for v in own.values())
                                                for k in ("persons", "fte", "open_positions")}
            if code and not mine and (code, "persons") not in region:
                continue
            mine = mine or {}
            rows.append([names.get(code, code) if code else self.tr("All occupations"),
                         fmt.fmt_number(mine.get("persons", 0)), fmt.fmt_number(mine.get("fte", 0.0), 1),
                         fmt.fmt_number(mine.get("open_positions", 0)),
                         shown(region.get((code, "persons"))), shown(region.get((code, "fte"))),
                         shown(region.get((code, "open_positions")))])
        self.model.set_rows([self.tr("Occupation"), self.tr("Your persons"), self.tr("Your fte"),
                             self.tr("Your open vacancies"), self.tr("Region persons"), self.tr("Region fte"),
                             self.tr("Region open vacancies")], rows)

    def _show_published(self, published) -> None:  # noqa: ANN001
        register = self.context.register
        names = self._occupation_names(register)
        self.heading.setText(self.tr("Published figures of the region"))
        cells: dict[tuple[str | None, str], dict[str, object]] = defaultdict(dict)
        for p in published:
            cells[(p.organisation, p.occupation)][p.measure] = p
        rows = []
        for (organisation, occupation), measures in cells.items():
            if organisation is not None and organisation.startswith("group:"):  # a peer group (every kind)
                kind = ref.label(organisation[len("group:"):], self.context.language)
                organisation = targs(self.tr("Kind: %1 (together)"), kind)
            rows.append([organisation or self.tr("Region"),
                         names.get(occupation, occupation) if occupation else self.tr("All occupations"),
                         *(shown(measures.get(m)) for m in ("persons", "fte", "open_positions", "open_fte"))])
        self.model.set_rows([self.tr("Organisation"), self.tr("Occupation"), self.tr("Persons"), self.tr("Fte"),
                             self.tr("Open vacancies"), self.tr("Open fte")], rows, text_columns=2)
