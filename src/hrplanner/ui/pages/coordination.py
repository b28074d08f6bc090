"""The coordination page: coordinate instead of compete (MODEL.md 5).

It shows, for the current round: the tension per organisation x occupation (a coloured matrix), where
joiners come from and where leavers go per occupation (hiring from each other only moves the shortage
around), who carries the training effort, and the shared training plan with a rule the steering
group picks. The plain-language notes (domain.coordination.NOTES) say what the figures mean and what
they do not, including the competition-law limits.

Two views: "Steering group" (the default) shows only what may be shared beyond one organisation:
cells built from fewer persons than the small-number threshold, and cells that would reveal them
through the totals, are hidden (domain.suppression; organisation names stay). "Coordinator (full)"
shows every figure. The training plan is about places, not persons, and is the same in both views.

The figures come from services.coordination; the regional intake advice runs the projection, so it
is fetched in the background (ui.workers) and kept, and changing the rule only re-splits it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.allocation import RULES
from hrplanner.domain.coordination import NOTES
from hrplanner.services.coordination import (
    ADVICE_PLACEHOLDER,
    Coordination,
    OccupationPlan,
    Plan,
    RegionalAdvice,
    coordination_figures,
    regional_advice,
    training_plan,
)
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.charts.coordination_flows import FlowChart, flows_in_order, region_totals_shown
from hrplanner.ui.charts.coordination_matrix import (
    MatrixControls,
    TensionDelegate,
    TensionLegend,
    TensionMatrixModel,
)
from hrplanner.ui.charts.coordination_training import TrainingEffortChart
from hrplanner.ui.pages.base import Page
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import run_task

STEERING = "steering"
FULL = "full"


class PlanTableModel(QAbstractTableModel):
    """A row is one organisation's part of one occupation's plan; the last row is the total."""

    COLUMNS = ("organisation", "basis", "rule_share", "supervisors", "cap", "places", "today_places",
               "today_intake", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: OccupationPlan | None = None

    def set_plan(self, plan: OccupationPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.plan is None:
            return 0
        return len(self.plan.lines) + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def header(self, column: int) -> str:
        basis = {"fte": self.tr("Fte"), "shortage": self.tr("Open fte"), "equal": self.tr("Counts")}
        headers = {
            "organisation": self.tr("Organisation"),
            "basis": basis.get(self.plan.rule if self.plan else "fte", self.tr("Basis")),
            "rule_share": self.tr("Share by rule"),
            "supervisors": self.tr("Supervisors"),
            "cap": self.tr("Cap"),
            "places": self.tr("Planned places"),
            "today_places": self.tr("Training places now"),
            "today_intake": self.tr("Planned intake now"),
            "note": self.tr("Note"),
        }
        return headers[self.COLUMNS[column]]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                "cap": self.tr("Supervisors \u00d7 places per supervisor: the most new trainees a year the "
                               "organisation can take on"),
                "places": self.tr("New training places a year in the shared plan"),
                "rule_share": self.tr("The organisation's share under the chosen rule, before caps and rounding"),
            }
            return tips.get(self.COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if section in (0, 8) else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def value(self, row: int, column: int) -> object:
        plan = self.plan
        name = self.COLUMNS[column]
        if row == len(plan.lines):
            totals = {
                "organisation": self.tr("Total"),
                "basis": sum(line.basis for line in plan.lines),
                "rule_share": None,
                "supervisors": sum(line.supervisors for line in plan.lines),
                "cap": sum(line.cap for line in plan.lines),
                "places": plan.planned,
                "today_places": plan.today_places,
                "today_intake": plan.today_intake,
                "note": "",
            }
            return totals[name]
        line = plan.lines[row]
        if name == "note":
            if not line.at_cap:
                return ""
            return self.tr("no supervisors") if line.cap == 0 else self.tr("at its cap")
        return getattr(line, name)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        row, column = index.row(), index.column()
        name = self.COLUMNS[column]
        value = self.value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if name in ("organisation", "note"):
                return value
            if name == "rule_share":
                return "" if value is None and row == len(self.plan.lines) else fmt.fmt_percent(value, 1)
            if name == "basis":
                return fmt.fmt_number(value, 0 if self.plan.rule == "equal" else 1)
            return fmt.fmt_number(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if name in ("organisation", "note") else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row == len(self.plan.lines) or name == "places"):
            font = QFont()
            font.setBold(True)
            return font
        return None


class CoordinationPage(Page):
    """Coordinate instead of compete: tension, flows, training effort and the shared training plan."""

    page_id = "coordination"
    order = 50

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.coordination: Coordination | None = None
        self.advice: RegionalAdvice | None = None
        self.plan: Plan | None = None
        self.view = STEERING
        self._advice_task = None

        content, layout = self.scrolling_content("coordination_content")

        self.banner = QLabel(content)
        set_role(self.banner, "banner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = QLabel(content)
        set_role(self.heading, "heading")
        self.subheading = QLabel(content)
        set_role(self.subheading, "muted")
        self.subheading.setWordWrap(True)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles, 1)
        self.view_label = QLabel(content)
        self.steering_button = QRadioButton(content)
        self.steering_button.setObjectName("view_steering")
        self.full_button = QRadioButton(content)
        self.full_button.setObjectName("view_full")
        self.steering_button.setChecked(True)
        self.view_group = QButtonGroup(self)
        self.view_group.addButton(self.steering_button)
        self.view_group.addButton(self.full_button)
        self.view_group.buttonToggled.connect(self._view_toggled)
        for widget in (self.view_label, self.steering_button, self.full_button):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.view_note = QLabel(content)
        self.view_note.setObjectName("view_note")
        self.view_note.setWordWrap(True)
        set_role(self.view_note, "muted")
        layout.addWidget(self.view_note)

        # the tension matrix
        self.matrix_box = QGroupBox(content)
        box = QVBoxLayout(self.matrix_box)
        self.legend = TensionLegend(self.matrix_box)
        box.addWidget(self.legend)
        self.matrix_model = TensionMatrixModel(self)
        self.matrix_controls = MatrixControls(self.matrix_model, self.matrix_box)
        box.addWidget(self.matrix_controls)
        self.matrix = QTableView(self.matrix_box)
        self.matrix.setObjectName("tension_matrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(TensionDelegate(self.matrix))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setShowGrid(False)
        self.matrix.verticalHeader().setDefaultSectionSize(24)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(48)
        self.matrix.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.matrix_model.modelReset.connect(self._fit_matrix)
        box.addWidget(self.matrix)
        self.matrix_note = QLabel(self.matrix_box)
        self.matrix_note.setWordWrap(True)
        set_role(self.matrix_note, "muted")
        box.addWidget(self.matrix_note)
        layout.addWidget(self.matrix_box)

        # flows and training effort side by side
        charts = QHBoxLayout()
        self.flow_box = QGroupBox(content)
        flow_layout = QVBoxLayout(self.flow_box)
        self.flow_legend = QLabel(self.flow_box)
        self.flow_legend.setWordWrap(True)
        self.flow_legend.setTextFormat(Qt.TextFormat.RichText)
        flow_layout.addWidget(self.flow_legend)
        self.flow_chart = FlowChart(self.flow_box)
        flow_layout.addWidget(self.flow_chart)
        self.flow_note = QLabel(self.flow_box)
        self.flow_note.setWordWrap(True)
        set_role(self.flow_note, "muted")
        flow_layout.addWidget(self.flow_note)
        self.training_box = QGroupBox(content)
        training_layout = QVBoxLayout(self.training_box)
        self.training_legend = QLabel(self.training_box)
        self.training_legend.setWordWrap(True)
        self.training_legend.setTextFormat(Qt.TextFormat.RichText)
        training_layout.addWidget(self.training_legend)
        self.training_chart = TrainingEffortChart(self.training_box)
        training_layout.addWidget(self.training_chart)
        self.training_note = QLabel(self.training_box)
        self.training_note.setWordWrap(True)
        set_role(self.training_note, "muted")
        training_layout.addWidget(self.training_note)
        for group in (self.flow_box, self.training_box):
            group.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            charts.addWidget(group, 1)
        layout.addLayout(charts)

        # the shared training plan
        self.plan_box = QGroupBox(content)
        plan_layout = QVBoxLayout(self.plan_box)
        controls = QHBoxLayout()
        self.occupation_label = QLabel(self.plan_box)
        self.occupation_combo = QComboBox(self.plan_box)
        self.occupation_combo.setObjectName("plan_occupation")
        self.occupation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.occupation_label.setBuddy(self.occupation_combo)
        self.rule_label = QLabel(self.plan_box)
        self.rule_combo = QComboBox(self.plan_box)
        self.rule_combo.setObjectName("plan_rule")
        self.rule_label.setBuddy(self.rule_combo)
        for rule in RULES:
            self.rule_combo.addItem("", rule)
        for widget in (self.occupation_label, self.occupation_combo, self.rule_label, self.rule_combo):
            controls.addWidget(widget)
        controls.addStretch(1)
        plan_layout.addLayout(controls)
        self.advice_label = QLabel(self.plan_box)
        self.advice_label.setObjectName("plan_advice")
        self.advice_label.setWordWrap(True)
        plan_layout.addWidget(self.advice_label)
        self.plan_model = PlanTableModel(self)
        self.plan_table = QTableView(self.plan_box)
        self.plan_table.setObjectName("plan_table")
        self.plan_table.setModel(self.plan_model)
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.setAlternatingRowColors(True)
        self.plan_table.verticalHeader().setVisible(False)
        self.plan_table.verticalHeader().setDefaultSectionSize(24)
        self.plan_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.plan_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        plan_layout.addWidget(self.plan_table)
        self.shortfall_label = QLabel(self.plan_box)
        self.shortfall_label.setObjectName("plan_shortfall")
        self.shortfall_label.setWordWrap(True)
        self.shortfall_label.setStyleSheet("color: #a63603; font-weight: 600;")
        plan_layout.addWidget(self.shortfall_label)
        self.law_label = QLabel(self.plan_box)
        self.law_label.setObjectName("plan_law_note")
        self.law_label.setWordWrap(True)
        set_role(self.law_label, "muted")
        plan_layout.addWidget(self.law_label)
        layout.addWidget(self.plan_box)
        self.occupation_combo.currentIndexChanged.connect(lambda _i: self._show_plan())
        self.rule_combo.currentIndexChanged.connect(lambda _i: self._make_plan())

        # the plain-language notes
        self.notes_box = QGroupBox(content)
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes_label = QLabel(self.notes_box)
        self.notes_label.setObjectName("coordination_notes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        notes_layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_box)

        self.empty = QLabel(content)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        layout.addStretch(1)

        context.data_changed.connect(self.request_refresh)
        context.round_changed.connect(self.request_refresh)
        context.settings_changed.connect(
            lambda key: key == settings.SMALL_NUMBER_THRESHOLD.key and self._show_figures())
        self.retranslate_labels()

    def title(self) -> str:
        return self.tr("Coordination")

    # --- texts ----------------------------------------------------------------------------------

    def retranslate_labels(self) -> None:
        self.banner.setText(self.tr("Fictitious figures (demo region): the organisations and numbers of this "
                                    "register are made up for demonstration."))
        self.view_label.setText(self.tr("View:"))
        self.steering_button.setText(self.tr("Steering group"))
        self.steering_button.setToolTip(self.tr("Only what may be shared beyond one organisation: small numbers hidden"))
        self.full_button.setText(self.tr("Coordinator (full)"))
        self.full_button.setToolTip(self.tr("Every figure; for the regional coordinator, not for sharing"))
        self.matrix_box.setTitle(self.tr("Tension per organisation and occupation"))
        self.matrix.setAccessibleName(self.tr("Tension per organisation and occupation"))
        self.matrix_controls.retranslate()
        self.matrix_note.setText(self.tr(
            "Tension is the vacancy rate in which vacancies open 3 months or longer count twice: "
            "vacancy rate \u00d7 (1 + share open 3+ months). Hover a cell for its figures."))
        self.flow_box.setTitle(self.tr("Where joiners come from and where leavers go"))
        self.training_box.setTitle(self.tr("Who trains, who hires"))
        self.plan_box.setTitle(self.tr("Shared training plan"))
        self.occupation_label.setText(self.tr("Occupation:"))
        self.rule_label.setText(self.tr("Split by:"))
        rule_names = {"fte": self.tr("share of fte"), "shortage": self.tr("share of shortage (open fte)"),
                      "equal": self.tr("equal parts")}
        for index in range(self.rule_combo.count()):
            self.rule_combo.setItemText(index, rule_names[self.rule_combo.itemData(index)])
        self.notes_box.setTitle(self.tr("What these figures mean"))
        self.plan_table.setAccessibleName(self.tr("Shared training plan"))

    def retranslate(self) -> None:
        self.retranslate_labels()
        self.request_refresh()

    def _language(self) -> str:
        return "nl" if self.context.language == "nl" else "en"

    def _notes_html(self) -> str:
        titles = {
            "what": self.tr("What the figures show"),
            "not": self.tr("What they do not show"),
            "moving": self.tr("Hiring from each other"),
            "training": self.tr("Training effort"),
            "plan": self.tr("The shared training plan"),
            "law": self.tr("Competition law"),
        }
        notes = NOTES[self._language()]
        return "".join(f"<p><b>{titles.get(key, key)}.</b> {text}</p>" for key, text in notes.items())

    # --- state ------------------------------------------------------------------------------------

    @property
    def steering(self) -> bool:
        return self.view == STEERING

    def threshold(self) -> int:
        return settings.get(settings.SMALL_NUMBER_THRESHOLD)

    def set_view(self, view: str) -> None:
        """Switch between the steering group's view (STEERING) and the full view (FULL)."""
        button = self.steering_button if view == STEERING else self.full_button
        button.setChecked(True)

    def set_rule(self, rule: str) -> None:
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(rule))

    def rule(self) -> str:
        return self.rule_combo.currentData() or RULES[0]

    def _view_toggled(self, button, checked: bool) -> None:  # noqa: ANN001
        if not checked:
            return
        self.view = STEERING if button is self.steering_button else FULL
        self._show_figures()

    # --- refreshing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        register = self.context.register
        self.coordination = None
        if register is not None and register.rounds():
            reference = self.context.current_round
            self.coordination = coordination_figures(register, reference)
        self._show_figures()
        self._request_advice()

    def _show_figures(self) -> None:
        register = self.context.register
        coordination = self.coordination
        has = coordination is not None
        for widget in (self.heading, self.subheading, self.view_label, self.steering_button, self.full_button,
                       self.view_note, self.matrix_box, self.flow_box, self.training_box, self.plan_box):
            widget.setVisible(has)
        self.banner.setVisible(bool(register is not None and register.fictitious))
        self.notes_label.setText(self._notes_html())
        self.law_label.setText(NOTES[self._language()]["law"])
        threshold = self.threshold()
        language = self._language()
        self.matrix_model.set_figures(coordination, steering=self.steering, threshold=threshold, language=language)
        self.legend.set_texts(threshold, self.steering)
        if not has:
            self.empty.setText(self.tr("No register is open.") if register is None else self.tr(
                "This register has no rounds yet: the coordination figures need a round of figures."))
            self.empty.setVisible(True)
            self.plan_model.set_plan(None)
            return
        self.empty.setVisible(False)
        self.heading.setText(self.tr("Coordinate instead of compete \u2014 %1").replace("%1", coordination.region))
        sub = self.tr("Reference date %1").replace("%1", fmt.fmt_date_long(coordination.reference_date))
        if coordination.figures.previous_date is not None:
            sub += " \u00b7 " + self.tr("changes against %1").replace(
                "%1", fmt.fmt_date_long(coordination.figures.previous_date))
        if coordination.fictitious:
            sub += " \u2014 " + self.tr("Fictitious figures (demo region)")
        self.subheading.setText(sub)
        if self.steering:
            self.view_note.setText(self.tr(
                "Steering group view: only what may be shared beyond one organisation. A cell built from "
                "fewer than %1 persons shows \u201c%2\u201d; a cell that would reveal such a cell through "
                "the totals shows \u201c%3\u201d.").replace("%1", str(threshold))
                .replace("%2", f"<{threshold}").replace("%3", "\u2022"))
        else:
            self.view_note.setText(self.tr(
                "Coordinator view: every figure, small numbers included. Do not share this view beyond "
                "the regional coordinator; use the steering group view for meetings."))
        self._fit_matrix()
        codes = coordination.occupations()
        names = [coordination.occupation_name(c, language) for c in codes]
        flows = flows_in_order(coordination.figures.flows_by_occupation, codes)
        self.flow_chart.set_flows(codes, names, flows, steering=self.steering, threshold=threshold,
                                  fictitious=coordination.fictitious)
        self.flow_legend.setText(self.flow_chart.legend_html(self.steering))
        self.training_legend.setText(self.training_chart.legend_html())
        region = coordination.figures.region.current
        region_flows = coordination.figures.flows_region
        if region_totals_shown(flows, steering=self.steering, threshold=threshold):
            self.flow_note.setText(self.tr(
                "Hiring from each other moves the shortage around: over the region, moves inside the region "
                "add up to zero (%1 joined from and %2 left to another organisation in the region). The "
                "region grows only by joiners from outside minus exits: %3 persons this year.")
                .replace("%1", fmt.fmt_number(region_flows.internal_in))
                .replace("%2", fmt.fmt_number(region_flows.internal_out))
                .replace("%3", fmt.fmt_signed(region_flows.net_regional)))
        else:
            self.flow_note.setText(self.tr(
                "Hiring from each other moves the shortage around: over the region, moves inside the region "
                "add up to zero. The region grows only by joiners from outside minus exits."))
        self.training_chart.set_efforts(coordination.figures.training_effort, region.trainees_per_100_fte,
                                        steering=self.steering, threshold=threshold,
                                        fictitious=coordination.fictitious)
        note = self.tr("Up: trains much for its size. Right: hires a large part of the newly qualified. "
                       "Dashed: the region's trainees per 100 fte.")
        if self.training_chart.left_out:
            note += " " + self.tr("%n organisation(s) left out in this view: small numbers.", "",
                                  self.training_chart.left_out)
        self.training_note.setText(note)
        self._fill_occupations(codes, names)

    #: The matrix grows with its rows up to this many; beyond, it scrolls inside the page.
    MATRIX_ROWS_SHOWN = 25

    def _fit_matrix(self) -> None:
        rows = max(1, min(self.matrix_model.rowCount(), self.MATRIX_ROWS_SHOWN))
        header = self.matrix.horizontalHeader().sizeHint().height()
        self.matrix.setFixedHeight(header + rows * self.matrix.verticalHeader().defaultSectionSize()
                                   + 2 * self.matrix.frameWidth() + 2)

    # --- the plan -----------------------------------------------------------------------------------

    def _fill_occupations(self, codes: list[str], names: list[str]) -> None:
        current = self.occupation_combo.currentData()
        self.occupation_combo.blockSignals(True)
        self.occupation_combo.clear()
        for code, name in zip(codes, names):
            self.occupation_combo.addItem(f"{name} ({code})", code)
        index = self.occupation_combo.findData(current)
        self.occupation_combo.setCurrentIndex(index if index >= 0 else 0)
        self.occupation_combo.blockSignals(False)
        self._show_plan()

    def _request_advice(self) -> None:
        """Fetch the regional intake advice in the background (it runs the projection)."""
        register = self.context.register
        if register is None or self.coordination is None:
            self.advice = None
            self.plan = None
            return
        if self._advice_task is not None and not self._advice_task.is_done:
            self._advice_task.cancel()
        reference = self.coordination.reference_date
        self.advice_label.setText(self.tr("Computing the regional intake advice\u2026"))
        self._advice_task = run_task(
            lambda _token: regional_advice(register, round_date=reference), parent=self,
            name="coordination advice", on_result=self._advice_ready,
            on_error=lambda exc: self._advice_failed(str(exc)))

    def _advice_ready(self, advice: RegionalAdvice) -> None:
        self.advice = advice
        self._make_plan()

    def _advice_failed(self, error: str) -> None:
        self.advice = None
        self.plan = None
        self.plan_model.set_plan(None)
        self.advice_label.setText(self.tr("The regional intake advice could not be computed: %1").replace("%1", error))
        self.shortfall_label.setText("")
        self.shortfall_label.setVisible(False)

    def _make_plan(self) -> None:
        register = self.context.register
        if register is None or self.coordination is None or self.advice is None:
            return
        self.plan = training_plan(register, rule=self.rule(), advice=self.advice,
                                  round_date=self.coordination.reference_date)
        self._show_plan()

    def occupation_plan(self) -> OccupationPlan | None:
        if self.plan is None:
            return None
        code = self.occupation_combo.currentData()
        for plan in self.plan.occupations:
            if plan.occupation == code:
                return plan
        return None

    def _show_plan(self) -> None:
        plan = self.occupation_plan()
        self.plan_model.set_plan(plan)
        rows = self.plan_model.rowCount()
        self.plan_table.setFixedHeight(self.plan_table.horizontalHeader().sizeHint().height()
                                       + max(rows, 1) * self.plan_table.verticalHeader().defaultSectionSize()
                                       + 2 * self.plan_table.frameWidth() + 2)
        self.shortfall_label.setVisible(plan is not None and plan.shortfall > 0)
        if plan is None:
            if self.plan is not None:
                self.advice_label.setText(self.tr("No training plan for this occupation: no advice and no "
                                                  "organisation with figures."))
            self.shortfall_label.setText("")
            return
        source = self.tr("from the projection") if plan.advice_source != ADVICE_PLACEHOLDER else self.tr(
            "advice not available: using today's planned intake")
        text = self.tr("Regional intake advice: %1 places a year (%2). Planned: %3; training places now: %4; "
                       "planned intake now: %5.") \
            .replace("%1", fmt.fmt_number(plan.advice)).replace("%2", source) \
            .replace("%3", fmt.fmt_number(plan.planned)).replace("%4", fmt.fmt_number(plan.today_places)) \
            .replace("%5", fmt.fmt_number(plan.today_intake))
        if plan.rule != self.rule():
            text += " " + self.tr("Nobody has a weight under this rule: split by fte instead.")
        self.advice_label.setText(text)
        if plan.shortfall > 0:
            self.shortfall_label.setText(self.tr(
                "Short by %n place(s): the organisations' supervisors cannot take on the whole advice.", "",
                plan.shortfall))
        else:
            self.shortfall_label.setText("")
