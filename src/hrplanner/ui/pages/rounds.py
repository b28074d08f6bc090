"""The Rounds page: for the round chosen in the main window, which organisations have delivered, by
template or in the app, per topic, and how much of the region's staff the figures cover; the
coordinator accepts figures, opens the next round and closes this one here.

The status comes from :mod:`hrplanner.services.rounds`; this page only shows it and asks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.services import rounds
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import commands
from hrplanner.ui import format as fmt
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.dialogs import messages
from hrplanner.ui.models.rounds import ROW_ROLE, SORT_ROLE, RoundStatusModel, topic_text
from hrplanner.ui.pages.base import Page
from hrplanner.ui.theme import set_role


class RoundsPage(Page):
    """Who has delivered in a data round, and the round's life cycle."""

    page_id = "rounds"
    order = 85

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.status: rounds.RoundStatus | None = None
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.summary = QLabel(self)
        self.summary.setObjectName("rounds_summary")
        self.summary.setWordWrap(True)
        self.topics = QLabel(self)
        self.topics.setObjectName("rounds_topics")
        self.topics.setWordWrap(True)
        set_role(self.topics, "muted")
        self.missing = QLabel(self)
        self.missing.setObjectName("rounds_missing")
        self.missing.setWordWrap(True)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("rounds_accept")
        self.accept_button.clicked.connect(self.accept_selected)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("rounds_open")
        self.open_button.clicked.connect(self.open_round)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("rounds_close")
        self.close_button.clicked.connect(self.close_round)
        self.model = RoundStatusModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("rounds_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(RoundStatusModel.ORGANISATION, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.topics)
        layout.addWidget(self.missing)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        context.data_changed.connect(self.request_refresh)
        context.round_changed.connect(self.request_refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Rounds")

    def can_show(self) -> bool:
        return self.context.register is not None

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("&Accept figures"))
        self.accept_button.setToolTip(self.tr("Accept the selected organisation's figures as they are now"))
        self.open_button.setText(self.tr("&Open a new round\u2026"))
        self.close_button.setText(self.tr("&Close this round\u2026"))
        self.hint.setText(self.tr("Templates written with File > Collection templates count as sent; imports and "
                                  "edits count as received. Figures changed after acceptance must be accepted "
                                  "again. Each organisation gets its own report with File > Feedback reports."))
        self.request_refresh()

    # --- showing ----------------------------------------------------------------------------------------

    def _round_date(self) -> date | None:
        return self.context.current_round

    def refresh(self) -> None:
        register = self.context.register
        self.status = None
        if register is not None and register.rounds():
            self.status = rounds.round_status(register, self._round_date())
        self.model.reload(self.status.organisations if self.status else [])
        self.view.resizeColumnsToContents()
        widest = {RoundStatusModel.ORGANISATION: 260, RoundStatusModel.STATE: 240, RoundStatusModel.WHEN: 300,
                  RoundStatusModel.PERSONS: 90}
        for column in range(self.model.columnCount()):
            limit = widest.get(column, 84)  # the topics: a tick under a short heading
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), limit))
        self._show_summary()
        self._enable()

    def _show_summary(self) -> None:
        status = self.status
        if status is None:
            self.heading.setText(self.tr("Rounds"))
            self.summary.setText(self.tr("This register has no rounds yet. Open one to collect figures."))
            self.topics.clear()
            self.missing.clear()
            return
        name = fmt.fmt_date(status.reference_date)
        heading = (self.tr("Round %1 (closed: read-only)") if status.closed else self.tr("Round %1 (open)"))
        self.heading.setText(heading.replace("%1", name))
        coverage = fmt.fmt_percent(status.coverage) if status.coverage is not None else "\u2013"
        text = (self.tr("%1 of %2 organisations delivered figures. They cover %3 of the region's %4 persons "
                        "(%5).")
                .replace("%1", str(status.delivered)).replace("%2", str(status.expected))
                .replace("%3", fmt.fmt_number(status.persons_delivered))
                .replace("%4", fmt.fmt_number(status.persons_region)).replace("%5", coverage))
        if status.persons_carried_over:
            text += " " + self.tr("For the organisations without figures, last round's %1 persons are carried "
                                  "over (in brackets).").replace("%1", fmt.fmt_number(status.persons_carried_over))
        if status.fictitious:
            text += " " + self.tr("Fictitious figures.")
        self.summary.setText(text)
        self.topics.setText(" \u00b7 ".join(
            self.tr("%1: %2 of %3").replace("%1", topic_text(t)).replace("%2", str(status.topic_count(t)))
            .replace("%3", str(status.expected)) for t in rounds.TOPICS))
        self.missing.setText(self.tr("Missing: %1").replace("%1", ", ".join(status.missing))
                             if status.missing else self.tr("Every organisation has delivered."))

    def selected(self) -> rounds.OrganisationStatus | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ROW_ROLE) if rows else None

    def _enable(self) -> None:
        register = self.context.register
        writable = register is not None and not register.read_only
        status = self.status
        chosen = self.selected()
        is_open = status is not None and not status.closed
        self.accept_button.setEnabled(writable and is_open and chosen is not None and chosen.delivered
                                      and chosen.state != rounds.ACCEPTED)
        self.close_button.setEnabled(writable and is_open)
        self.open_button.setEnabled(writable)

    # --- acting ------------------------------------------------------------------------------------------

    def accept_selected(self) -> None:
        chosen, status, register = self.selected(), self.status, self.context.register
        if chosen is None or status is None or register is None:
            return
        outcome = commands.execute(self.context, commands.AcceptFiguresCommand(
            self.context, status.reference_date, chosen.organisation))
        if not outcome.ok:
            messages.show_message(self, outcome.message, title=self.tr("Accept figures"))

    def open_round(self) -> None:
        from hrplanner.ui.pages.register_dialogs import RoundDialog

        register = self.context.register
        if register is None:
            return
        latest = register.latest_round()
        suggested = date(latest.reference_date.year + 1, 12, 31) if latest else date(date.today().year, 12, 31)

        def submit(values: dict[str, object]) -> commands.Outcome:
            try:
                created = rounds.open_round(register, values["reference_date"], label=str(values["label"]),
                                            user=self.context.user_name)
            except USER_ERRORS as exc:
                return commands.refused(exc)
            self.context.notify(Topic.ROUND)
            self.context.set_round(created.reference_date)
            return commands.Outcome(True)

        dialog = RoundDialog(self, submit, suggested)
        dialog.setWindowTitle(self.tr("Open a new round"))
        dialog.open()
        return dialog

    def close_round(self) -> None:
        status = self.status
        if status is None:
            return
        question = self.tr("Close round %1? Its figures become read-only; %2 of %3 organisations have delivered.")
        text = (question.replace("%1", fmt.fmt_date(status.reference_date)).replace("%2", str(status.delivered))
                .replace("%3", str(status.expected)))
        if not messages.ask(self, text, title=self.tr("Close this round"), default_yes=True):
            return
        outcome = commands.execute(self.context,
                                   commands.SetRoundClosedCommand(self.context, status.reference_date, True))
        if not outcome.ok:
            messages.show_message(self, outcome.message, title=self.tr("Close this round"))
