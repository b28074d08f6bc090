"""The coordination page: coordinate instead of compete (MODEL.md 5).

It shows, for the current round: the tension per organisation x occupation (a coloured matrix), where
joiners come from and where leavers go per occupation (hiring from each other only moves the shortage
around), who carries the training effort, and the shared training plan with a rule the steering
group picks. The plain-language notes (domain.coordination.NOTES) say what the figures mean and what
they do not, including the competition-law limits.

Two views: "Steering group" (the default) shows only what may be shared beyond one organisation:
what the round's publication by the disclosure layer hides (services.publication.round_publication,
the one the meeting workbook shows) is hidden, with the mark x (organisation names stay). "Coordinator (full)"
shows every figure. The training plan is about places, not persons, and is the same in both views.

The figures come from services.coordination; the regional intake advice runs the projection, so it
is fetched in the background (ui.workers) and kept, and changing the rule only re-splits it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.coordination import NOTES
from hrplanner.services.coordination import Coordination, OccupationPlan, coordination_figures
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
from hrplanner.ui.labels import targs
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.sections import FittedTable
from hrplanner.ui.pages.coordination_plan import PlanSection, PlanTableModel  # noqa: F401 - the page's API
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import LatestTask, whole

#: From this page width on, the flow and training charts stand side by side.
CHARTS_SIDE_BY_SIDE = 1040
STEERING = "steering"
FULL = "full"


def _note_html(title: str, text: str) -> str:
    """A note with its title in bold; a text that starts with its title gets that start in bold
    instead ("<b>Competition law</b> (ACM, 2022): ..."), not the title twice."""
    if text.startswith(title):
        return f"<p><b>{title}</b>{text[len(title):]}</p>"
    return f"<p><b>{title}.</b> {text}</p>"


class CoordinationPage(Page):
    """Coordinate instead of compete: tension, flows, training effort and the shared training plan."""

    page_id = "coordination"
    #: The tension matrix grows with its rows up to this many; beyond, it scrolls inside the page.
    MATRIX_ROWS_SHOWN = 25
    order = 50

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.coordination: Coordination | None = None
        #: The round's publication (the steering view), made with the figures in the background.
        self.publication = None
        self.view = STEERING
        self._figures_task = LatestTask(self, "coordination figures")

        content, layout = self.scrolling_content("coordination_content")

        self.banner = QLabel(content)
        set_role(self.banner, "banner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = QLabel(content)
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the region's name as typed
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
        # grows with its rows up to MATRIX_ROWS_SHOWN; beyond (300 organisations), it scrolls inside the page
        self.matrix = FittedTable(self.matrix_box, max_rows=self.MATRIX_ROWS_SHOWN)
        self.matrix.setObjectName("tension_matrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(TensionDelegate(self.matrix))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setShowGrid(False)
        self.matrix.verticalHeader().setDefaultSectionSize(24)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(48)
        self.matrix_model.modelReset.connect(self.matrix.fit)  # sorting and filtering reset it
        box.addWidget(self.matrix)
        self.matrix_note = QLabel(self.matrix_box)
        self.matrix_note.setWordWrap(True)
        set_role(self.matrix_note, "muted")
        box.addWidget(self.matrix_note)
        layout.addWidget(self.matrix_box)

        # flows and training effort side by side
        # Flows and training effort side by side on a wide page, one above the other on a narrow one.
        self.charts_row = charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
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

        self.plan_section = PlanSection(content)
        layout.addWidget(self.plan_section)
        p = self.plan_section
        self.plan_model, self.plan_table, self.occupation_combo = p.plan_model, p.plan_table, p.occupation_combo
        self.advice_label, self.shortfall_label, self.law_label = p.advice_label, p.shortfall_label, p.law_label

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
            lambda key: key in {s.key for s in settings.DISCLOSURE_SETTINGS} and self.request_refresh())
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
        self.plan_section.retranslate()
        self.notes_box.setTitle(self.tr("What these figures mean"))

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
        return "".join(_note_html(titles.get(key, key), text) for key, text in notes.items())

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
        self.plan_section.set_rule(rule)

    def rule(self) -> str:
        return self.plan_section.rule()

    @property
    def plan(self):  # noqa: ANN201 - the services.coordination.Plan shown, or None
        return self.plan_section.plan

    def occupation_plan(self) -> OccupationPlan | None:
        return self.plan_section.occupation_plan()

    def _view_toggled(self, button, checked: bool) -> None:  # noqa: ANN001
        if not checked:
            return
        self.view = STEERING if button is self.steering_button else FULL
        self.plan_section.steering = self.steering
        self._show_figures()
        self.plan_section.show_plan()

    # --- refreshing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the round's coordination figures in the background (a region of 300 organisations takes
        longer than a GUI-thread moment) and show them when they are there; only the newest request is
        shown."""
        register = self.context.register
        if register is None or not register.rounds():
            self._figures_task.discard()
            self.coordination = self.publication = None
            self._show_figures()
            self.plan_section.request_advice(register, self.coordination)
            return
        reference = self.context.current_round
        rules = settings.disclosure_rules()
        self.subheading.setText(self.tr("Reading the figures…"))

        def read(_token) -> tuple:  # noqa: ANN001
            from hrplanner.services.publication import round_publication

            coordination = coordination_figures(register, reference)
            return coordination, round_publication(register, coordination.reference_date, rules)

        def shown(result: tuple) -> Iterator[None]:
            self.coordination, self.publication = result
            yield from self._figures_in_pieces()  # the window repaints between the charts
            self.plan_section.request_advice(register, self.coordination)

        self._figures_task.start(read, on_result=shown)

    def _show_figures(self) -> None:
        whole(self._figures_in_pieces())

    def _figures_in_pieces(self) -> Iterator[None]:
        """Show the figures: the matrix, the flows chart and the training chart one piece each. The
        pieces left stop when the view is switched meanwhile (that shows every piece in the new view)."""
        register = self.context.register
        view = self.view
        coordination = self.coordination
        has = coordination is not None
        for widget in (self.heading, self.subheading, self.view_label, self.steering_button, self.full_button,
                       self.view_note, self.matrix_box, self.flow_box, self.training_box, self.plan_section):
            widget.setVisible(has)
        self.banner.setVisible(bool(register is not None and register.fictitious))
        self.notes_label.setText(self._notes_html())
        self.law_label.setText(NOTES[self._language()]["law"])
        threshold = self.threshold()
        language = self._language()
        publication = self.publication if self.steering else None
        self.matrix_model.set_figures(coordination, publication=publication, language=language)
        self.legend.set_texts(threshold, self.steering)
        if not has:
            self.empty.setText(self.tr("No register is open.") if register is None else self.tr(
                "This register has no rounds yet: the coordination figures need a round of figures."))
            self.empty.setVisible(True)
            self.plan_model.set_plan(None)
            return
        self.empty.setVisible(False)
        self.heading.setText(targs(self.tr("Coordinate instead of compete \u2014 %1"), coordination.region))
        sub = targs(self.tr("Reference date %1"), fmt.fmt_date_long(coordination.reference_date))
        if coordination.figures.previous_date is not None:
            sub += " \u00b7 " + targs(self.tr("changes against %1"), fmt.fmt_date_long(coordination.figures.previous_date))
        if coordination.fictitious:
            sub += " \u2014 " + self.tr("Fictitious figures (demo region)")
        self.subheading.setText(sub)
        if self.steering:
            rules = settings.disclosure_rules()
            self.view_note.setText(targs(self.tr(
                "Steering group view: only what may be shared beyond one organisation. A figure about fewer "
                "than %1 persons is hidden (x), as is a regional figure with fewer than %2 contributing "
                "organisations or whose largest two make up more than %3%, and every figure from which a "
                "hidden one could be worked out."), str(rules.threshold), str(rules.min_contributors),
                str(rules.dominance_percent)))
        else:
            self.view_note.setText(self.tr(
                "Coordinator view: every figure, small numbers included. Do not share this view beyond "
                "the regional coordinator; use the steering group view for meetings."))
        self.matrix.fit()
        yield
        if self.view != view:
            return
        codes = coordination.occupations()
        names = [coordination.occupation_name(c, language) for c in codes]
        flows = flows_in_order(coordination.figures.flows_by_occupation, codes)
        self.flow_chart.set_flows(codes, names, flows, publication=publication, fictitious=coordination.fictitious)
        self.flow_legend.setText(self.flow_chart.legend_html(self.steering))
        self.training_legend.setText(self.training_chart.legend_html())
        region = coordination.figures.region.current
        region_flows = coordination.figures.flows_region
        if region_totals_shown(flows, publication):
            self.flow_note.setText(targs(self.tr(
                "Hiring from each other moves the shortage around: over the region, moves inside the region "
                "add up to zero (%1 joined from and %2 left to another organisation in the region). The "
                "region grows only by joiners from outside minus exits: %3 persons this year."), fmt.fmt_number(region_flows.internal_in), fmt.fmt_number(region_flows.internal_out), fmt.fmt_signed(region_flows.net_regional)))
        else:
            self.flow_note.setText(self.tr(
                "Hiring from each other moves the shortage around: over the region, moves inside the region "
                "add up to zero. The region grows only by joiners from outside minus exits."))
        yield
        if self.view != view:
            return
        self.training_chart.set_efforts(coordination.figures.training_effort, region.trainees_per_100_fte,
                                        publication=publication, fictitious=coordination.fictitious)
        note = self.tr("Up: trains much for its size. Right: hires a large part of the newly qualified. "
                       "Dashed: the region's trainees per 100 fte.")
        if self.training_chart.left_out:
            note += " " + self.tr("%n organisation(s) left out in this view: small numbers.", "",
                                  self.training_chart.left_out)
        self.training_note.setText(note)
        self.plan_section.fill_occupations(codes, names)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        wide = event.size().width() >= CHARTS_SIDE_BY_SIDE
        self.charts_row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
