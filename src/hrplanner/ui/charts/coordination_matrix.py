"""The tension matrix of the coordination page: organisations x occupations, each cell coloured by
tension (domain.coordination: the vacancy rate with vacancies open 3+ months counted twice).

A row of the model is one organisation; a column one occupation. The colour comes from a five-step
sequential scale of one hue (ColorBrewer "Oranges"), which stays readable with the common forms of
colour blindness and in grey print; the cell also writes its value, and its tooltip the figures
behind it. In the steering view the round's publication by the disclosure layer decides (the one the
meeting workbook shows, :func:`hrplanner.services.publication.round_publication`): a cell whose persons it
hides shows only the mark x in grey, and its tooltip none of its figures; the share 55+ of a cell (not
published per cell) and the change since the previous round are left out of the steering view.

A region of 300 organisations does not read as 300 coloured rows, so the matrix can also show one row
per kind of organisation or per municipality (the organisations' figures added up, which also hides
fewer cells), sort its rows by name or by tension (highest first), and filter them by name or place
(:class:`MatrixControls`). In the steering view a group's cell is shown only when the cell of every
organisation in it is shown by the publication (it then adds nothing an attacker could not add up
himself); a filter only picks rows, and the order by tension counts only the shown cells, so neither
reveals a hidden cell. Above ``GROUP_ABOVE`` organisations the matrix opens grouped by municipality.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hrplanner.domain import reference as ref
from hrplanner.domain.disclosure.rules import MARK
from hrplanner.domain.coordination import TENSION_BANDS, GroupFigures, combine, pairs_by_group, tension
from hrplanner.services.coordination import Coordination
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs

#: ColorBrewer "Oranges", 5 classes, light to dark, one per tension level.
TENSION_COLOURS: tuple[str, ...] = ("#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603")
#: Text on the two darkest steps is white.
DARK_LEVELS = (3, 4)
HIDDEN_COLOUR = "#e9ecef"
HIDDEN_TEXT = "#5b6470"

#: Rows of the matrix: one per organisation, per kind of organisation, or per municipality.
BY_ORGANISATION, BY_KIND, BY_MUNICIPALITY = "organisation", "kind", "municipality"
GROUPINGS: tuple[str, ...] = (BY_ORGANISATION, BY_KIND, BY_MUNICIPALITY)
#: Row order: by name, or by the row's tension over all its occupations (highest first).
SORT_NAME, SORT_TENSION = "name", "tension"
#: A region with more organisations than this opens grouped by municipality.
GROUP_ABOVE = 30

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 2
FIGURES_ROLE = Qt.ItemDataRole.UserRole + 3


def level_colour(level: int) -> QColor:
    return QColor(TENSION_COLOURS[max(0, min(level, len(TENSION_COLOURS) - 1))])


class TensionMatrixModel(QAbstractTableModel):
    """A row is one organisation, a column one occupation; a cell that organisation's figures in it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.coordination: Coordination | None = None
        #: The rows shown, in order: organisation names, or kinds / municipalities when grouped.
        self.organisations: list[str] = []
        self.occupations: list[str] = []
        self.language = "nl"
        self.steering = True
        #: The round's publication (the steering view's hidden cells); None with the full view.
        self.publication = None
        self.threshold = 5
        #: Per row of ``all_rows`` and column: whether the steering view hides the cell.
        self.hidden: list[list[bool]] = []
        self.grouping = BY_ORGANISATION
        self.sort = SORT_NAME
        self.filter_text = ""
        #: Every row of the grouping before filtering (the rows suppression was worked out on).
        self.all_rows: list[str] = []
        self._chosen = False  # the user picked a grouping: keep it for the next figures
        self._pairs: dict[tuple[str, str], GroupFigures] = {}
        self._row_tension: dict[str, float | None] = {}
        self._members: dict[str, int] = {}
        self._full_row: list[int] = []

    def set_figures(self, coordination: Coordination | None, *, publication, language: str) -> None:  # noqa: ANN001
        """Show ``coordination``; ``publication`` (the round's, hrplanner.domain.disclosure.Publication)
        gives the steering view, None the coordinator's full view."""
        self.coordination = coordination
        self.steering = publication is not None
        self.publication = publication
        if publication is not None:
            self.threshold = publication.rules.threshold
        self.language = language
        if coordination is not None and not self._chosen:
            many = len(coordination.organisations()) > GROUP_ABOVE
            self.grouping = BY_MUNICIPALITY if many else BY_ORGANISATION
            self.sort = SORT_TENSION if many else SORT_NAME
        self._rebuild()

    def set_view(self, *, grouping: str | None = None, sort: str | None = None,
                 filter_text: str | None = None) -> None:
        """Change the rows: their grouping (GROUPINGS), order (SORT_NAME, SORT_TENSION) or filter text."""
        if grouping is not None:
            if grouping not in GROUPINGS:
                raise ValueError(f"unknown grouping {grouping!r}")
            self.grouping = grouping
            self._chosen = True
        if sort is not None:
            if sort not in (SORT_NAME, SORT_TENSION):
                raise ValueError(f"unknown sort {sort!r}")
            self.sort = sort
        if filter_text is not None:
            self.filter_text = filter_text.strip()
        self._rebuild()

    def _groups(self) -> dict[str, str]:
        assert self.coordination is not None
        if self.grouping == BY_KIND:
            return {o: ref.label(kind, self.language) for o, kind in self.coordination.organisation_kinds.items()}
        return dict(self.coordination.organisation_municipalities)

    def _rebuild(self) -> None:
        self.beginResetModel()
        coordination = self.coordination
        if coordination is None:
            self.organisations, self.occupations, self.all_rows, self.hidden = [], [], [], []
            self._pairs, self._row_tension, self._members, self._full_row = {}, {}, {}, []
            self.endResetModel()
            return
        self.occupations = coordination.occupations()
        figures = coordination.figures
        organisations = coordination.organisations()
        group_of: dict[str, str] = {}
        if self.grouping == BY_ORGANISATION:
            self._pairs = figures.by_pair
            self.all_rows = organisations
            self._row_tension = {o: figures.by_organisation[o].tension for o in organisations}
            self._members = {}
        else:
            group_of = self._groups()
            self._pairs = pairs_by_group(figures, group_of)
            self.all_rows = sorted({group_of[o] for o in organisations if o in group_of})
            self._members = {row: 0 for row in self.all_rows}
            totals: dict[str, list] = {row: [] for row in self.all_rows}
            for organisation in organisations:
                if organisation in group_of:
                    self._members[group_of[organisation]] += 1
                    totals[group_of[organisation]].append(figures.by_organisation[organisation].current)
            self._row_tension = {row: tension(combine(parts, row)) for row, parts in totals.items()}
        self.hidden = self._hidden_cells(organisations, group_of)
        needle = self.filter_text.casefold()
        index = {row: i for i, row in enumerate(self.all_rows)}
        rows = [row for row in self.all_rows if not needle or needle in self._searchable(row)]
        if self.sort == SORT_TENSION:
            order = {row: self._sort_tension(index[row], row) for row in rows}
            rows.sort(key=lambda row: (order[row] is None, -(order[row] or 0.0), row))
        self.organisations = rows
        self._full_row = [index[row] for row in rows]
        self.endResetModel()

    def _hidden_cells(self, organisations: list[str], group_of: dict[str, str]) -> list[list[bool]]:
        """Per row and column, whether the steering view hides the cell (see the module docstring)."""
        publication = self.publication
        if publication is None:
            return [[False] * len(self.occupations) for _ in self.all_rows]
        if self.grouping == BY_ORGANISATION:
            return [[publication.persons_hidden(row, occ) for occ in self.occupations] for row in self.all_rows]
        members: dict[str, list[str]] = {row: [] for row in self.all_rows}
        for organisation in organisations:
            if organisation in group_of:
                members[group_of[organisation]].append(organisation)
        return [[any(publication.persons_hidden(o, occ) for o in members[row]) for occ in self.occupations]
                for row in self.all_rows]

    def _sort_tension(self, full_row: int, row: str) -> float | None:
        """The tension a row is sorted by. In the steering view only its shown cells count (a row whose
        cells are all hidden sorts last), so the order never tells what the hidden cells hold."""
        if not self.steering:
            return self._row_tension.get(row)
        shown = [self._pairs[(row, occ)].current for column, occ in enumerate(self.occupations)
                 if (row, occ) in self._pairs and not self.hidden[full_row][column]]
        return tension(combine(shown, row)) if shown else None

    def _searchable(self, row: str) -> str:
        """What the filter looks in: the row's name, and for an organisation its place and kind."""
        text = row
        if self.grouping == BY_ORGANISATION and self.coordination is not None:
            text += " " + self.coordination.organisation_municipalities.get(row, "")
            text += " " + ref.label(self.coordination.organisation_kinds.get(row, ""), self.language)
        return text.casefold()

    def row_label(self, row: int) -> str:
        """The row's header: an organisation's name, or a group's name with its number of organisations."""
        name = self.organisations[row]
        if self.grouping == BY_ORGANISATION:
            return name
        return f"{name} ({self._members.get(name, 0)})"

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.organisations)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.occupations)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.occupations):
            code = self.occupations[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role == Qt.ItemDataRole.ToolTipRole and self.coordination is not None:
                return self.coordination.occupation_name(code, self.language)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.organisations):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.row_label(section)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def figures(self, row: int, column: int) -> GroupFigures | None:
        if self.coordination is None:
            return None
        return self._pairs.get((self.organisations[row], self.occupations[column]))

    def hidden_mark(self, row: int, column: int) -> str:
        """The mark that replaces the cell in the steering view, or ""."""
        if not self.steering or not self.hidden:
            return ""
        return MARK if self.hidden[self._full_row[row]][column] else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        figures = self.figures(row, column)
        mark = self.hidden_mark(row, column)
        if role == HIDDEN_ROLE:
            return mark
        if role == FIGURES_ROLE:
            return None if mark else figures
        if figures is None or figures.current.persons == 0 and figures.current.open_fte == 0:
            if role == Qt.ItemDataRole.ToolTipRole:
                return targs(self.tr("%1 has no staff in %2"), self.row_label(row), self._occupation(column))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return mark or fmt.fmt_percent(figures.tension, 1)
        if role == LEVEL_ROLE:
            return None if mark else figures.tension_level
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, figures, mark)
        return None

    def _occupation(self, column: int) -> str:
        code = self.occupations[column]
        return self.coordination.occupation_name(code, self.language) if self.coordination else code

    def _tooltip(self, row: int, column: int, figures: GroupFigures, mark: str) -> str:
        lines = [f"{self.row_label(row)} \u00b7 {self._occupation(column)}"]
        if mark:
            lines.append(targs(self.tr("Hidden in the steering view: fewer than %1 persons, or a cell that would "
                                 "reveal such a cell through the totals"), str(self.threshold)))
        else:
            now = figures.current
            lines += [
                targs(self.tr("Tension: %1"), fmt.fmt_percent(figures.tension, 1)),
                targs(self.tr("Vacancy rate: %1"), fmt.fmt_percent(now.vacancy_rate, 1)),
                targs(self.tr("Open 3+ months: %1"), fmt.fmt_percent(now.long_open_share, 0)),
                targs(self.tr("Persons: %1, fte: %2"), fmt.fmt_number(now.persons), fmt.fmt_number(now.fte, 1)),
            ]
            if not self.steering:  # neither is published per cell
                lines.append(targs(self.tr("Aged 55+: %1"), fmt.fmt_percent(now.share_55_plus, 0)))
            trend = figures.trend("tension") if not self.steering else None
            if trend is not None:
                lines.append(targs(self.tr("Change in tension since the previous round: %1"), fmt.fmt_points(trend, 1)))
        lines.append(self.tr("Tension = vacancy rate \u00d7 (1 + share open 3+ months)"))
        if self.coordination is not None and self.coordination.fictitious:
            lines.append(self.tr("Fictitious figures (demo region)"))
        return "\n".join(lines)


class TensionDelegate(QStyledItemDelegate):
    """Paints a cell's tension colour (or the grey of a hidden cell) behind its text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        level = index.data(LEVEL_ROLE)
        mark = index.data(HIDDEN_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        if mark:
            background, foreground = QColor(HIDDEN_COLOUR), QColor(HIDDEN_TEXT)
        elif level is None:
            background, foreground = QColor("white"), QColor(HIDDEN_TEXT)
        else:
            background = level_colour(level)
            foreground = QColor("white") if level in DARK_LEVELS else QColor("#1f2328")
        painter.fillRect(rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QColor("#0b5cad"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(foreground)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(text))
        painter.restore()


class TensionLegend(QWidget):
    """The five tension levels with their ranges, and the marks of hidden cells."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tension_legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.caption = QLabel(self)
        layout.addWidget(self.caption)
        self.swatches: list[QLabel] = []
        for colour in (*TENSION_COLOURS, HIDDEN_COLOUR):
            swatch = QLabel(self)
            swatch.setMinimumWidth(70)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            dark = colour in (TENSION_COLOURS[3], TENSION_COLOURS[4])
            swatch.setStyleSheet(f"background: {colour}; color: {'white' if dark else '#1f2328'};"
                                 "border: 1px solid #d5d9df; padding: 2px 6px;")
            layout.addWidget(swatch)
            self.swatches.append(swatch)
        layout.addStretch(1)

    def set_texts(self, threshold: int, steering: bool) -> None:
        self.caption.setText(self.tr("Tension:"))
        bounds = [fmt.fmt_percent(b, 0) for b in TENSION_BANDS]
        texts = [f"< {bounds[0]}"]
        texts += [f"{low} \u2013 {high}" for low, high in zip(bounds, bounds[1:])]
        texts.append(f"\u2265 {bounds[-1]}")
        for swatch, text in zip(self.swatches, texts):
            swatch.setText(text)
        hidden = self.swatches[-1]
        hidden.setText(targs(self.tr("hidden: %1"), MARK))
        hidden.setVisible(steering)


class MatrixControls(QWidget):
    """Rows of the matrix: one per organisation, kind or municipality; sorted by name or tension;
    filtered by a text. Drives a :class:`TensionMatrixModel` and says how many rows it shows."""

    def __init__(self, model: TensionMatrixModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matrix_controls")
        self.model = model
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grouping_label = QLabel(self)
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("matrix_grouping")
        self.sort_label = QLabel(self)
        self.sort = QComboBox(self)
        self.sort.setObjectName("matrix_sort")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("matrix_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(220)
        self.count = QLabel(self)
        self.count.setObjectName("matrix_count")
        self.grouping_label.setBuddy(self.grouping)
        self.sort_label.setBuddy(self.sort)
        for widget in (self.grouping_label, self.grouping, self.sort_label, self.sort, self.filter):
            layout.addWidget(widget)
        layout.addWidget(self.count, 1)
        self.retranslate()
        self.grouping.activated.connect(lambda _i: model.set_view(grouping=self.grouping.currentData()))
        self.sort.activated.connect(lambda _i: model.set_view(sort=self.sort.currentData()))
        self.filter.textChanged.connect(lambda text: model.set_view(filter_text=text))
        model.modelReset.connect(self.sync)
        self.sync()

    def retranslate(self) -> None:
        self.grouping_label.setText(self.tr("&Rows:"))
        self.sort_label.setText(self.tr("&Order:"))
        self.filter.setPlaceholderText(self.tr("Filter by name or place…"))
        self.filter.setAccessibleName(self.tr("Filter the rows of the matrix"))
        for combo, items in ((self.grouping, ((BY_ORGANISATION, self.tr("per organisation")),
                                              (BY_KIND, self.tr("per kind of organisation")),
                                              (BY_MUNICIPALITY, self.tr("per municipality")))),
                             (self.sort, ((SORT_NAME, self.tr("by name")),
                                          (SORT_TENSION, self.tr("highest tension first"))))):
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            combo.blockSignals(False)
        self.sync()

    def sync(self) -> None:
        """Show the model's current view (it may choose a grouping itself for a large region)."""
        for combo, value in ((self.grouping, self.model.grouping), (self.sort, self.model.sort)):
            index = combo.findData(value)
            if index >= 0 and index != combo.currentIndex():
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        shown, total = len(self.model.organisations), len(self.model.all_rows)
        self.count.setText(targs(self.tr("%1 of %2 rows"), fmt.fmt_number(shown), fmt.fmt_number(total)) if shown != total else "")
