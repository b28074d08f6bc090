"""The coordination page's shared training plan: the regional intake advice of one occupation split
over the organisations by a rule the steering group picks, capped by their supervisors.

The advice runs the projection, so it is fetched in the background through a :class:`LatestTask`
(an advice for an older round never replaces a newer one) and kept; changing the rule only re-splits
it. Splitting it (a second of work for 300 organisations) and the round's publication for the
steering view (seconds of CPU) are made in the background too; the publication is kept for the round
shown, so another occupation, rule or view is shown without making it again. The table shows all its
rows, the total included, and scrolls with the page.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.allocation import RULES
from hrplanner.domain.disclosure.rules import MARK
from hrplanner.services.coordination import (
    ADVICE_PLACEHOLDER,
    Coordination,
    OccupationPlan,
    Plan,
    RegionalAdvice,
    regional_advice,
    training_plan,
)
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs
from hrplanner.ui.pages.sections import FittedTable, Section
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import LatestTask, whole


#: Plans of at most this many rows get rows as high as their wrapped text; longer ones one line a row.
ROWS_FITTED = 60


class PlanTableModel(QAbstractTableModel):
    """A row is one organisation's part of one occupation's plan; the last row is the total."""

    COLUMNS = ("organisation", "basis", "rule_share", "supervisors", "cap", "places", "today_places",
               "today_intake", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: OccupationPlan | None = None
        self.publication = None  # the round's publication in the steering view (domain.disclosure)
        self._shared: dict[int, dict[str, object]] = {}
        self._plan_hidden = False
        #: The total row's sums, worked out once per plan (a view asks for the row many times).
        self._sums: dict[str, float] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_plan(self, plan: OccupationPlan | None, publication=None) -> None:  # noqa: ANN001
        """Show a plan; with the round's ``publication`` (the steering view) hidden figures are "x"."""
        self.beginResetModel()
        self.plan = plan
        self.publication = publication
        # the shared view of each line, worked out on its first paint (a view asks for every cell and
        # role again on every repaint)
        self._shared: dict[int, dict[str, object]] = {}
        self._plan_hidden = plan is not None and publication is not None and plan.hidden(publication)
        self._sums = None
        self.endResetModel()

    def shared_value(self, row: int, column: int) -> object:
        """The value as the steering view may show it: the plan's own shared view (OccupationPlan.as_dict)."""
        value = self.value(row, column)
        plan, publication, name = self.plan, self.publication, self.COLUMNS[column]
        if publication is None or name == "organisation":
            return value
        if self._plan_hidden:
            return MARK if name != "note" else ""
        if row == len(plan.lines):
            return MARK if name in ("supervisors", "cap") and plan.supervisors_hidden(publication) else value
        shared = self._shared.get(row)
        if shared is None:
            shared = self._shared[row] = plan.lines[row].as_dict(publication, plan.occupation, plan.rule)
        if name == "note":
            return "" if shared["at_cap"] == MARK else value
        return MARK if shared.get(name) == MARK else value

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
            if name == "organisation":
                return self.tr("Total")
            if self._sums is None:
                self._sums = {key: sum(getattr(line, key) for line in plan.lines)
                              for key in ("basis", "supervisors", "cap")}
            totals = {"rule_share": None, "places": plan.planned, "today_places": plan.today_places,
                      "today_intake": plan.today_intake, "note": "", **self._sums}
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
        # the roles a view asks for every cell first, answered without working out the value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if name in ("organisation", "note") else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row == len(self.plan.lines) or name == "places" else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.shared_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if name in ("organisation", "note") or value == MARK:
                return value
            if name == "rule_share":
                return "" if value is None and row == len(self.plan.lines) else fmt.fmt_percent(value, 1)
            if name == "basis":
                return fmt.fmt_number(value, 0 if self.plan.rule == "equal" else 1)
            return fmt.fmt_number(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if name in ("organisation", "note"):  # the tooltip
            return value or None  # whole, where a long one is cut short in a table of many rows
        return None


class PlanSection(Section):
    """Occupation and rule, the advice, the plan table, the shortfall and the competition-law note."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = None
        #: Whether the page shows the steering group's view (then the plan goes through the disclosure layer).
        self.steering = True
        self.coordination: Coordination | None = None
        self.advice: RegionalAdvice | None = None
        self.plan: Plan | None = None
        #: The publication of the round shown (the steering view), and the round it is of.
        self.publication = None
        self.published_round = None
        self.task = LatestTask(self, "coordination advice")
        self.plan_task = LatestTask(self, "coordination plan")
        self.publication_task = LatestTask(self, "coordination plan publication")
        self.plan_box = QGroupBox(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.plan_box)
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
        self.plan_table = FittedTable(self.plan_box)
        self.plan_table.setObjectName("plan_table")
        self.plan_table.setModel(self.plan_model)
        self.plan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_table.setAlternatingRowColors(True)
        self.plan_table.verticalHeader().setVisible(False)
        self.plan_table.verticalHeader().setDefaultSectionSize(24)
        self.plan_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # column widths from the first 60 rows, not all 300 organisations of a large region
        self.plan_table.horizontalHeader().setResizeContentsPrecision(60)
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.plan_table.setWordWrap(True)
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
        self.occupation_combo.currentIndexChanged.connect(lambda _i: self.show_plan())
        self.rule_combo.currentIndexChanged.connect(lambda _i: self.make_plan())


    def retranslate(self) -> None:
        self.plan_box.setTitle(self.tr("Shared training plan"))
        self.occupation_label.setText(self.tr("Occupation:"))
        self.rule_label.setText(self.tr("Split by:"))
        rule_names = {"fte": self.tr("share of fte"), "shortage": self.tr("share of shortage (open fte)"),
                      "equal": self.tr("equal parts")}
        for index in range(self.rule_combo.count()):
            self.rule_combo.setItemText(index, rule_names[self.rule_combo.itemData(index)])
        self.plan_table.setAccessibleName(self.tr("Shared training plan"))

    def set_rule(self, rule: str) -> None:
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(rule))

    def rule(self) -> str:
        return self.rule_combo.currentData() or RULES[0]

    def fill_occupations(self, codes: list[str], names: list[str]) -> None:
        current = self.occupation_combo.currentData()
        self.occupation_combo.blockSignals(True)
        self.occupation_combo.clear()
        for code, name in zip(codes, names):
            self.occupation_combo.addItem(f"{name} ({code})", code)
        index = self.occupation_combo.findData(current)
        self.occupation_combo.setCurrentIndex(index if index >= 0 else 0)
        self.occupation_combo.blockSignals(False)
        self.show_plan()

    def request_advice(self, register, coordination: Coordination | None) -> None:  # noqa: ANN001
        """Fetch the regional intake advice in the background (it runs the projection)."""
        self.register, self.coordination = register, coordination
        self.plan_task.discard()
        self.publication_task.discard()
        self.publication = self.published_round = None
        if register is None or coordination is None:
            self.task.discard()
            self.advice = None
            self.plan = None
            return
        reference = self.coordination.reference_date
        if self.plan is not None and self.plan.reference_date != reference:
            self.plan = None  # another round's plan is not shown (nor fitted) while this one's is made
            self.plan_model.set_plan(None)
        self.advice_label.setText(self.tr("Computing the regional intake advice\u2026"))
        self.task.start(
            lambda _token: regional_advice(register, round_date=reference), on_result=self._advice_ready,
            on_error=lambda exc: self._advice_failed(str(exc)))

    def _advice_ready(self, advice: RegionalAdvice) -> None:
        self.advice = advice
        self.make_plan()

    def _advice_failed(self, error: str) -> None:
        self.advice = None
        self.plan = None
        self.plan_model.set_plan(None)
        self.advice_label.setText(targs(self.tr("The regional intake advice could not be computed: %1"), error))
        self.shortfall_label.setText("")
        self.shortfall_label.setVisible(False)

    def make_plan(self) -> None:
        """Split the advice by the rule chosen, in the background (with the round's publication when the
        steering view needs it and it is not there yet)."""
        register, coordination, advice = self.register, self.coordination, self.advice
        if register is None or coordination is None or advice is None:
            return
        rule, reference = self.rule(), coordination.reference_date
        publish = self._publisher(register, reference) if self.steering and self.published_round != reference else None

        def work(_token):  # noqa: ANN001, ANN202 - a CancelToken; (Plan, Publication | None)
            plan = training_plan(register, rule=rule, advice=advice, round_date=reference)
            return plan, (publish() if publish is not None else None)

        self.advice_label.setText(self.tr("Splitting the advice over the organisations\u2026"))
        self.plan_task.start(work, on_result=self._plan_ready, on_error=lambda exc: self._advice_failed(str(exc)))

    def _publisher(self, register, reference):  # noqa: ANN001, ANN202
        from hrplanner.services.publication import round_publication
        from hrplanner.ui import settings

        rules = settings.disclosure_rules()
        return lambda: round_publication(register, reference, rules)

    def _plan_ready(self, made) -> Iterator[None]:  # noqa: ANN001 - (Plan, Publication | None)
        plan, publication = made
        self.plan = plan
        if publication is not None:
            self.publication, self.published_round = publication, plan.reference_date
        yield from self._plan_in_pieces()  # the table, then its fitting: the window repaints between

    def _published(self, publication) -> None:  # noqa: ANN001 - a Publication
        if self.plan is not None:
            self.publication, self.published_round = publication, self.plan.reference_date
            self.show_plan()

    def _fit_total_row(self) -> None:
        """Columns at least as wide as the total row, the last: Qt fits a column to its first rows (60 of
        hundreds), and a total wider than every line was cut short ("1.…"). Qt's fit is read once and
        the columns then set at once: widening one column in the fitting mode made Qt measure every
        other column again (a fifth of a second at 300 organisations)."""
        header = self.plan_table.horizontalHeader()
        fitting = QHeaderView.ResizeMode.ResizeToContents
        if header.sectionResizeMode(0) != fitting:  # set for an earlier plan's total
            header.setSectionResizeMode(fitting)
        columns = self.plan_model.columnCount() - 1  # the last column stretches
        widths = [header.sectionSize(column) for column in range(columns)]
        last = self.plan_model.rowCount() - 1
        grid = 1 if self.plan_table.showGrid() else 0  # the grid line takes a pixel of the cell, as in Qt's fitting
        needed = [max(width, self.plan_table.sizeHintForIndex(self.plan_model.index(last, column)).width() + grid)
                  for column, width in enumerate(widths)]
        if needed != widths:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(needed):
                header.resizeSection(column, width)

    def occupation_plan(self) -> OccupationPlan | None:
        if self.plan is None:
            return None
        code = self.occupation_combo.currentData()
        for plan in self.plan.occupations:
            if plan.occupation == code:
                return plan
        return None

    def show_plan(self) -> None:
        """Show the plan of the occupation chosen; in the steering view only with the round's
        publication (made in the background first if it is not there: nothing shown until then)."""
        whole(self._plan_in_pieces())

    def _plan_in_pieces(self) -> Iterator[None]:
        """:meth:`show_plan` in two pieces: the table's rows, then its fitting and the texts. The
        second is left out when another plan or view is shown meanwhile (that shows both itself)."""
        plan = self.occupation_plan()
        publication = None
        if plan is not None and self.steering and self.register is not None:
            if self.published_round != self.plan.reference_date:
                self.plan_model.set_plan(None)
                self.shortfall_label.setText("")
                self.advice_label.setText(self.tr("Checking small numbers before the plan is shown\u2026"))
                if not self.publication_task.running:
                    self.publication_task.start(
                        lambda _token, publish=self._publisher(self.register, self.plan.reference_date): publish(),
                        on_result=self._published, on_error=lambda exc: self._advice_failed(str(exc)))
                return
            publication = self.publication
        self.plan_model.set_plan(plan, publication)
        # rows as high as their wrapped text asks; a plan of hundreds of organisations one line a row
        # (measuring every row would hold up the window for a third of a second)
        fitted = self.plan_model.rowCount() <= ROWS_FITTED
        if self.plan_table.wordWrap() != fitted:
            self.plan_table.setWordWrap(fitted)
        if fitted:
            self.plan_table.resizeRowsToContents()
        else:
            # one cell's height is a line's (Qt's sizeHintForRow styles every cell of the row, thousands
            # of calls for a row of a long plan); the reset gave every row the default height
            line = self.plan_table.sizeHintForIndex(self.plan_model.index(0, 0)).height()
            self.plan_table.verticalHeader().setDefaultSectionSize(line)
        yield
        if self.plan_model.plan is not plan or self.plan_model.publication is not publication:
            return
        self._fit_total_row()
        self.plan_table.fit()
        self.shortfall_label.setVisible(plan is not None and plan.shortfall > 0
                                        and not plan.supervisors_hidden(publication))
        if plan is not None and plan.hidden(publication):
            self.advice_label.setText(self.tr("Hidden (x) in the steering group view: small numbers in the "
                                              "region."))
            self.shortfall_label.setText("")
            return
        if plan is None:
            if self.plan is not None:
                self.advice_label.setText(self.tr("No training plan for this occupation: no advice and no "
                                                  "organisation with figures."))
            self.shortfall_label.setText("")
            return
        source = self.tr("from the projection") if plan.advice_source != ADVICE_PLACEHOLDER else self.tr(
            "advice not available: using today's planned intake")
        text = targs(self.tr("Regional intake advice: %1 places a year (%2). Planned: %3; training places now: %4; "
                       "planned intake now: %5."), fmt.fmt_number(plan.advice), source, fmt.fmt_number(plan.planned), fmt.fmt_number(plan.today_places), fmt.fmt_number(plan.today_intake))
        if plan.rule != self.rule():
            text += " " + self.tr("Nobody has a weight under this rule: split by fte instead.")
        self.advice_label.setText(text)
        if plan.shortfall > 0:
            self.shortfall_label.setText(self.tr(
                "Short by %n place(s): the organisations' supervisors cannot take on the whole advice.", "",
                plan.shortfall))
        else:
            self.shortfall_label.setText("")
