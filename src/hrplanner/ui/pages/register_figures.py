"""The Figures page: where HR leads enter their organisation's figures of the current round.

One tab per register table (staffing, establishment and vacancies, joiners and leavers, training,
sickness absence) over one snapshot of the round; filters by organisation and occupation apply to
every tab. A closed round is read-only, says so, and offers to reopen it; the round itself is chosen
in the main window's round selector, and rounds are added and closed here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain import reference as ref
from hrplanner.ui import commands
from hrplanner.ui import format as fmt
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.dialogs import messages
from hrplanner.ui.models.establishment import EstablishmentModel
from hrplanner.ui.models.figures import FigureModel
from hrplanner.ui.models.flows import FlowModel
from hrplanner.ui.models.sickness import SicknessModel
from hrplanner.ui.models.snapshot import STRUCTURE_TOPICS, RoundSnapshot, RoundSource
from hrplanner.ui.models.staffing import StaffingModel
from hrplanner.ui.models.training import TrainingModel
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.register_dialogs import RoundDialog
from hrplanner.ui.pages.register_table import RegisterTable
from hrplanner.ui.theme import set_role
from hrplanner.ui.labels import targs

#: The data of a filter's "All ..." item (the proxy reads "" as "no filter").
ALL = ""


class FigureTab(QWidget):
    """A tab: an optional filter of its own (sex, route) above a register table."""

    def __init__(self, context: AppContext, model: FigureModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.table = RegisterTable(context, model, self)
        self.detail_label = QLabel(self)
        self.detail_combo = QComboBox(self)
        self.detail_combo.currentIndexChanged.connect(
            lambda _i: self.table.proxy.set_detail(self.detail_combo.currentData()))
        self.detail_label.setBuddy(self.detail_combo)
        bar = QHBoxLayout()
        bar.addWidget(self.detail_label)
        bar.addWidget(self.detail_combo)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.detail_label.hide()
        self.detail_combo.hide()

    def set_detail_choices(self, label: str, everything: str, pairs: list[tuple[str, str]]) -> None:
        """Show the tab's own filter (Sex, Route) with these (code, label) choices."""
        chosen = self.detail_combo.currentData() if self.detail_combo.count() else ALL
        self.detail_combo.blockSignals(True)
        self.detail_combo.clear()
        self.detail_combo.addItem(everything, ALL)
        for code, text in pairs:
            self.detail_combo.addItem(text, code)
        self.detail_combo.setCurrentIndex(max(self.detail_combo.findData(chosen), 0))
        self.detail_combo.blockSignals(False)
        self.detail_label.setText(label)
        self.detail_combo.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.detail_label.show()
        self.detail_combo.show()


class FiguresPage(Page):
    """The register's figures of the current round, one tab per table."""

    page_id = "register_figures"
    order = 10
    icon_name = "register"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.source = RoundSource(context, self, follow_context=False)
        self.source.loaded.connect(self._loaded)
        self._topic: str | None = None
        self._build()
        context.data_changed.connect(self._data_changed)
        context.round_changed.connect(lambda _day: self._data_changed(Topic.ANY))
        self.retranslate()

    # --- building --------------------------------------------------------------------------------------

    def _build(self) -> None:
        c = self.context
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.round_label = QLabel(self)
        self.add_round_button = QPushButton(self)
        self.add_round_button.clicked.connect(self.add_round)
        self.close_round_button = QPushButton(self)
        self.close_round_button.clicked.connect(self.close_round)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.round_label)
        top.addStretch(1)
        top.addWidget(self.add_round_button)
        top.addWidget(self.close_round_button)

        self.closed_frame = QFrame(self)
        self.closed_label = QLabel(self.closed_frame)
        set_role(self.closed_label, "banner")
        self.reopen_button = QPushButton(self.closed_frame)
        self.reopen_button.clicked.connect(self.reopen_round)
        closed = QHBoxLayout(self.closed_frame)
        closed.setContentsMargins(0, 0, 0, 0)
        closed.addWidget(self.closed_label, 1)
        closed.addWidget(self.reopen_button)
        self.closed_frame.hide()

        self.organisation_label = QLabel(self)
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.setMinimumContentsLength(16)
        self.organisation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.occupation_label = QLabel(self)
        self.occupation_combo = QComboBox(self)
        self.occupation_combo.setMinimumContentsLength(16)
        self.occupation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.occupation_label.setBuddy(self.occupation_combo)
        self.empty_check = QCheckBox(self)
        self.organisation_combo.currentIndexChanged.connect(self._apply_filters)
        self.occupation_combo.currentIndexChanged.connect(self._apply_filters)
        self.empty_check.toggled.connect(self._apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.organisation_label)
        filters.addWidget(self.organisation_combo)
        filters.addSpacing(12)
        filters.addWidget(self.occupation_label)
        filters.addWidget(self.occupation_combo)
        filters.addSpacing(12)
        filters.addWidget(self.empty_check)
        filters.addStretch(1)

        self.tabs = QTabWidget(self)
        self.staffing = FigureTab(c, StaffingModel(c, self), self.tabs)
        self.establishment = FigureTab(c, EstablishmentModel(c, self), self.tabs)
        self.flows = FigureTab(c, FlowModel(c, self), self.tabs)
        self.training = FigureTab(c, TrainingModel(c, self), self.tabs)
        self.sickness = FigureTab(c, SicknessModel(c, self), self.tabs)
        for tab in self.figure_tabs():
            self.tabs.addTab(tab, "")
            self.source.attach(tab.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.closed_frame)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

    def figure_tabs(self) -> list[FigureTab]:
        return [self.staffing, self.establishment, self.flows, self.training, self.sickness]

    def title(self) -> str:
        return self.tr("Figures")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Register figures"))
        self.add_round_button.setText(self.tr("&Add round\u2026"))
        self.add_round_button.setToolTip(self.tr("Add a reference date to enter figures for"))
        self.close_round_button.setText(self.tr("&Close round\u2026"))
        self.close_round_button.setToolTip(self.tr("Make this round's figures read-only"))
        self.closed_label.setText(self.tr("This round is closed (read-only)."))
        self.reopen_button.setText(self.tr("&Reopen round\u2026"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.organisation_combo.setAccessibleName(self.tr("Organisation filter"))
        self.occupation_label.setText(self.tr("Occu&pation:"))
        self.occupation_combo.setAccessibleName(self.tr("Occupation filter"))
        self.empty_check.setText(self.tr("Show rows &without figures"))
        self.empty_check.setToolTip(self.tr("Show every organisation x occupation, also those without figures "
                                            "yet, to enter new figures"))
        titles = [self.tr("&Staffing"), self.tr("Establishment an&d vacancies"), self.tr("&Joiners and leavers"),
                  self.tr("&Training"), self.tr("Sic&kness absence")]
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
            self.figure_tabs()[index].table.retranslate(text.replace("&", ""))
        language = self.context.language
        self.staffing.set_detail_choices(self.tr("Se&x:"), self.tr("All"),
                                         [(s, ref.label(s, language)) for s in ref.SEXES])
        self.training.set_detail_choices(self.tr("Ro&ute:"), self.tr("All routes"),
                                         [(r, ref.label(r, language)) for r in ref.TRAINING_ROUTES])
        self._data_changed(Topic.ANY)

    # --- refreshing ------------------------------------------------------------------------------------

    def _data_changed(self, topic: str) -> None:
        if not self.source.wants(topic):
            return
        self._topic = topic if self._topic in (None, topic) else Topic.ANY
        self.request_refresh()

    def refresh(self) -> None:
        topic, self._topic = self._topic or Topic.ANY, None
        if topic in STRUCTURE_TOPICS and self.context.register is not None:
            self.round_label.setText(self.tr("Reading the figures…"))
        self.source.reload(topic)  # in the background: the tables follow in _loaded

    def _loaded(self, topic: str) -> None:
        snapshot = self.source.snapshot
        if topic in STRUCTURE_TOPICS:
            self._fill_filters(snapshot)
        self._show_round(snapshot)

    def _show_round(self, snapshot: RoundSnapshot) -> None:
        register = self.context.register
        round_ = snapshot.round
        if round_ is None:
            self.round_label.setText(self.tr("No rounds yet: add one to enter figures.") if register else "")
        else:
            # The date in the UI's format, as the round selector shows it (the round's own label is
            # register data in whatever language it was typed: "Peildatum 31-12-2025").
            self.round_label.setText(targs(self.tr("Round: %1"), fmt.fmt_date(round_.reference_date)))
        writable = register is not None and not register.read_only
        self.add_round_button.setEnabled(writable)
        self.close_round_button.setVisible(round_ is not None and not round_.closed)
        self.close_round_button.setEnabled(writable)
        self.closed_frame.setVisible(round_ is not None and round_.closed)
        self.reopen_button.setEnabled(writable)

    def _fill_filters(self, snapshot: RoundSnapshot) -> None:
        self._fill_combo(self.organisation_combo, self.tr("All organisations"),
                         [(o.name, o.name) for o in snapshot.shown_organisations()])
        self._fill_combo(self.occupation_combo, self.tr("All occupations"),
                         [(o.code, snapshot.occupation_name(o)) for o in snapshot.occupations])
        self._apply_filters()

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, pairs: list[tuple[str, str]]) -> None:
        chosen = combo.currentData() if combo.count() else ALL
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ALL)
        for code, text in pairs:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _apply_filters(self, *_args: object) -> None:
        organisation = self.organisation_combo.currentData() if self.organisation_combo.count() else ALL
        occupation = self.occupation_combo.currentData() if self.occupation_combo.count() else ALL
        for tab in self.figure_tabs():
            proxy = tab.table.proxy
            proxy.set_organisation(organisation)
            proxy.set_occupation(occupation)
            proxy.set_show_empty(self.empty_check.isChecked())

    # --- rounds ----------------------------------------------------------------------------------------

    def add_round(self) -> RoundDialog | None:
        if self.context.register is None:
            return None
        latest = self.context.register.latest_round()
        suggested = date(latest.reference_date.year + 1, 12, 31) if latest else date(date.today().year, 12, 31)
        dialog = RoundDialog(self, lambda values: commands.execute(
            self.context, commands.AddRoundCommand(self.context, values["reference_date"], str(values["label"]))),
            suggested)
        dialog.open()
        return dialog

    def close_round(self) -> None:
        self._set_closed(True, self.tr("Close round %1? Its figures become read-only until it is reopened."))

    def reopen_round(self) -> None:
        self._set_closed(False, self.tr("Reopen round %1? Its figures can then be changed again."))

    def _set_closed(self, closed: bool, question: str) -> None:
        round_ = self.source.snapshot.round
        if round_ is None:
            return
        name = round_.label or fmt.fmt_date(round_.reference_date)
        if not messages.ask(self, targs(question, name), title=self.tr("Round"), default_yes=True):
            return
        outcome = commands.execute(self.context,
                                   commands.SetRoundClosedCommand(self.context, round_.reference_date, closed))
        if not outcome.ok:
            messages.show_message(self, outcome.message, title=self.tr("Round"))
