"""The tension matrix of the coordination page: organisations x occupations, each cell coloured by
tension (domain.coordination: the vacancy rate with vacancies open 3+ months counted twice).

A row of the model is one organisation; a column one occupation. The colour comes from a five-step
sequential scale of one hue (ColorBrewer "Oranges"), which stays readable with the common forms of
colour blindness and in grey print; the cell also writes its value, and its tooltip the figures
behind it. In the steering view a cell of fewer persons than the threshold, and any cell that would
give it away through the totals (domain.suppression), shows only its mark ("<5" or a dot) in grey.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hrplanner.domain import suppression
from hrplanner.domain.coordination import TENSION_BANDS, GroupFigures, persons_matrix
from hrplanner.services.coordination import Coordination
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs

#: ColorBrewer "Oranges", 5 classes, light to dark, one per tension level.
TENSION_COLOURS: tuple[str, ...] = ("#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603")
#: Text on the two darkest steps is white.
DARK_LEVELS = (3, 4)
HIDDEN_COLOUR = "#e9ecef"
HIDDEN_TEXT = "#5b6470"

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
        self.organisations: list[str] = []
        self.occupations: list[str] = []
        self.language = "nl"
        self.steering = True
        self.threshold = suppression.DEFAULT_THRESHOLD
        self.table: suppression.SuppressedTable | None = None

    def set_figures(self, coordination: Coordination | None, *, steering: bool, threshold: int,
                    language: str) -> None:
        self.beginResetModel()
        self.coordination = coordination
        self.steering = steering
        self.threshold = threshold
        self.language = language
        if coordination is None:
            self.organisations, self.occupations, self.table = [], [], None
        else:
            self.organisations = coordination.organisations()
            self.occupations = coordination.occupations()
            counts = persons_matrix(coordination.figures, self.organisations, self.occupations)
            self.table = suppression.suppress(counts, threshold)
        self.endResetModel()

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
                return self.organisations[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def figures(self, row: int, column: int) -> GroupFigures | None:
        if self.coordination is None:
            return None
        return self.coordination.figures.by_pair.get((self.organisations[row], self.occupations[column]))

    def hidden_mark(self, row: int, column: int) -> str:
        """The mark that replaces the cell in the steering view, or ""."""
        if not self.steering or self.table is None:
            return ""
        reason = self.table.reason(row, column)
        if reason == suppression.PRIMARY:
            return suppression.primary_mark(self.threshold)
        if reason == suppression.SECONDARY:
            return suppression.SECONDARY_MARK
        return ""

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
                return targs(self.tr("%1 has no staff in %2"), self.organisations[row], self._occupation(column))
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
        lines = [f"{self.organisations[row]} \u00b7 {self._occupation(column)}"]
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
                targs(self.tr("Aged 55+: %1"), fmt.fmt_percent(now.share_55_plus, 0)),
            ]
            trend = figures.trend("tension")
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
        hidden.setText(targs(self.tr("hidden: %1 or %2"), suppression.primary_mark(threshold), suppression.SECONDARY_MARK))
        hidden.setVisible(steering)
