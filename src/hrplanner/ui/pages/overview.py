"""The overview page: the region's key figures of the current round against the previous round.

The figures are those of ``hrplanner summary`` (services.summary.summarise): region cards with the
change since the previous round, a table per occupation, the retirement wave (share 55+/60+ per
occupation) and the open vacancies per round. For the demo register a banner and every tooltip say
that the figures are fictitious. Rows built from fewer persons than the small-number threshold are
hidden (domain.suppression), as in any view shared beyond one organisation.

"Largest expected shortages" is filled by the projection feature: it calls
:func:`set_shortage_provider` with a function ``(register, reference_date) -> list[Shortage]``, which
the page runs in the background after each refresh; or anyone calls ``OverviewPage.set_shortages``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain import reference as ref
from hrplanner.domain.figures import KeyFigures
from hrplanner.services.register import Register
from hrplanner.services.summary import Summary, summarise
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.pages.base import Page
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import run_task


@dataclass(frozen=True)
class Column:
    """A key figure shown as a region card (``caption``) and a table column (``header``)."""

    name: str
    caption: str
    header: str
    kind: str  # "count", "fte" or "ratio"
    explanation: str


COLUMNS: tuple[Column, ...] = (
    Column("persons", QT_TRANSLATE_NOOP("OverviewPage", "Persons"),
           QT_TRANSLATE_NOOP("OverviewPage", "Persons"), "count",
           QT_TRANSLATE_NOOP("OverviewPage", "Persons employed on the reference date (headcount)")),
    Column("fte", QT_TRANSLATE_NOOP("OverviewPage", "Fte"),
           QT_TRANSLATE_NOOP("OverviewPage", "Fte"), "fte",
           QT_TRANSLATE_NOOP("OverviewPage", "Filled fte on the reference date")),
    Column("open_positions", QT_TRANSLATE_NOOP("OverviewPage", "Open vacancies"),
           QT_TRANSLATE_NOOP("OverviewPage", "Vacancies"), "count",
           QT_TRANSLATE_NOOP("OverviewPage", "Open positions on the reference date")),
    Column("vacancy_rate", QT_TRANSLATE_NOOP("OverviewPage", "Vacancy rate"),
           QT_TRANSLATE_NOOP("OverviewPage", "Vacancy rate"), "ratio",
           QT_TRANSLATE_NOOP("OverviewPage", "Open fte / (filled fte + open fte)")),
    Column("long_open_share", QT_TRANSLATE_NOOP("OverviewPage", "Open 3+ months"),
           QT_TRANSLATE_NOOP("OverviewPage", "Open 3+ mo."), "ratio",
           QT_TRANSLATE_NOOP("OverviewPage", "Share of the open vacancies open 3 months or longer")),
    Column("turnover", QT_TRANSLATE_NOOP("OverviewPage", "Turnover"),
           QT_TRANSLATE_NOOP("OverviewPage", "Turnover"), "ratio",
           QT_TRANSLATE_NOOP("OverviewPage", "Leavers in the 12 months before the reference date / average persons")),
    Column("circulation_share", QT_TRANSLATE_NOOP("OverviewPage", "Circulation"),
           QT_TRANSLATE_NOOP("OverviewPage", "Circulation"), "ratio",
           QT_TRANSLATE_NOOP("OverviewPage", "Joiners from another organisation in the region / all joiners")),
    Column("share_55_plus", QT_TRANSLATE_NOOP("OverviewPage", "Aged 55+"),
           QT_TRANSLATE_NOOP("OverviewPage", "55+"), "ratio",
           QT_TRANSLATE_NOOP("OverviewPage", "Share of persons aged 55 or older")),
    Column("share_60_plus", QT_TRANSLATE_NOOP("OverviewPage", "Aged 60+"),
           QT_TRANSLATE_NOOP("OverviewPage", "60+"), "ratio",
           QT_TRANSLATE_NOOP("OverviewPage", "Share of persons aged 60 or older")),
)

#: Region cards per row: all in one row when the page is wide enough, else two rows.
CARDS_WIDE, CARDS_NARROW, CARD_MIN_WIDTH = len(COLUMNS), 5, 118


def column_text(text: str) -> str:
    """A column's header or explanation (marked with QT_TRANSLATE_NOOP above) in the UI language."""
    return QCoreApplication.translate("OverviewPage", text)


def format_figure(kind: str, value: float | None) -> str:
    if kind == "ratio":
        return fmt.fmt_percent(value, 1)
    return fmt.fmt_number(value, 1 if kind == "fte" else 0)


def format_change(kind: str, now: float | None, before: float | None) -> str:
    """The change since the previous round with an arrow: "▲ +12", "▼ -0,4 pp"."""
    if now is None or before is None:
        return ""
    delta = now - before
    if kind == "ratio":
        return f"{fmt.arrow(delta, 3)} {fmt.fmt_points(delta, 1)}"
    decimals = 1 if kind == "fte" else 0
    return f"{fmt.arrow(delta, decimals)} {fmt.fmt_signed(delta, decimals)}"


def fictitious_note() -> str:
    return QCoreApplication.translate("OverviewPage", "Fictitious figures (demo region)")


# --- the shortage slot (filled by the projection feature) -------------------------------------------


@dataclass(frozen=True)
class Shortage:
    """An occupation's expected shortage in a year: demand minus supply in fte (positive = short)."""

    occupation: str  # occupation code
    year: int
    shortage_fte: float
    share: float | None = None  # shortage / demand


ShortageProvider = Callable[[Register, date], list[Shortage]]
_shortage_provider: ShortageProvider | None = None


class _ProviderNews(QObject):
    """Tells overview pages that are already built that the shortage provider changed."""

    changed = Signal()


_provider_news = _ProviderNews()


def shortage_provider() -> ShortageProvider | None:
    return _shortage_provider


def set_shortage_provider(provider: ShortageProvider | None) -> None:
    """Let the overview show the largest expected shortages; ``provider`` runs in the background
    (it must not touch widgets) and returns them largest first. Pages already showing refresh."""
    global _shortage_provider
    _shortage_provider = provider
    _provider_news.changed.emit()


# --- the table -----------------------------------------------------------------------------------------


def hidden_marks(persons: list[int], threshold: int) -> list[str]:
    """Per occupation and for the total: "" when shown, else the mark that replaces the figures
    (domain.suppression's rule, primary and secondary). The suppression module (and numpy with it)
    is only loaded when some occupation has fewer persons than the threshold."""
    if not any(0 < p < threshold for p in persons):
        return [""] * (len(persons) + 1)
    from hrplanner.domain import suppression

    table = suppression.suppress([[p] for p in persons], threshold)
    return [table.text(i, 0, "") for i in range(len(persons) + 1)]



class SummaryTableModel(QAbstractTableModel):
    """A row is one occupation's key figures in the round; the last row is the whole region."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: Summary | None = None
        self.rows: list[KeyFigures] = []
        self.previous: list[KeyFigures | None] = []
        self.names: list[str] = []
        self.hidden: list[str] = []  # "" or the mark that replaces the row's figures
        self.language = "nl"

    def set_summary(self, summary: Summary | None, language: str, threshold: int) -> None:
        self.beginResetModel()
        self.summary = summary
        self.language = language
        if summary is None:
            self.rows, self.previous, self.names, self.hidden = [], [], [], []
        else:
            self.rows = [*summary.occupations, summary.total]
            self.previous = [summary.previous_occupations.get(f.key) for f in summary.occupations]
            self.previous.append(summary.previous_total)
            names = summary.occupation_names
            self.names = [ref.occupation_name(language, f.key, names.get(f.key)) for f in summary.occupations]
            self.names.append(self.tr("Region (all occupations)"))
            self.hidden = hidden_marks([f.persons for f in summary.occupations], threshold)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Occupation") if section == 0 else column_text(COLUMNS[section - 1].header)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            column = COLUMNS[section - 1]
            return f"{column_text(column.caption)}: {column_text(column.explanation)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def value(self, row: int, column: int) -> float | None:
        return getattr(self.rows[row], COLUMNS[column - 1].name)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        figures = self.rows[row]
        if role == self.ROW_ROLE:
            return figures
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.names[row]
            if self.hidden[row]:
                return self.hidden[row]
            return format_figure(COLUMNS[column - 1].kind, self.value(row, column))
        if role == self.VALUE_ROLE:
            return None if column == 0 or self.hidden[row] else self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == len(self.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: int, column: int) -> str:
        lines = []
        if column == 0:
            lines.append(f"{self.names[row]} ({self.rows[row].key})" if row < len(self.rows) - 1 else self.names[row])
        elif self.hidden[row]:
            lines.append(self.tr("Hidden: built from fewer persons than the small-number threshold"))
        else:
            col = COLUMNS[column - 1]
            lines.append(f"{column_text(col.caption)}: {format_figure(col.kind, self.value(row, column))}")
            lines.append(column_text(col.explanation))
            before = self.previous[row]
            if before is not None and self.summary is not None:
                old = getattr(before, col.name)
                lines.append(self.tr("Previous round (%1): %2 (%3)")
                             .replace("%1", fmt.fmt_date(self.summary.previous_date))
                             .replace("%2", format_figure(col.kind, old))
                             .replace("%3", format_change(col.kind, self.value(row, column), old).strip()))
        if self.summary is not None and self.summary.fictitious:
            lines.append(fictitious_note())
        return "\n".join(lines)


# --- the region cards ------------------------------------------------------------------------------


class FigureCard(QFrame):
    """One key figure of the region: caption, value and the change since the previous round."""

    def __init__(self, column: Column, parent: QWidget | None = None):
        super().__init__(parent)
        self.column = column
        set_role(self, "card")
        self.setObjectName(f"card_{column.name}")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.caption = QLabel(self)
        set_role(self.caption, "caption")
        self.value = QLabel(self)
        set_role(self.value, "figure")
        self.change = QLabel(self)
        set_role(self.change, "change")
        for label in (self.caption, self.value, self.change):
            layout.addWidget(label)

    def set_figures(self, now: float | None, before: float | None, before_date: date | None,
                    fictitious: bool) -> None:
        caption = column_text(self.column.caption)
        value = format_figure(self.column.kind, now)
        change = format_change(self.column.kind, now, before)
        self.caption.setText(caption)
        self.value.setText(value)
        self.change.setText(change or " ")
        tip = [f"{caption}: {value}", column_text(self.column.explanation)]
        if before_date is not None and before is not None:
            tip.append(self.tr("Previous round (%1): %2").replace("%1", fmt.fmt_date(before_date))
                       .replace("%2", format_figure(self.column.kind, before)))
        if fictitious:
            tip.append(fictitious_note())
        self.setToolTip("\n".join(tip))
        self.setAccessibleName(caption)
        self.setAccessibleDescription(f"{value} {change}".strip())


# --- the page -----------------------------------------------------------------------------------------


class OverviewPage(Page):
    """Key figures of the current round, per occupation and for the region, with charts."""

    page_id = "overview"
    order = 0

    #: The page was painted for the first time, with its figures if a register is open (the app
    #: then builds the other pages).
    figures_painted = Signal()
    #: The charts were drawn (after the first paint they follow the figures).
    charts_drawn = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.summary: Summary | None = None
        self._charts_built = False
        self._painted = False
        self._charts_pending = False
        self._shortage_task = None
        self._figures_request = 0
        content, layout = self.scrolling_content()

        self.banner = QLabel(content)
        self.banner.setObjectName("fictitious_banner")
        set_role(self.banner, "banner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.heading = QLabel(content)
        set_role(self.heading, "heading")
        self.heading.installEventFilter(self)
        layout.addWidget(self.heading)
        self.subheading = QLabel(content)
        set_role(self.subheading, "muted")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.subheading)

        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(8)
        self.cards = [FigureCard(column, content) for column in COLUMNS]
        self._cards_per_row = 0
        self._place_cards(CARDS_WIDE)
        layout.addLayout(self.cards_grid)

        self.table_heading = QLabel(content)
        set_role(self.table_heading, "subheading")
        layout.addWidget(self.table_heading)
        self.model = SummaryTableModel(self)
        self.table = QTableView(content)
        self.table.setObjectName("overview_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(56)
        layout.addWidget(self.table)

        self.charts_row = QHBoxLayout()
        self.charts_row.setSpacing(10)
        self.retirement_box = QGroupBox(content)
        self.trend_box = QGroupBox(content)
        self.shortage_box = QGroupBox(content)
        self.shortage_box.setObjectName("shortage_slot")
        for box, stretch in ((self.retirement_box, 5), (self.trend_box, 3), (self.shortage_box, 3)):
            QVBoxLayout(box).setContentsMargins(8, 14, 8, 8)
            box.setMinimumHeight(230)
            self.charts_row.addWidget(box, stretch)
        self.shortage_label = QLabel(self.shortage_box)
        self.shortage_label.setWordWrap(True)
        self.shortage_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.shortage_label.setTextFormat(Qt.TextFormat.RichText)
        self.shortage_box.layout().addWidget(self.shortage_label)
        self._shortages: list[Shortage] | None = None
        layout.addLayout(self.charts_row)

        self.empty = QLabel(content)
        self.empty.setWordWrap(True)
        self.empty.installEventFilter(self)
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        layout.addStretch(1)

        context.data_changed.connect(self.request_refresh)
        context.round_changed.connect(self.request_refresh)
        context.settings_changed.connect(self._settings_changed)
        _provider_news.changed.connect(self._provider_changed)
        self.retranslate_labels()

    def title(self) -> str:
        return self.tr("Overview")

    def _provider_changed(self) -> None:
        if not self.isVisible():
            self._stale = self.summary is not None  # asks again when shown
        elif self.summary is not None and self.context.register is not None:
            self._request_shortages(self.context.register, self.summary.reference_date)

    def _settings_changed(self, key: str) -> None:
        if key == settings.SMALL_NUMBER_THRESHOLD.key:
            self.request_refresh()

    def retranslate_labels(self) -> None:
        self.banner.setText(self.tr("Fictitious figures (demo region): the organisations and numbers of "
                                    "this register are made up for demonstration."))
        self.table_heading.setText(self.tr("Key figures per occupation"))
        self.table.setAccessibleName(self.tr("Key figures per occupation"))
        self.retirement_box.setTitle(self.tr("Retirement wave: share aged 55+ and 60+"))
        self.trend_box.setTitle(self.tr("Open vacancies per round"))
        self.shortage_box.setTitle(self.tr("Largest expected shortages"))

    def retranslate(self) -> None:
        self.retranslate_labels()
        self.request_refresh()

    # --- refreshing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures of the current round and show them. The first view is read at once, so the
        window's first paint has its figures; later ones (another round, changed figures) are read by
        the background helper and shown when they are there (a register of 300 organisations takes
        longer than a GUI-thread moment). Only the newest request is shown."""
        register = self.context.register
        self._figures_request += 1
        if register is None or not register.rounds():
            self._show(None)
            return
        reference = self.context.current_round
        if not self._painted:
            self._show(summarise(register, reference))
            return
        request = self._figures_request
        self.subheading.setText(self.tr("Reading the figures…"))

        def shown(summary: Summary) -> None:
            if request == self._figures_request and self.context.register is register:
                self._show(summary)

        run_task(lambda _token: summarise(register, reference), parent=self, name="overview figures",
                 on_result=shown)

    def _show(self, summary: Summary | None) -> None:
        register = self.context.register
        self.summary = summary
        threshold = settings.get(settings.SMALL_NUMBER_THRESHOLD)
        self.model.set_summary(summary, self.context.language, threshold)
        self._fit_table()
        has_figures = summary is not None
        for widget in (self.heading, self.subheading, self.table_heading, self.table,
                       self.retirement_box, self.trend_box, self.shortage_box, *self.cards):
            widget.setVisible(has_figures)
        self.banner.setVisible(bool(register is not None and register.fictitious))
        if not has_figures:
            self.empty.setText(self.tr("No register is open.") if register is None else self.tr(
                "This register has no rounds yet. Add a round and its figures, or import the "
                "collection templates of the organisations."))
            self.empty.setVisible(True)
            return
        self.empty.setVisible(False)
        self.heading.setText(summary.region)
        if summary.previous_date is not None:
            sub = self.tr("Reference date %1, compared with %2") \
                .replace("%1", fmt.fmt_date_long(summary.reference_date)) \
                .replace("%2", fmt.fmt_date_long(summary.previous_date))
        else:
            sub = self.tr("Reference date %1 (no previous round to compare with)") \
                .replace("%1", fmt.fmt_date_long(summary.reference_date))
        if summary.fictitious:
            sub += " \u2014 " + fictitious_note()
        self.subheading.setText(sub)
        total_hidden = bool(self.model.hidden[-1])
        for card in self.cards:
            now = None if total_hidden else getattr(summary.total, card.column.name)
            before = getattr(summary.previous_total, card.column.name) if summary.previous_total else None
            card.set_figures(now, before, summary.previous_date, summary.fictitious)
        if self._painted:
            self._draw_charts(register, summary)
        else:
            # The first time, the figures are painted before the charts (pyqtgraph takes a moment
            # to load): the charts follow right after.
            self._charts_pending = True
        self._request_shortages(register, summary.reference_date)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The first paint of the page (its heading with the figures, or the note that there are
        none) lets the charts and the rest of the app follow."""
        if watched in (self.heading, self.empty) and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.heading.removeEventFilter(self)
            self.empty.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        self.figures_painted.emit()
        self._draw_pending_charts()

    def _draw_pending_charts(self) -> None:
        if self._charts_pending and self.summary is not None and self.context.register is not None:
            self._charts_pending = False
            self._draw_charts(self.context.register, self.summary)

    def _place_cards(self, per_row: int) -> None:
        if per_row == self._cards_per_row:
            return
        self._cards_per_row = per_row
        for card in self.cards:
            self.cards_grid.removeWidget(card)
        for number, card in enumerate(self.cards):
            self.cards_grid.addWidget(card, number // per_row, number % per_row)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        room = event.size().width() - 48 - 20  # page margins and a vertical scroll bar
        self._place_cards(CARDS_WIDE if room >= CARDS_WIDE * (CARD_MIN_WIDTH + 8) else CARDS_NARROW)

    def _fit_table(self) -> None:
        rows = self.model.rowCount()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth() + 2)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # --- charts -----------------------------------------------------------------------------------

    def _draw_charts(self, register: Register, summary: Summary) -> None:
        from hrplanner.ui.charts import palette
        from hrplanner.ui.charts.bars import BarChart, Series

        if not self._charts_built:
            self.retirement_chart = BarChart(self.retirement_box, percent=True, decimals=0)
            self.retirement_chart.setObjectName("retirement_chart")
            self.retirement_box.layout().addWidget(self.retirement_chart)
            self.trend_chart = BarChart(self.trend_box, decimals=0)
            self.trend_chart.setObjectName("vacancy_trend_chart")
            self.trend_box.layout().addWidget(self.trend_chart)
            self._charts_built = True
        shown = [i for i, mark in enumerate(self.model.hidden[:-1]) if not mark]
        occupations = [summary.occupations[i] for i in shown]
        names = [self.model.names[i] for i in shown]
        self.retirement_chart.set_data(
            [f.key for f in occupations],
            [Series(self.tr("55+"), [f.share_55_plus for f in occupations], palette.AGE_55_PLUS),
             Series(self.tr("60+"), [f.share_60_plus for f in occupations], palette.AGE_60_PLUS)],
            tooltips=names)
        rounds, open_positions = self._vacancy_trend(register, summary)
        self.trend_chart.set_data([fmt.fmt_date(d) for d in rounds],
                                  [Series(self.tr("Open vacancies"), open_positions, palette.CURRENT)])
        note = f"\n{fictitious_note()}" if summary.fictitious else ""
        self.retirement_chart.setToolTip(self.retirement_chart.toolTip() + note)
        self.trend_chart.setToolTip(self.trend_chart.toolTip() + note)
        self.charts_drawn.emit()

    @staticmethod
    def _vacancy_trend(register: Register, summary: Summary) -> tuple[list[date], list[int]]:
        """Open vacancies in every round up to the current one (one query over all rounds)."""
        totals = register.open_positions_by_round()
        dates = [day for day in totals if day <= summary.reference_date]
        return dates, [totals[day] for day in dates]

    # --- shortages -------------------------------------------------------------------------------

    def _request_shortages(self, register: Register, reference: date) -> None:
        if _shortage_provider is None:
            self.set_shortages(None)
            return
        if self._shortage_task is not None and not self._shortage_task.is_done:
            self._shortage_task.cancel()
        provider = _shortage_provider
        self.shortage_label.setText(self.tr("Computing the projection…"))
        self._shortage_task = run_task(lambda _token: provider(register, reference), parent=self,
                                       name="overview shortages", on_result=self.set_shortages,
                                       on_error=lambda exc: self.set_shortages(None, str(exc)))

    def set_shortages(self, shortages: list[Shortage] | None, error: str = "") -> None:
        """Show the largest expected shortages (largest first; at most five are shown)."""
        self._shortages = shortages
        if error:
            self.shortage_label.setText(self.tr("The projection could not be computed: %1").replace("%1", error))
            return
        if not shortages:
            self.shortage_label.setText(self.tr(
                "The largest expected shortages per occupation appear here once the projection is "
                "available.") if shortages is None else self.tr("No shortages expected."))
            return
        names = self.summary.occupation_names if self.summary else {}
        unit = self.tr("fte")
        rows = "".join(
            f"<tr><td>{ref.occupation_name(self.context.language, s.occupation, names.get(s.occupation))}</td>"
            f"<td align='right' style='white-space:nowrap'>&nbsp;{s.year}</td>"
            f"<td align='right' style='white-space:nowrap'>&nbsp;{fmt.fmt_number(s.shortage_fte, 1)}&nbsp;{unit}</td>"
            "</tr>"
            for s in shortages[:5])
        note = f"<p><i>{fictitious_note()}</i></p>" if self.summary and self.summary.fictitious else ""
        self.shortage_label.setText(f"<table width='100%'>{rows}</table>{note}")
