"""The overview's key figures: what a figure is (``COLUMNS``), how it reads, the table of every
occupation (a row per occupation, the region last) and the region cards that wrap to the page width.

The figures are those of ``hrplanner summary`` (services.summary.summarise). Rows built from fewer
persons than the small-number threshold are hidden (the round's publication, domain.disclosure, with
its one mark x; a share 55+/60+ also where its count is), as in any view shared
beyond one organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hrplanner.domain import reference as ref
from hrplanner.domain.figures import KeyFigures
from hrplanner.domain.disclosure.rules import MARK
from hrplanner.services.summary import Summary
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs
from hrplanner.ui.pages.sections import Section
from hrplanner.ui.theme import set_role

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

#: The narrowest a region card gets before the cards wrap to another row.
CARD_MIN_WIDTH = 118



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


#: What a figure shows while the round's publication is being made (it may yet be hidden).
PENDING = "\u2026"


# --- the table -----------------------------------------------------------------------------------------


def hidden_marks(publication, codes: list[str]) -> list[str]:  # noqa: ANN001 - domain.disclosure.Publication
    """Per occupation and for the total: "" when shown, else the mark that replaces the row's figures:
    the round's publication (domain.disclosure), the same one every shared output uses."""
    if publication is None:
        return [""] * (len(codes) + 1)
    return [MARK if publication.occupation_hidden(code) else "" for code in [*codes, None]]


#: The roles the table asks for most, as the whole numbers the view passes (data() is called for every
#: cell and role at each paint and column fit: an enum member looked up each time costs more).
_DISPLAY, _ALIGNMENT, _FONT, _TOOLTIP = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole))
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SummaryTableModel(QAbstractTableModel):
    """A row is one occupation's key figures in the round; the last row is the whole region. The cells'
    texts are worked out once per summary (:meth:`set_summary`)."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: Summary | None = None
        self.rows: list[KeyFigures] = []
        self.previous: list[KeyFigures | None] = []
        self.names: list[str] = []
        self.hidden: list[str] = []  # "" or the mark that replaces the row's figures
        self.publication = None  # the round's publication (domain.disclosure), or None
        #: "" when the figures are shown (as the publication lets them), else what every figure shows
        #: instead: PENDING while the publication is made, the mark x when none could be made.
        self.pending = ""
        self.previous_publication = None  # the previous round's (the tooltips' previous values)
        #: The previous round's publication is still being read: the tooltips' previous values pending.
        self.changes_pending = False
        self.language = "nl"
        self._texts: list[list[str]] = []  # per row, per column: what the cell shows
        self._bold = QFont()
        self._bold.setBold(True)

    def set_summary(self, summary: Summary | None, language: str, publication=None,  # noqa: ANN001
                    pending: str = "") -> None:
        self.beginResetModel()
        self.pending = pending
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
            self.hidden = hidden_marks(publication, [f.key for f in summary.occupations])
        self.publication = publication
        self._texts = [[self._text(row, column) for column in range(len(COLUMNS) + 1)]
                       for row in range(len(self.rows))]
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

    def _text(self, row: int, column: int) -> str:
        if column == 0:
            return self.names[row]
        if self.pending:
            return self.pending
        if self.cell_hidden(row, column):
            return MARK
        return format_figure(COLUMNS[column - 1].kind, self.value(row, column))

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._texts[row][column]
        if role == _ALIGNMENT:
            return _LEFT if column == 0 else _RIGHT
        if role == _FONT:
            return self._bold if row == len(self.rows) - 1 else None
        if role == self.ROW_ROLE:
            return self.rows[row]
        if role == self.VALUE_ROLE:
            hidden = column == 0 or self.pending or self.cell_hidden(row, column)
            return None if hidden else self.value(row, column)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        return None

    def cell_hidden(self, row: int, column: int) -> bool:
        """Whether a figure of the table is hidden: its occupation's row, or (a share 55+/60+) its count."""
        if column == 0:
            return False
        if self.hidden[row]:
            return True
        if self.publication is None:
            return False
        code = None if row == len(self.rows) - 1 else self.rows[row].key
        return self.publication.figure_hidden(COLUMNS[column - 1].name, None, code)

    def _tooltip(self, row: int, column: int) -> str:
        lines = []
        if column == 0:
            lines.append(f"{self.names[row]} ({self.rows[row].key})" if row < len(self.rows) - 1 else self.names[row])
        elif self.pending == PENDING:
            lines.append(self.tr("Checking small numbers before the figure is shown…"))
        elif self.pending or self.cell_hidden(row, column):
            lines.append(self.tr("Hidden (x): small numbers, or a figure from which a hidden one could be "
                                 "worked out"))
        else:
            col = COLUMNS[column - 1]
            lines.append(f"{column_text(col.caption)}: {format_figure(col.kind, self.value(row, column))}")
            lines.append(column_text(col.explanation))
            before = self.previous[row]
            if before is not None and self.summary is not None and self.changes_pending:
                lines.append(targs(self.tr("Previous round (%1): %2 (%3)"), fmt.fmt_date(self.summary.previous_date),
                                   PENDING, PENDING))
            elif before is not None and self.summary is not None:
                from hrplanner.services.publication import shown_change

                code = None if row == len(self.rows) - 1 else self.rows[row].key
                _, old = shown_change(col.name, None, getattr(before, col.name), self.publication,
                                      self.previous_publication, code)
                if old is None and self.publication is not None:  # hidden in the previous round's publication
                    lines.append(targs(self.tr("Previous round (%1): %2 (%3)"), fmt.fmt_date(self.summary.previous_date), MARK, MARK))
                else:
                    lines.append(targs(self.tr("Previous round (%1): %2 (%3)"), fmt.fmt_date(self.summary.previous_date), format_figure(col.kind, old), format_change(col.kind, self.value(row, column), old).strip()))
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
            tip.append(targs(self.tr("Previous round (%1): %2"), fmt.fmt_date(before_date), format_figure(self.column.kind, before)))
        if fictitious:
            tip.append(fictitious_note())
        self.setToolTip("\n".join(tip))
        self.setAccessibleName(caption)
        self.setAccessibleDescription(f"{value} {change}".strip())



class FigureCards(Section):
    """The region's key figures as cards: all in one row when the page is wide enough, else wrapped
    into as many rows as needed (never narrower than ``CARD_MIN_WIDTH``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.cards = [FigureCard(column, self) for column in COLUMNS]
        self.per_row = 0
        self._place(len(self.cards))

    def _place(self, per_row: int) -> None:
        per_row = max(1, min(per_row, len(self.cards)))
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for card in self.cards:
            self.grid.removeWidget(card)
        for column in range(len(self.cards)):
            self.grid.setColumnStretch(column, 1 if column < per_row else 0)
        for number, card in enumerate(self.cards):
            self.grid.addWidget(card, number // per_row, number % per_row)

    def fit_width(self, width: int) -> None:
        """Wrap the cards for a page ``width`` pixels wide (the page calls this when it resizes)."""
        spacing = self.grid.spacing()
        fits = max(1, (width + spacing) // (CARD_MIN_WIDTH + spacing))
        rows = -(-len(self.cards) // fits)
        self._place(-(-len(self.cards) // rows))  # as even as the rows can be

    def show_pending(self, summary: Summary, text: str) -> None:
        """Every card shows ``text`` (PENDING while the publication is made) instead of its figure."""
        for card in self.cards:
            card.set_figures(None, None, None, summary.fictitious)
            card.value.setText(text)
            card.setToolTip(f"{column_text(card.column.caption)}: {text}")
            card.setAccessibleDescription(text)

    def show_summary(self, summary: Summary, publication=None, previous=None, *,  # noqa: ANN001
                     changes_pending: bool = False) -> None:
        """The region's figures; with this round's ``publication`` and the previous round's (the shared
        view) a hidden figure and a change that involves one show the mark x. ``changes_pending``: the
        previous round's publication is still being read, so a change shows PENDING meanwhile."""
        from hrplanner.services.publication import shown_change

        for card in self.cards:
            name = card.column.name
            full_before = getattr(summary.previous_total, name) if summary.previous_total else None
            now, before = shown_change(name, getattr(summary.total, name), full_before, publication, previous)
            card.set_figures(now, before, summary.previous_date, summary.fictitious)
            if publication is not None and now is None:
                card.value.setText(MARK)
            if publication is not None and full_before is not None and (now is None or before is None):
                card.change.setText(PENDING if changes_pending and now is not None else MARK)
